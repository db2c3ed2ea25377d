"""The only code that writes the database: articles and their facts into DuckDB.

A build writes a new file beside the target and moves it over the old one with `os.replace`,
so a failed or killed build leaves the previous database whole, and readers never see a
half-written file.
"""

from __future__ import annotations

import csv
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

import etl
from etl.extract import EXTRACTOR_VERSION, extract
from etl.model import FACT_FIELDS, Article
from etl.reference import data_dir, reference_dir
from etl.schema import SCHEMA_VERSION, TABLES, column_names, create_table_sql
from etl.sources import SourceError, iter_source_files, read_path


def default_db_path() -> Path:
    """TRADEBOARD_DB, else data/tradeboard.duckdb."""
    return Path(os.environ.get("TRADEBOARD_DB") or data_dir() / "tradeboard.duckdb")


def default_sources() -> list[Path]:
    return [data_dir() / "sample"]


@dataclass
class BuildReport:
    files_read: int = 0
    files_rejected: int = 0
    articles: int = 0
    facts: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"files read {self.files_read}, rejected {self.files_rejected}; "
                f"articles {self.articles}; facts {self.facts}; {self.seconds:.1f} s")


def _fact_rows(article: Article) -> list[tuple]:
    rows = []
    for i, fact in enumerate(extract(article.body, article.published, article.title)):
        d = fact.to_dict()
        rows.append((f"{article.article_id}-{i:03d}", article.article_id, *(d[k] for k in FACT_FIELDS)))
    return rows


def _article_row(a: Article) -> tuple:
    return tuple(getattr(a, name) for name in column_names("articles"))


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    if rows:
        marks = ", ".join("?" for _ in TABLES[table])
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _load_regions(con: duckdb.DuckDBPyConnection) -> None:
    with (reference_dir() / "regions.csv").open(encoding="utf-8", newline="") as fh:
        rows = [tuple(r[c] for c in column_names("regions")) for r in csv.DictReader(fh) if r["code"]]
    _insert(con, "regions", rows)


def build(sources: list[Path], db_path: Path, log=None) -> BuildReport:
    """Read every article under `sources`, extract its facts and replace `db_path` atomically."""
    started = time.perf_counter()
    report = BuildReport()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(tmp)) as con:
            for table in TABLES:
                con.execute(create_table_sql(table))
            _load_regions(con)
            seen: set[str] = set()
            for path in iter_source_files(sources):
                report.files_read += 1
                try:
                    articles = read_path(path)
                except SourceError as exc:
                    report.files_rejected += 1
                    report.errors.append(str(exc))
                    if log:
                        log(f"rejected: {exc}")
                    continue
                fresh = [a for a in articles if a.article_id not in seen]
                seen.update(a.article_id for a in fresh)
                _insert(con, "articles", [_article_row(a) for a in fresh])
                facts = [row for a in fresh for row in _fact_rows(a)]
                _insert(con, "facts", facts)
                report.articles += len(fresh)
                report.facts += len(facts)
            _insert(con, "build_info", [("schema_version", str(SCHEMA_VERSION)),
                                        ("extractor_version", EXTRACTOR_VERSION),
                                        ("etl_version", etl.__version__)])
            con.execute("CHECKPOINT")
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report
