"""Streaming articles into the database in batches: dedup, extraction, per-file counts.

Memory holds one batch of articles, never the corpus: duplicates are found by asking the
database (same article_id, or same normalized-text hash), not by keeping a set in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb

from etl.model import Article
from etl.warehouse.store import article_row, event_rows, existing_keys, fact_rows, insert_rows

BATCH_ARTICLES = 2000


@dataclass
class FileStat:
    """One input file's row of ingest_log, filled in while the file loads."""

    path: str
    content_hash: str | None = None
    size_bytes: int | None = None
    status: str = "loaded"
    errors: list[str] = field(default_factory=list)
    articles: int = 0
    duplicates: int = 0
    facts: int = 0
    lines_rejected: int = 0
    encoding: str | None = None

    def log_row(self, build_id: int) -> dict:
        status = self.status
        if status == "loaded" and self.errors:
            status = "partial" if self.articles or self.duplicates else "rejected"
        return {"build_id": build_id, "path": self.path, "content_hash": self.content_hash,
                "size_bytes": self.size_bytes, "status": status, "error": "; ".join(self.errors[:20]) or None,
                "articles": self.articles, "duplicates": self.duplicates, "facts": self.facts,
                "lines_rejected": self.lines_rejected, "encoding": self.encoding}


class Loader:
    """Buffers articles and writes them, deduplicated and with their facts, a batch at a time."""

    def __init__(self, con: duckdb.DuckDBPyConnection, extract: Callable, rates: dict,
                 extract_events: Callable | None = None):
        self.con, self.extract, self.rates = con, extract, rates
        self.extract_events = extract_events
        self.batch: list[tuple[Article, FileStat]] = []
        self.stored = 0

    def add(self, article: Article, stat: FileStat) -> None:
        self.batch.append((article, stat))
        if len(self.batch) >= BATCH_ARTICLES:
            self.flush()

    def _facts(self, article: Article, stat: FileStat) -> list[dict]:
        try:
            facts = self.extract(article.body, article.published, article.title)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the build
            stat.errors.append(f"{stat.path}: extractor failed on article {article.external_id or article.article_id}"
                               f" ({type(exc).__name__}: {exc}); article stored without facts")
            return []
        return fact_rows(article.article_id, facts, self.rates)

    def _events(self, article: Article, stat: FileStat) -> list[dict]:
        if self.extract_events is None:
            return []
        try:
            events = self.extract_events(article.body, article.published, article.title)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the build
            stat.errors.append(f"{stat.path}: event extraction failed on article "
                               f"{article.external_id or article.article_id} ({type(exc).__name__}: {exc}); "
                               "article stored without events")
            return []
        return event_rows(article.article_id, events)

    def flush(self) -> None:
        if not self.batch:
            return
        rows = [(article_row(a), a, stat) for a, stat in self.batch]
        self.batch = []
        ids, hashes = existing_keys(self.con, [r for r, _, _ in rows])
        articles, facts, events = [], [], []
        for row, article, stat in rows:
            if row["article_id"] in ids or row["text_hash"] in hashes:
                stat.duplicates += 1
                continue
            ids.add(row["article_id"])
            hashes.add(row["text_hash"])
            new_facts = self._facts(article, stat)
            articles.append(row)
            facts += new_facts
            events += self._events(article, stat)
            stat.articles += 1
            stat.facts += len(new_facts)
        insert_rows(self.con, "articles", articles)
        self.stored += len(articles)
        insert_rows(self.con, "facts", facts)
        insert_rows(self.con, "events", events)
