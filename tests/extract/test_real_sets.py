"""The extractor over the real labelled passages (tests/data/SPLIT.md), scored as wholes.

The floors sit a little under the figures reached (README, "Extraction"): the validation part,
never read passage by passage, 0.02 under; dev and train-real, which the rules were tuned on, a
small margin under. A rule that loses quality on real text fails here before it lands.
"""

import sys

import pytest

from tests.extract.conftest import DEV, TESTS, predict_rows

VALIDATION = TESTS / "data" / "validation-real.jsonl"
TRAIN = TESTS / "data" / "train-real.jsonl"
# Reached at 1.41.2: dev 0.989, train-real 0.935, validation 0.714 (README, "Extraction"); at 1.41.8
# train-real 0.976 (its floor raised to 0.956; the validation floor left as it was); at 1.41.63
# validation 0.720 (floor 0.700); at 1.41.111 validation 0.731 (floor 0.711), train-real 0.987 (floor 0.967); at
# 1.41.116 validation 0.748 (floor 0.728); 1.41.113 0.741; at 1.41.126 validation 0.766 (floor 0.746), train-real
# 0.991 (its floor left as it was).
FLOORS = {DEV: 0.97, TRAIN: 0.967, VALIDATION: 0.746}
# Share of negative passages (no required fact) that give no fact, over all three real parts
# (121 / 127 = 0.953 at 1.41.2).
NEGATIVES_CLEAN_FLOOR = 0.94


@pytest.fixture(scope="module")
def reports():
    sys.path.insert(0, str(TESTS))
    from score_facts import score

    out = {}
    for path in FLOORS:
        gold, pred = predict_rows(path)
        out[path] = score(gold, pred, show_errors=0)
    return out


@pytest.mark.parametrize("path", list(FLOORS), ids=lambda p: p.stem)
def test_strict_f1_floor(reports, path):
    assert reports[path]["strict"]["f1"] >= FLOORS[path], reports[path]["strict"]


def test_negative_passages_stay_clean(reports):
    clean = sum(r["negative_passages_clean"] for r in reports.values())
    total = sum(r["negative_passages"] for r in reports.values())
    assert total >= 100 and clean / total >= NEGATIVES_CLEAN_FLOOR, (clean, total)


def test_no_validation_passage_is_bundled_as_sample_data():
    """The sample the dashboard opens on holds no validation passage (by id or by text), so looking at
    the sample dashboard while writing rules never shows the passages the quality is measured on.
    Counts only: a failure names no passage."""
    import json

    from etl.reference import PROJECT_ROOT

    def rows(path):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    validation = rows(VALIDATION)
    ids, texts = {r["id"] for r in validation}, {r["text"].strip() for r in validation}
    bundled = [r for path in sorted((PROJECT_ROOT / "data" / "sample").glob("*.jsonl")) for r in rows(path)]
    leaked = sum(r.get("id") in ids or str(r.get("text", "")).strip() in texts for r in bundled)
    assert bundled and leaked == 0, f"{leaked} validation passages in data/sample"
