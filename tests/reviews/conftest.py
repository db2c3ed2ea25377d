"""Review tests: a small corpus built for real, a review store beside it, decisions written through
the store's own API (what the review page calls)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.reviews import store
from etl.warehouse import build
from tests.warehouse.conftest import query, write_jsonl

# Two articles about Minsk and Moscow (one figure each), a third with two figures in one sentence.
ARTICLES = [
    {"id": "a1", "published": "2024-02-10", "url": "https://news.by/a1",
     "text": "Товарооборот между Минском и Москвой в 2023 году составил 5 млрд долларов, сообщили в Мингорисполкоме."},
    {"id": "a2", "published": "2024-02-12", "url": "https://news.ru/a2",
     "text": "По данным правительства Москвы, товарооборот Москвы и Минска в 2023 году составил 5,2 млрд долларов."},
    {"id": "a3", "published": "2025-08-14", "url": "https://news.by/a3",
     "text": "Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд долларов. "
             "Экспорт Минска в Москву в 2024 году составил 3 млрд долларов."},
]


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_jsonl(tmp_path / "src" / "news.jsonl", ARTICLES)


@pytest.fixture
def built(tmp_path, corpus):
    """(database, store) after one real build; the store starts empty."""
    db = tmp_path / "db" / "t.duckdb"
    build([corpus], db)
    return db, store.default_store_path(db)


def facts(db: Path, relation: str = "facts_reviewed", order: str = "article_id, quote_start, fact_id") -> list[dict]:
    import duckdb

    from etl.reviews.live import attach_live
    with duckdb.connect(str(db), read_only=True) as con:
        attach_live(con, db)
        return con.sql(f"SELECT * FROM {relation} ORDER BY {order}").to_arrow_table().to_pylist()


def decide(st: Path, fact: dict, action: str, after=None, reviewer="alice", base=None, comment=""):
    """A decision on a fact row as the review page records it."""
    return store.append(st, reviewer=reviewer, fact_key=fact["fact_key"], action=action,
                        article_id=fact["article_id"], quote_start=fact["quote_start"],
                        quote_end=fact["quote_end"], before={k: str(fact[k]) for k in ("metric", "a", "b", "value")},
                        after=after, base=base, comment=comment)


__all__ = ["ARTICLES", "decide", "facts", "query"]
