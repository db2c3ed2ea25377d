"""The previous database, attached read-only: what can be carried over instead of re-read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.schema import SCHEMA_VERSION
from etl.warehouse.loader import FileStat

KEEP_BUILDS = 10  # ingest_log and builds keep the last ten builds' rows


@dataclass
class Previous:
    build_id: int
    extractor_version: str | None
    files: dict[str, tuple[str, str, int, int, str | None]]  # path → (hash, status, articles, duplicates, encoding)
    confidence_model: str | None = None

    def can_skip(self, stat: FileStat, extractor_version: str, confidence_model: str | None = None) -> bool:
        """Unchanged since a clean load by the same extractor and confidence model, and nothing of it
        was a duplicate."""
        old = self.files.get(stat.path)
        return (self.extractor_version == extractor_version and self.confidence_model == confidence_model
                and old is not None and old[0] == stat.content_hash
                and old[1] in ("loaded", "skipped") and old[3] == 0)


def attach(con: duckdb.DuckDBPyConnection, db_path: Path, log) -> Previous | None:
    """Attach the previous database as `prev` when it has this schema; None means a full build."""
    if not db_path.exists():
        return None
    try:
        con.execute(f"ATTACH '{_quoted(db_path)}' AS prev (READ_ONLY)")
    except duckdb.Error as exc:
        log(f"note: previous database {db_path} cannot be opened ({exc}); building in full")
        return None
    try:
        version = con.execute("SELECT max(version) FROM prev.schema_version").fetchone()[0]
    except duckdb.Error:
        version = None
    if version != SCHEMA_VERSION:
        log(f"note: previous database {db_path} has schema {version}, this build writes {SCHEMA_VERSION}; "
            "building in full")
        con.execute("DETACH prev")
        return None
    build_id = con.execute("SELECT coalesce(max(build_id), 0) FROM prev.builds").fetchone()[0]
    info = dict(con.execute("SELECT key, value FROM prev.build_info").fetchall())
    rows = con.execute("""SELECT path, content_hash, status, articles, duplicates, encoding FROM prev.ingest_log
                          WHERE build_id = ?""", [build_id]).fetchall()
    return Previous(build_id, info.get("extractor_version"), {r[0]: tuple(r[1:]) for r in rows},
                    info.get("confidence_model"))


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def carry_over(con: duckdb.DuckDBPyConnection, prev: Previous, stats: list[FileStat]) -> None:
    """Copy the articles and facts of unchanged files from `prev`, skipping any now stored already."""
    paths = pa.table({"path": [s.path for s in stats]})  # noqa: F841 - read by DuckDB
    con.execute("""
        INSERT INTO articles SELECT p.* FROM prev.articles p SEMI JOIN paths USING (path)
        WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = p.article_id OR a.text_hash = p.text_hash)""")
    con.execute("""
        INSERT INTO facts SELECT pf.* FROM prev.facts pf
        WHERE pf.article_id IN (SELECT article_id FROM articles SEMI JOIN paths USING (path))""")
    con.execute("""
        INSERT INTO events SELECT pe.* FROM prev.events pe
        WHERE pe.article_id IN (SELECT article_id FROM articles SEMI JOIN paths USING (path))""")
    n_articles = dict(con.execute(
        "SELECT path, count(*) FROM articles SEMI JOIN paths USING (path) GROUP BY path").fetchall())
    n_facts = dict(con.execute("""SELECT a.path, count(*) FROM facts f JOIN articles a USING (article_id)
                                  SEMI JOIN paths ON a.path = paths.path GROUP BY a.path""").fetchall())
    for stat in stats:
        _, _, old_articles, old_dups, encoding = prev.files[stat.path]
        stat.status, stat.encoding = "skipped", encoding
        stat.articles, stat.facts = n_articles.get(stat.path, 0), n_facts.get(stat.path, 0)
        stat.duplicates = old_articles + old_dups - stat.articles


def carry_history(con: duckdb.DuckDBPyConnection, build_id: int) -> None:
    """Keep the previous builds' ingest_log and builds rows (the last KEEP_BUILDS builds)."""
    for table in ("ingest_log", "builds"):
        con.execute(f"INSERT INTO {table} SELECT * FROM prev.{table} WHERE build_id > ?", [build_id - KEEP_BUILDS])


def remove_stale_temps(db_path: Path) -> None:
    """Delete temp files of builds that were killed (their process is gone)."""
    for tmp in db_path.parent.glob(f"{db_path.name}.tmp-*"):
        pid = tmp.name.split(".tmp-", 1)[1].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
