"""The extractor over the blind-written sets (tests/data/BLIND.md), scored as wholes with the project's scorers.

Floors sit 0.02 under the figures reached (README, "Extraction"): a rule that loses quality on text its writer did
not shape fails here. `held-2.jsonl`, `held-para.jsonl`, `held-5.jsonl` and `held-6.jsonl` are held out (never
read); the `read-*` sets were read, so their floors guard the rules written from them. `read-4.jsonl` labels a
foreign province as its country, and held-2 codes some foreign provinces its own way, so their events are scored at
country level (`--countries`); the paraphrase sets, read-5/held-5 and read-6/held-6 are scored as they are.
"""

import sys

import pytest

from tests.extract.conftest import TESTS, predict_rows
from tests.extract.score_events_dev import at_country_level, load_gold, predict, report

BLIND = TESTS / "data" / "blind"
# (file, facts strict F1 floor, events strict F1 floor, events scored at country level). Reached at 1.41.124 (at
# 1.41.122, before the rules written from the read sets): facts read-1 0.975 (0.941), read-3 0.983 (0.909), held-2
# 0.863 (0.863); events at country level read-1 0.909 (0.714), read-4 0.872 (0.756), held-2 0.691 (0.680).
# The paraphrase sets (BLIND.md; their labels are the tuned sets', so scored as they are) at 1.41.126 (at 1.41.124,
# before the rules written from the read ones): facts read-para 0.990 (0.843), read-para-2 0.953 (0.852), read-para-3
# 0.936 (0.811), held-para 0.861 (0.849); events 0.982 (0.873), 0.951 (0.882), 0.873 (0.785), 0.866 (0.856).
# At 1.41.127 (at 1.41.126, before this round's rules): facts read-3 0.994 (0.983), read-para-2 1.000 (0.953),
# read-para-3 0.963 (0.936), read-5 0.988 (0.927), held-5 0.924 (0.924), held-para 0.861 (0.861), held-2 0.863
# (0.863); events read-1 0.955 (0.909), read-4 0.939 (0.868), read-para-3 0.930 (0.873), read-5 0.971 (0.895), held-5
# 0.827 (0.827), held-para 0.877 (0.866), held-2 0.719 (0.694). read-5/held-5 (written 2026-12-07, seventh session)
# carry foreign provinces' own ISO codes, so they are scored as they are.
# At 1.41.128 (at 1.41.127, before this round's rules): facts read-3 1.000 (0.994), read-para-3 0.967 (0.963), read-6
# 0.994 (0.934), held-6 0.910 (0.910); events read-para-3 0.940 (0.930), read-6 0.871 (0.687), held-6 0.710 (0.705).
# read-6/held-6 (written 2026-12-07, eighth session) are scored as they are.
FLOORS = {
    "read-1.jsonl": (0.955, 0.935, True),
    "read-3.jsonl": (0.980, None, True),
    "read-4.jsonl": (None, 0.919, True),
    "held-2.jsonl": (0.843, 0.699, True),
    "read-para.jsonl": (0.970, 0.962, False),
    "read-para-2.jsonl": (0.980, 0.931, False),
    "read-para-3.jsonl": (0.947, 0.920, False),
    "held-para.jsonl": (0.841, 0.857, False),
    "read-5.jsonl": (0.968, 0.951, False),
    "held-5.jsonl": (0.904, 0.807, False),
    "read-6.jsonl": (0.974, 0.851, False),
    "held-6.jsonl": (0.890, 0.690, False),
}


@pytest.mark.parametrize("name", [n for n, (f, _, _) in FLOORS.items() if f is not None])
def test_facts_floor(name):
    sys.path.insert(0, str(TESTS))
    from score_facts import score

    gold, pred = predict_rows(BLIND / name)
    assert score(gold, pred, show_errors=0)["strict"]["f1"] >= FLOORS[name][0]


@pytest.mark.parametrize("name", [n for n, (_, e, _) in FLOORS.items() if e is not None])
def test_events_floor(name):
    gold = load_gold([BLIND / name])
    pred = predict(gold)
    if FLOORS[name][2]:
        gold, pred = at_country_level(gold), at_country_level(pred)
    assert report(gold, pred)["strict"]["f1"] >= FLOORS[name][1]


def test_country_level_scoring_keeps_belarusian_and_russian_regions():
    rows = {"x": {"events": [{"type": "visit", "a": "RU-AMU", "b": "CN-HL"},
                             {"type": "visit", "a": "BY-HR", "b": "UZ-SA"}]}}
    assert [(e["a"], e["b"]) for e in at_country_level(rows)["x"]["events"]] == [("RU-AMU", "CN"), ("BY-HR", "UZ")]
