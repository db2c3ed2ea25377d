"""The review queue, most useful first: unsure facts (least confident first), then facts in a
pair_series conflict, then by size in US dollars; reviewed facts after the unreviewed ones.

The fixture is a real build of six one-figure articles about Minsk and Moscow. Their confidences
are then set in the built file (the extractor's own are all close together) so that every rule
decides something:
- the two unsure facts are small: without the unsure rule they would come after the big ones;
- the least confident of them is the smaller: ordered by size it would come second;
- the conflicting pair (5 and 5.2 billion, both about 2023) is smaller than the 30 billion fact:
  without the conflict rule it would come after it;
- the fact ids run against size (checked below): without the size rule, ties fall to the fact id;
- the sure facts' confidences run against everything else: ordering every fact by confidence
  (rather than only the unsure ones) would reorder them.
"""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl.extract.confidence import is_unsure
from etl.reviews import store
from etl.warehouse import build
from tests.conftest import ROOT
from tests.reviews.conftest import decide, facts
from tests.warehouse.conftest import write_jsonl

APP = str(ROOT / "dashboard" / "app.py")
SAID = "Товарооборот между Минском и Москвой в {year} году составил {amount} долларов."
# article id → (text, confidence set after the build)
CASES = {
    "u-low": (SAID.format(year=2019, amount="200 млн"), 0.10),
    "u-mid": (SAID.format(year=2018, amount="500 млн"), 0.30),
    "c-5_0": (SAID.format(year=2023, amount="5 млрд"), 0.90),
    "c-5_2": ("По данным правительства Москвы, товарооборот Москвы и Минска в 2023 году составил 5,2 млрд долларов.",
              0.80),
    "big": (SAID.format(year=2021, amount="30 млрд"), 0.95),
    "little": (SAID.format(year=2020, amount="100 млн"), 0.70),
}
AMOUNTS = {"u-low": "$200M", "u-mid": "$500M", "c-5_0": "$5,000M", "c-5_2": "$5,200M", "big": "$30,000M",
           "little": "$100M"}
EXPECTED = ["u-low", "u-mid", "c-5_2", "c-5_0", "big", "little"]


@pytest.fixture
def queue_db(tmp_path):
    src = write_jsonl(tmp_path / "src" / "news.jsonl", [
        {"id": k, "published": "2024-03-01", "url": f"https://news.by/{k}", "text": text}
        for k, (text, _) in CASES.items()])
    db = tmp_path / "db" / "q.duckdb"
    build([src], db)
    with duckdb.connect(str(db)) as con:
        for name, (_, confidence) in CASES.items():
            con.execute("""UPDATE facts SET confidence = ?, unsure = ?
                           WHERE article_id = (SELECT article_id FROM articles WHERE url = ?)""",
                        [confidence, is_unsure(confidence), f"https://news.by/{name}"])
        by_article = dict(con.execute("SELECT replace(url, 'https://news.by/', ''), fact_id FROM facts "
                                      "JOIN articles USING (article_id)").fetchall())
        conflicts = con.execute("SELECT count(*) FROM pair_series WHERE conflict AND NOT is_derived").fetchone()[0]
    # the fixture discriminates: one conflict, the unsure ones unsure, fact ids against size
    assert sorted(by_article) == sorted(CASES) and conflicts == 1
    assert [is_unsure(c) for _, c in CASES.values()] == [True, True, False, False, False, False]
    assert by_article["big"] > by_article["little"] and by_article["c-5_2"] > by_article["c-5_0"]
    return db


def queue(**params) -> list[str]:
    """The Review page's queue, top to bottom, as article ids (told apart by their amount)."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"lang": "en", **params})
    at.switch_page("app_pages/review.py")
    at.run()
    assert not at.exception
    labels = at.selectbox(key="rv_pick").options
    return [next((k for k, amount in AMOUNTS.items() if f" · {amount} · news.by" in label), label) for label in labels]


def test_the_queue_puts_unsure_then_conflicting_then_big_facts_first(queue_db, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_DB", str(queue_db))
    assert queue() == EXPECTED


def review_page(db, monkeypatch, lang: str):
    """The Review page run on `db` in `lang`, and its queue's labels in order."""
    monkeypatch.setenv("TRADEBOARD_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.switch_page("app_pages/review.py")
    at.run()
    return at, at.selectbox(key="rv_pick").options


def test_each_entry_says_why_it_is_near_the_top(queue_db, monkeypatch):
    at, labels = review_page(queue_db, monkeypatch, "en")
    assert labels[0] == "· Minsk (city) ↔ Moscow · turnover · 2019 · $200M · news.by · ⚠ unsure"
    assert labels[2] == "· Minsk (city) ↔ Moscow · turnover · 2023 · $5,200M · news.by · ⚡ sources disagree"
    assert labels[4] == "· Minsk (city) ↔ Moscow · turnover · 2021 · $30,000M · news.by"


def test_a_reviewed_fact_moves_after_the_unreviewed_ones(queue_db, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_DB", str(queue_db))
    [low] = [f for f in facts(queue_db) if f["value"] == 2e8]
    decide(store.default_store_path(queue_db), low, "confirm", after={"value": 2e8})
    assert queue() == [*EXPECTED[1:], "u-low"]


def test_entries_read_in_russian_with_russian_numbers(queue_db, monkeypatch):
    at, labels = review_page(queue_db, monkeypatch, "ru")
    assert labels[0] == "· Минск ↔ Москва · товарооборот · 2019 · 200 млн $ · news.by · ⚠ неуверенный"
    assert labels[4] == "· Минск ↔ Москва · товарооборот · 2021 · 30 000 млн $ · news.by"
    assert any(c.value.endswith("уверенность извлечения 0,10") for c in at.caption)
