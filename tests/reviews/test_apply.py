"""Decisions applied: facts_reviewed, pair_series and the export after a rebuild, with a new
extractor version, and live before any rebuild; orphans kept and listed."""

from __future__ import annotations

import dataclasses

import pytest

import etl.extract
from etl.export import read_export
from etl.filters import FilterState
from etl.reviews.labels import orphan_lines
from etl.warehouse import build
from tests.reviews.conftest import decide, facts, query
from tests.warehouse.conftest import write_jsonl

PAIR = (("BY-HM", "RU-MOW"),)


def _fact(db, quote_part: str) -> dict:
    [row] = [r for r in facts(db) if quote_part in r["quote"]]
    return row


def _series(db, where="TRUE"):
    return facts(db, f"(SELECT * EXCLUDE (fact_ids) FROM pair_series WHERE {where})", "period_start, metric")


def test_every_fact_starts_unreviewed_and_keys_are_unique(built):
    db, _ = built
    rows = facts(db)
    assert rows and {r["review_status"] for r in rows} == {"unreviewed"}
    assert len({r["fact_key"] for r in rows}) == len(rows)


def test_correct_and_reject_show_live_then_survive_a_rebuild(built, corpus):
    db, st = built
    five = _fact(db, "5 млрд")
    five_two = _fact(db, "5,2 млрд")
    decide(st, five, "correct", after={"period_start": "2022-01-01", "period_end": "2022-12-31"})
    decide(st, five_two, "reject")
    for when in ("live", "rebuilt"):
        if when == "rebuilt":
            build([corpus], db)
            assert query(db, "SELECT value FROM build_info WHERE key = 'reviews_through'") == [("2",)]
        rows = {r["fact_key"]: r for r in facts(db)}
        assert rows[five["fact_key"]]["review_status"] == "corrected", when
        assert str(rows[five["fact_key"]]["period_start"]) == "2022-01-01"
        assert rows[five["fact_key"]]["period_type"] == "year"
        assert rows[five_two["fact_key"]]["review_status"] == "rejected"
        series = _series(db, "pair = 'BY-HM~RU-MOW' AND metric = 'turnover' AND NOT is_derived")
        by_year = {(str(s["period_start"]), s["review_status"]): s["value"] for s in series}
        assert by_year[("2022-01-01", "corrected")] == 5e9, when       # the corrected period
        assert ("2023-01-01", "unreviewed") not in by_year, when         # 5,2 rejected: 2023 gone
        exported = read_export(db, FilterState(pairs=PAIR)).to_pylist()
        assert five_two["fact_key"] not in {r["fact_key"] for r in exported}
        assert {r["review_status"] for r in exported} >= {"corrected"}
        audit = read_export(db, FilterState(pairs=PAIR, reviewed="all")).to_pylist()
        assert five_two["fact_key"] in {r["fact_key"] for r in audit}
        only = read_export(db, FilterState(pairs=PAIR, reviewed="only")).to_pylist()
        assert [r["fact_key"] for r in only] == [five["fact_key"]]


def test_decisions_stay_attached_when_a_new_extractor_reads_the_sentence_differently(built, corpus,
                                                                                     monkeypatch):
    """EXTRACTOR_VERSION changes and the extractor now gives other values for the same sentence:
    the key (article + quote span) is the same, so the decisions still apply."""
    db, st = built
    five = _fact(db, "5 млрд")
    first_half = _fact(db, "1,6 млрд")
    decide(st, five, "correct", after={"value": 4.9e9})
    decide(st, first_half, "reject")
    original = etl.extract.extract

    def upgraded(text, published, title=None):
        return [dataclasses.replace(f, value=(f.value or 0) * 10, bound="approx") for f in original(text, published,
                                                                                                      title)]

    monkeypatch.setattr(etl.extract, "EXTRACTOR_VERSION", "99.0.0")
    monkeypatch.setattr(etl.extract, "extract", upgraded)
    build([corpus], db)
    assert query(db, "SELECT DISTINCT extractor_version FROM builds WHERE build_id = 2") == [("99.0.0",)]
    raw = {r["fact_key"]: r for r in facts(db, "facts")}
    assert raw[five["fact_key"]]["value"] == 5e10                    # the new extractor's value…
    rows = {r["fact_key"]: r for r in facts(db)}
    assert rows[five["fact_key"]]["value"] == 4.9e9                  # …and the reviewer's still wins
    assert rows[five["fact_key"]]["review_status"] == "corrected"
    assert rows[first_half["fact_key"]]["review_status"] == "rejected"
    assert orphan_lines(db, st) == []


def test_added_fact_appears_and_undo_removes_it(built):
    db, st = built
    from etl.reviews import store

    anchor = _fact(db, "3 млрд")
    body = query(db, "SELECT body FROM articles WHERE article_id = ?", [anchor["article_id"]])[0][0]
    quote = "Экспорт Минска в Москву в 2024 году составил 3 млрд долларов."
    start = body.index(quote)
    added = store.append(st, reviewer="alice", fact_key="add-test-1", action="add", article_id=anchor["article_id"],
                         quote_start=start, quote_end=start + len(quote),
                         after={"metric": "import", "a": "BY-HM", "b": "RU-MOW", "value": 1e9, "currency": "USD",
                                "bound": "eq", "period_start": "2024-01-01", "period_end": "2024-12-31",
                                "change_pct": None, "status": "reported", "quote": quote})
    rows = [r for r in facts(db) if r["fact_key"] == "add-test-1"]
    assert [(r["review_status"], r["metric"], r["value_usd"], r["quote"]) for r in rows] == [
        ("added", "import", 1e9, quote)]
    series = _series(db, "metric = 'import'")
    assert [(s["a"], s["value"], s["review_status"]) for s in series] == [("BY-HM", 1e9, "added")]
    store.append(st, reviewer="alice", fact_key="add-test-1", action="undo", article_id=anchor["article_id"],
                 quote_start=start, quote_end=start + len(quote), base=added.uid)
    assert [r for r in facts(db) if r["fact_key"] == "add-test-1"] == []
    assert _series(db, "metric = 'import'") == []


def test_undo_restores_the_previous_decision(built):
    db, st = built
    five = _fact(db, "5 млрд")
    decide(st, five, "confirm", after={"value": 5e9})
    decide(st, five, "reject")
    assert _fact(db, "5 млрд")["review_status"] == "rejected"
    decide(st, five, "undo")
    assert _fact(db, "5 млрд")["review_status"] == "confirmed"
    decide(st, five, "undo")
    assert _fact(db, "5 млрд")["review_status"] == "unreviewed"


def test_a_decision_whose_fact_is_gone_is_kept_and_listed(built, tmp_path):
    db, st = built
    from etl.reviews import store

    gone = _fact(db, "5,2 млрд")
    decide(st, gone, "confirm", after={"value": 5.2e9})
    other = tmp_path / "other.jsonl"
    from tests.reviews.conftest import ARTICLES
    write_jsonl(other, [ARTICLES[0], ARTICLES[2]])
    build([other], db)
    assert gone["fact_key"] not in {r["fact_key"] for r in facts(db)}
    [line] = orphan_lines(db, st)
    assert line.startswith(gone["fact_key"]) and "confirm" in line and "alice" in line
    assert [d.fact_key for d in store.read_decisions(st)] == [gone["fact_key"]]


def test_an_unreadable_store_fails_the_build_and_keeps_the_database(built, corpus):
    db, st = built
    before = db.stat().st_mtime_ns
    st.write_bytes(b"not a sqlite file at all" * 100)
    from etl.reviews.store import ReviewError
    with pytest.raises(ReviewError, match="not a usable review store"):
        build([corpus], db)
    assert db.stat().st_mtime_ns == before
