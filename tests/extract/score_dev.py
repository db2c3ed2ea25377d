"""Print the dev-set score: python -m tests.extract.score_dev [--show-errors N]."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_facts import score  # noqa: E402

from tests.extract.conftest import predict_rows  # noqa: E402

if __name__ == "__main__":
    n = int(sys.argv[sys.argv.index("--show-errors") + 1]) if "--show-errors" in sys.argv else 0
    gold, pred = predict_rows()
    report = score(gold, pred, n)
    for name in ("strict", "core"):
        r = report[name]
        print(f"{name:7s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    print("field accuracy:", report["field_accuracy_on_core_matches"])
    print(f"negatives clean: {report['negative_passages_clean']}/{report['negative_passages']}")
    for e in report["errors"]:
        print(json.dumps(e, ensure_ascii=False))
