"""Count the event errors of a labelled set by class (default: the sets we tune on, dev + train-real):

    python -m tests.extract.event_error_classes [--gold PATH]... [--list CLASS]

A validation set (a file name containing "validation") gives counts only, by class and event type,
never a passage: its aggregate is what may be known of it (tests/data/SPLIT.md). An event whose two
sides are of one country is counted apart ("same country"), since the rules treat such pairs
separately.

Each passage's missed and spurious events (tests/score_events.py, strict) are paired: a pair of the
same type and sides differs by its dates or its status; of the same type and one side in common,
by a side or the direction; of the same sides, by the type. What stays unpaired is an event not
found, or an extra event.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tests.extract.score_events_dev import TUNE, is_held_out, load_gold, predict, report

sys.path.insert(0, str(TUNE[0].parents[1]))
from score_events import core, month, sides  # noqa: E402


def _classify(missed: list[dict], spurious: list[dict]) -> list[tuple[str, dict | None, dict | None]]:
    out, spurious = [], list(spurious)
    tests = (("date month wrong", lambda g, p: core(g, p) and g.get("status") == p.get("status")),
             ("status wrong", lambda g, p: core(g, p)),
             ("a side or the direction wrong", lambda g, p: g["type"] == p["type"]
              and (set(sides(g)) & set(sides(p)) or set(sides(g)) == set(sides(p)))),
             ("type wrong", lambda g, p: set(sides(g)) == set(sides(p))))
    for g in missed:
        for name, ok in tests:
            p = next((p for p in spurious if ok(g, p)), None)
            if p is not None:
                spurious.remove(p)
                out.append((name, g, p))
                break
        else:
            out.append(("event not found", g, None))
    return out + [("extra event", None, p) for p in spurious]


def classes(gold=None) -> list[tuple[str, str, dict | None, dict | None]]:
    gold = gold or load_gold(TUNE)
    res = report(gold, predict(gold))
    return [(err["id"], *c) for err in res["strict"]["errors"] for c in _classify(err["missed"], err["spurious"])]


def _kind(found: tuple) -> tuple[str, str, bool]:
    """(class, event type, whether the gold event's two sides are of one country)."""
    _, name, g, p = found
    e = g or p
    same = g is not None and bool(g.get("a") and g.get("b")) and g["a"][:2] == g["b"][:2]
    return name, e["type"], same


def _short(e: dict | None) -> str:
    if e is None:
        return "—"
    return f"{e['type']} {e['a']}/{e['b']} {month(e.get('date_start'))}..{month(e.get('date_end'))} {e.get('status')}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, action="append", help="a labelled set (repeatable)")
    ap.add_argument("--list", metavar="CLASS", help="print the errors of one class")
    args = ap.parse_args()
    found = classes(load_gold(args.gold) if args.gold else None)
    for name, n in Counter(c[1] for c in found).most_common():
        print(f"{n:3d}  {name}")
    print("by class and type:")
    for (name, kind, same), n in sorted(Counter(_kind(c) for c in found).items()):
        print(f"{n:3d}  {name}: {kind}{' (same country)' if same else ''}")
    if args.list and any(is_held_out(p) for p in args.gold or ()):
        ap.error("a validation set is scored as a whole only: --list is refused")
    for pid, name, g, p in found:
        if args.list and args.list == name:
            print(f"{pid}: gold {_short(g)}; got {_short(p)}")


if __name__ == "__main__":
    main()
