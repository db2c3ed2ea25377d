import datetime as dt
import json
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
DEV = TESTS / "data" / "dev.jsonl"
sys.path.insert(0, str(TESTS))


def is_held_out(path: Path) -> bool:
    """A set only scored as a whole, never read passage by passage (tests/data/SPLIT.md, tests/data/BLIND.md)."""
    return "validation" in path.name or path.name.startswith("held-")


def predict_rows(path: Path = DEV) -> tuple[dict, dict]:
    """Gold rows and our predictions for a labelled JSONL file, keyed by id."""
    from score_facts import load

    from etl.extract import extract

    gold = load(str(path))
    pred = {}
    for pid, row in gold.items():
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        facts = extract(row["text"], published, row.get("title"))
        pred[pid] = {"id": pid, "facts": [f.to_dict() for f in facts]}
    return gold, pred


@pytest.fixture(scope="session")
def dev_scores():
    from score_facts import score

    gold, pred = predict_rows()
    return score(gold, pred, show_errors=0)


def dump_predictions(out: Path) -> None:
    _, pred = predict_rows()
    with out.open("w", encoding="utf-8") as fh:
        for row in pred.values():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
