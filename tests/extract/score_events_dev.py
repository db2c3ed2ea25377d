"""Score cooperation events on labelled passages:

    python -m tests.extract.score_events_dev [--gold PATH]... [--show-errors N] [--countries] [--write-confidence]

Without --gold it scores the sets we tune on, tests/data/dev.jsonl and tests/data/train-real.jsonl,
together. The matching is tests/score_events.py's (strict: type, sides, status, start and end
months). A held-out set (tests/data/validation-real.jsonl, tests/data/blind/held-*.jsonl: `is_held_out`) is scored
as a whole only: its errors are never printed. --countries scores a foreign (not Belarusian or Russian) province
as its country on both sides, for a set labelled so (tests/data/blind/read-4.jsonl, tests/data/BLIND.md).
--write-confidence stores the measured precision per type and status
in data/reference/event_confidence.csv, the confidence every extracted event carries.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from score_events import core, score, strict  # noqa: E402

from etl.extract import extract_events  # noqa: E402
from tests.extract.conftest import is_held_out  # noqa: E402,F401  (event_error_classes imports it from here)

DATA = ROOT / "tests" / "data"
TUNE = (DATA / "dev.jsonl", DATA / "train-real.jsonl")
CONFIDENCE = ROOT / "data" / "reference" / "event_confidence.csv"


def at_country_level(rows: dict[str, dict]) -> dict[str, dict]:
    """The rows with each event's foreign province replaced by its country (BY and RU regions kept)."""
    from etl.extract.places import country_of

    def code(c):
        return c if not c or country_of(c) in ("BY", "RU") else country_of(c)

    return {pid: {**row, "events": [{**e, "a": code(e.get("a")), "b": code(e.get("b"))} for e in row["events"]]}
            for pid, row in rows.items()}


def load_gold(paths) -> dict[str, dict]:
    """Passages carrying an "events" list, keyed by file and id (ids may repeat across files)."""
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    if "events" in row:
                        out[f"{Path(path).stem}:{row['id']}"] = row
    return out


def predict(gold: dict[str, dict]) -> dict[str, dict]:
    out = {}
    for pid, row in gold.items():
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        out[pid] = {"id": pid, "events": [e.to_dict() for e in extract_events(row["text"], published,
                                                                               row.get("title"))]}
    return out


def report(gold: dict, pred: dict) -> dict:
    """Strict and core scores, negatives clean, and precision per (type, status) under strict."""
    res = {name: score(gold, pred, ok) for name, ok in (("strict", strict), ("core", core))}
    negatives = [pid for pid, row in gold.items() if not row["events"]]
    res["negatives"] = len(negatives)
    res["negatives_clean"] = sum(1 for pid in negatives if not pred[pid]["events"])
    spurious = Counter((e["type"], e["status"]) for err in res["strict"]["errors"] for e in err["spurious"])
    total = Counter((e["type"], e["status"]) for p in pred.values() for e in p["events"])
    res["precision_by_kind"] = {k: (n - spurious[k]) / n for k, n in sorted(total.items())}
    res["predicted_by_kind"] = dict(sorted(total.items()))
    res["right_by_kind"] = {k: n - spurious[k] for k, n in total.items()}
    return res


def write_confidence(res: dict) -> None:
    with CONFIDENCE.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["type", "status", "precision", "right", "extracted"])
        kinds = list(res["precision_by_kind"]) + [("all", "all")]
        for t, s in kinds:
            if t == "all":
                n, right = sum(res["predicted_by_kind"].values()), sum(res["right_by_kind"].values())
            else:
                n, right = res["predicted_by_kind"][(t, s)], res["right_by_kind"][(t, s)]
            # smoothed toward 1/2, so that 1 right of 1 is no certainty
            w.writerow([t, s, f"{(right + 1) / (n + 2):.2f}", right, n])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, action="append", help="labelled JSONL (repeatable; default: dev + train-real)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--countries", action="store_true", help="a foreign province scores as its country")
    ap.add_argument("--write-confidence", action="store_true")
    args = ap.parse_args()
    paths = args.gold or list(TUNE)
    held_out = any(is_held_out(p) for p in paths)
    gold = load_gold(paths)
    pred = predict(gold)
    if args.countries:
        gold, pred = at_country_level(gold), at_country_level(pred)
    res = report(gold, pred)
    print("gold:", ", ".join(str(p) for p in paths), f"({len(gold)} passages)")
    for name in ("strict", "core"):
        r = res[name]
        print(f"{name:7s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    print(f"negatives clean: {res['negatives_clean']}/{res['negatives']}")
    if held_out:
        print("held-out set: aggregate only, no per-passage errors")
        return
    for (t, s), p in res["precision_by_kind"].items():
        print(f"  precision {t}/{s}: {p:.2f} of {res['predicted_by_kind'][(t, s)]}")
    for err in res["strict"]["errors"][:args.show_errors]:
        print(json.dumps(err, ensure_ascii=False))
    if args.write_confidence:
        if paths != list(TUNE):
            sys.exit("--write-confidence measures on the tune sets only (no --gold)")
        write_confidence(res)
        print("wrote", CONFIDENCE)


if __name__ == "__main__":
    main()
