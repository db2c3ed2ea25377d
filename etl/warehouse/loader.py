"""Streaming extracted articles into the database in batches: dedup, per-file counts.

Memory holds one batch of articles, never the corpus: duplicates are found by asking the
database (same article_id, or same normalized-text hash), not by keeping a set in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from etl.warehouse.extraction import ArticleRows
from etl.warehouse.store import existing_keys, insert_rows

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
    seen: int = 0  # articles read, duplicates included (not a column)
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
    """Buffers extracted articles and writes them, deduplicated and with their rows, a batch at a time.

    Extraction happened before (`etl.warehouse.extraction`, perhaps in another process); an
    article found to be a duplicate here is dropped with its rows, as if never extracted.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.batch: list[tuple[ArticleRows, FileStat]] = []
        self.stored = 0

    def add(self, item: ArticleRows, stat: FileStat) -> None:
        self.batch.append((item, stat))
        if len(self.batch) >= BATCH_ARTICLES:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        ids, hashes = existing_keys(self.con, [item.article for item, _ in batch])
        articles, tables = [], {}
        for item, stat in batch:
            row = item.article
            if row["article_id"] in ids or row["text_hash"] in hashes:
                stat.duplicates += 1
                continue
            ids.add(row["article_id"])
            hashes.add(row["text_hash"])
            stat.errors.extend(item.errors)
            articles.append(row)
            for table, rows in item.rows.items():
                tables.setdefault(table, []).extend(rows)
            stat.articles += 1
            stat.facts += item.n_facts
        insert_rows(self.con, "articles", articles)
        self.stored += len(articles)
        for table, rows in tables.items():
            insert_rows(self.con, table, rows)
