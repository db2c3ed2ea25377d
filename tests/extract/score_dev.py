"""Print a labelled set's score: python -m tests.extract.score_dev [--gold PATH] [--show-errors N]
[--bootstrap N].

Without --gold it scores tests/data/dev.jsonl. `--bootstrap 1000` adds a 95 % confidence interval
of the strict F1, resampling whole passages with replacement (seeded, so the interval is
reproducible). --show-errors is refused on a held-out set (validation-real.jsonl, blind/held-*.jsonl:
SPLIT.md, BLIND.md).
"""

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_facts import score  # noqa: E402

from tests.extract.conftest import DEV, is_held_out, predict_rows  # noqa: E402


def bootstrap_f1(gold: dict, pred: dict, rounds: int, seed: int = 0) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of strict F1 over `rounds` resamples of the passages."""
    rng = random.Random(seed)
    ids = sorted(gold)
    f1s = []
    for _ in range(rounds):
        pick = [rng.choice(ids) for _ in ids]
        g = {f"{n}#{pid}": gold[pid] for n, pid in enumerate(pick)}
        p = {f"{n}#{pid}": pred[pid] for n, pid in enumerate(pick)}
        f1s.append(score(g, p)["strict"]["f1"])
    f1s.sort()
    return f1s[int(0.025 * (rounds - 1))], f1s[int(0.975 * (rounds - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEV, help="labelled JSONL (default: dev set)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="resample the passages N times for a 95 %% interval of the strict F1")
    args = ap.parse_args()
    if args.show_errors and is_held_out(args.gold):
        ap.error(f"{args.gold} is held out: scored as a whole only, --show-errors is refused")
    gold, pred = predict_rows(args.gold)
    report = score(gold, pred, args.show_errors)
    facts = sum(1 for row in gold.values() for f in row.get("facts") or [] if not f.get("optional"))
    print(f"gold: {args.gold} ({len(gold)} passages, {facts} required facts)")
    for name in ("strict", "core"):
        r = report[name]
        print(f"{name:7s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    print("field accuracy:", report["field_accuracy_on_core_matches"])
    print(f"negatives clean: {report['negative_passages_clean']}/{report['negative_passages']}")
    if args.bootstrap:
        lo, hi = bootstrap_f1(gold, pred, args.bootstrap)
        print(f"strict F1 95 % interval ({args.bootstrap} passage resamples, seed 0): {lo:.3f}–{hi:.3f}")
    for e in report["errors"]:
        print(json.dumps(e, ensure_ascii=False))


if __name__ == "__main__":
    main()
