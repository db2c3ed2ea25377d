"""Print a labelled set's score: python -m tests.extract.score_dev [--gold PATH] [--show-errors N].

Without --gold it scores tests/data/dev.jsonl; `--gold tests/data/generalization.jsonl` scores
the composed held-out-style set.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_facts import score  # noqa: E402

from tests.extract.conftest import DEV, predict_rows  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEV, help="labelled JSONL (default: dev set)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = ap.parse_args()
    gold, pred = predict_rows(args.gold)
    report = score(gold, pred, args.show_errors)
    print(f"gold: {args.gold}")
    for name in ("strict", "core"):
        r = report[name]
        print(f"{name:7s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    print("field accuracy:", report["field_accuracy_on_core_matches"])
    print(f"negatives clean: {report['negative_passages_clean']}/{report['negative_passages']}")
    for e in report["errors"]:
        print(json.dumps(e, ensure_ascii=False))


if __name__ == "__main__":
    main()
