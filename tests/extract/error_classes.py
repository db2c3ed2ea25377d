"""Count a labelled set's strict errors by class: python -m tests.extract.error_classes --gold PATH
[--pred PRED.jsonl].

Prints counts only, never a passage, so it may be run on tests/data/validation-real.jsonl (its
aggregate is what may be known of it, tests/data/SPLIT.md). Each passage's errors are paired the way
a reader would: a predicted fact that matches a missed gold fact on the core fields (flow, value) but
not strictly is one "wrong <field>" error; one with the gold's value but another flow is "wrong
metric" (same pair) or "wrong places"; what is left over is "spurious" (split by whether its
passage is a negative) or "missed" (split into change-only and with a value). `--pred` scores a
saved prediction file (one {"id", "facts"} a line) instead of running the extractor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_facts import FIELDS, core, load, match, same_change, same_value, strict  # noqa: E402

from tests.extract.conftest import DEV, predict_rows  # noqa: E402


def _field_error(g: dict, p: dict) -> str:
    """The first field a core match gets wrong (order: change, period, bound, status)."""
    for name in ("change_pct", "period", "bound", "status"):
        if not FIELDS[name](g, p):
            return f"wrong {name.replace('_pct', '')}"
    return "wrong other"


def _places_error(g: dict, p: dict) -> str | None:
    only_change = g.get("value") is None and p.get("value") is None
    if not (same_change(g, p) if only_change else same_value(g, p)):
        return None
    same_pair = sorted(map(str, (g.get("a"), g.get("b")))) == sorted(map(str, (p.get("a"), p.get("b"))))
    return "wrong metric" if same_pair else "wrong places"


def classify(gold_row: dict, pred: list[dict]) -> Counter:
    """The error classes of one passage's prediction."""
    gold = gold_row.get("facts") or []
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    pairs = match(required, pred, strict)
    missed = [g for i, g in enumerate(required) if i not in {gi for gi, _ in pairs}]
    rest = [p for i, p in enumerate(pred) if i not in {pi for _, pi in pairs}]
    for g in optional:
        hit = next((p for p in rest if core(g, p)), None)
        if hit is not None:
            rest.remove(hit)
    out: Counter = Counter()
    for pair_test in (core, None):
        for g in list(missed):
            for p in rest:
                kind = _field_error(g, p) if pair_test and core(g, p) else \
                    None if pair_test else _places_error(g, p)
                if kind:
                    out[kind] += 1
                    missed.remove(g)
                    rest.remove(p)
                    break
    if rest:
        out["spurious (negative passage)" if not required else "spurious"] += len(rest)
    for g in missed:
        out["missed change-only" if g.get("value") is None else "missed"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEV)
    ap.add_argument("--pred", type=Path, help="saved predictions instead of running the extractor")
    args = ap.parse_args()
    if args.pred:
        gold = load(str(args.gold))
        pred = {json.loads(line)["id"]: json.loads(line) for line in args.pred.open(encoding="utf-8")}
    else:
        gold, pred = predict_rows(args.gold)
    total: Counter = Counter()
    for pid, row in gold.items():
        total += classify(row, (pred.get(pid) or {}).get("facts") or [])
    print(f"{args.gold}: {sum(total.values())} errors")
    for kind, n in total.most_common():
        print(f"  {n:4d}  {kind}")


if __name__ == "__main__":
    main()
