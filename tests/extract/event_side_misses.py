"""For each required event a labelled set's output misses, the nearest emitted event of the same type in its passage
and how its sides differ (counts only, never a passage, so it may run on the held-out sets):

    python -m tests.extract.event_side_misses --gold tests/data/validation-real.jsonl

Each missed event counts once: "no event of its type", or its nearest same-type event's side relation (same side,
the label's region given as its country, the label's country given as a region, another region of the same country,
another country, or the two sides swapped) with whether its dates and status agree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from etl.extract import extract_events
from etl.extract.places import country_of
from tests.extract.score_events_dev import TUNE, load_gold

sys.path.insert(0, str(TUNE[0].parents[1]))
from score_events import core  # noqa: E402


def relation(gold: str | None, pred: str | None) -> str:
    """How an emitted side relates to the label's."""
    if gold is None or pred is None:
        return "null" if gold == pred else ("label null" if gold is None else "emitted null")
    if gold == pred:
        return "same"
    if country_of(gold) == country_of(pred):
        if "-" in gold and "-" not in pred:
            return "country for the label's region"
        if "-" not in gold and "-" in pred:
            return "region for the label's country"
        return "another region"
    return "another country"


def _distance(key: tuple) -> int:
    sides, dates, status = key
    return sum(x != "same" for x in sides[1:]) + (dates != "dates agree") + (status != "status agrees")


def classify(row: dict, events: list[dict]) -> list[tuple]:
    """One key per required label no emitted event matches."""
    out = []
    for g in [g for g in row["events"] if not g.get("optional")]:
        if any(core(g, p) for p in events):
            continue
        same = [p for p in events if p["type"] == g["type"]]
        if not same:
            out.append((g["type"], "no event of its type"))
            continue
        keys = []
        for p in same:
            straight = ("straight", relation(g["a"], p["a"]), relation(g["b"], p["b"]))
            swapped = ("swapped", relation(g["a"], p["b"]), relation(g["b"], p["a"]))
            sides = min(straight, swapped, key=lambda t: sum(x != "same" for x in t[1:]))
            dates = "dates agree" if (str(g.get("date_start")), str(g.get("date_end"))) == (
                str(p["date_start"]), str(p["date_end"])) else "dates differ"
            keys.append((sides, dates, "status agrees" if g["status"] == p["status"] else "status differs"))
        out.append((g["type"], *min(keys, key=_distance)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, action="append", help="a labelled JSONL (default: dev + train-real)")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold or list(TUNE))
    counts: Counter = Counter()
    for row in gold.values():
        pub = row.get("published")
        emitted = [dict(type=e.type, a=e.a, b=e.b, date_start=e.date_start, date_end=e.date_end, status=e.status)
                   for e in extract_events(row["text"], dt.date.fromisoformat(pub) if pub else None, row.get("title"))]
        counts.update(classify(row, emitted))
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(n, " · ".join(x if isinstance(x, str) else " ".join(x) for x in key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
