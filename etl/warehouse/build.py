"""The build: every input file into a new database file that replaces the old one atomically.

The new file is written beside the target (`NAME.tmp-PID`) and moved over it with `os.replace`
after a CHECKPOINT, so a failed or killed build leaves the previous database whole, and readers
(the dashboard) never see a half-written file; they keep reading the old inode until they
reopen. Unchanged files (same content hash, same extractor version) are not re-read: their rows
are copied from the previous database, attached read-only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import duckdb

import etl
from etl.reference import load_fx_rates
from etl.schema import SCHEMA_VERSION
from etl.sources import LineError, iter_source_files
from etl.sources.common import sidecar_path
from etl.warehouse import previous
from etl.warehouse.loader import FileStat, Loader
from etl.warehouse.parallel import OrderedExecutor
from etl.warehouse.partitions import PartitionResult, plan_partitions, read_partition
from etl.warehouse.progress import Progress
from etl.warehouse.store import check_unique_ids, create_schema, insert_rows, load_reference
from etl.warehouse.views import refresh_pair_series

LOG_BATCH = 500
# DuckDB's buffer pool would otherwise grow with the file (towards 80 % of RAM); a 64 MB
# pool spills to disk and keeps the build's memory flat. One thread: the build is one core.
BUILD_CONFIG = {"memory_limit": os.environ.get("TRADEBOARD_BUILD_MEMORY", "64MB"), "threads": 1,
                "preserve_insertion_order": False}
# Reconciling pair_series takes medians and lists, which DuckDB cannot spill to disk; it runs a
# slice of about 20,000 facts at a time (views.py), within the build's limit unless this is set.
# Only one group of some 100,000 facts (one pair, flow and period) would need it raised.
SERIES_MEMORY = os.environ.get("TRADEBOARD_SERIES_MEMORY") or BUILD_CONFIG["memory_limit"]


@dataclass
class BuildReport:
    files_read: int = 0
    files_skipped: int = 0
    files_rejected: int = 0
    articles: int = 0
    facts: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"files read {self.files_read}, skipped {self.files_skipped}, rejected {self.files_rejected}; "
                f"articles {self.articles}; facts {self.facts}; {self.seconds:.1f} s")


def hash_file(path: Path) -> tuple[str, int]:
    """(SHA-256 of the file and its sidecar, size in bytes), read in chunks."""
    h = hashlib.sha256()
    for p in (path, sidecar_path(path)):
        if p == path or (p.exists() and path.suffix.lower() != ".jsonl"):
            with p.open("rb") as fh:
                while chunk := fh.read(2**20):
                    h.update(chunk)
    return h.hexdigest(), path.stat().st_size


class Run:
    """State of one build: the connection, the loader, the log rows not yet written."""

    def __init__(self, con, prev, build_id: int, executor: OrderedExecutor, log, reviews: Path | None = None):
        from etl.extract import EXTRACTOR_VERSION
        from etl.extract.confidence import load_params, model_id

        self.con, self.prev, self.build_id, self.log, self.reviews = con, prev, build_id, log, reviews
        self.extractor_version = EXTRACTOR_VERSION
        self.confidence_model, self.confidence_threshold = model_id(), load_params().threshold
        self.executor = executor
        self.loader = Loader(con)
        self.report = BuildReport()
        self.pending: list[FileStat] = []
        self.carry: list[FileStat] = []

    def add_file(self, path: Path) -> None:
        stat = FileStat(str(path))
        self.report.files_read += 1
        try:
            stat.content_hash, stat.size_bytes = hash_file(path)
        except OSError as exc:
            self._error(stat, f"{path}: cannot read ({exc.strerror})")
            self.pending.append(stat)
            return
        if self.prev and self.prev.can_skip(stat, self.extractor_version, self.confidence_model):
            self.flush_read()
            self.carry.append(stat)
            return
        self.flush_carry()
        self._read(path, stat)
        self.pending.append(stat)
        if len(self.pending) >= LOG_BATCH:
            self.flush_read()

    def _error(self, stat: FileStat, message: str) -> None:
        stat.errors.append(message)
        self.log(f"rejected: {message}")

    def _read(self, path: Path, stat: FileStat) -> None:
        """Hand the file's partitions to the executor; their results arrive in order in `_take`."""
        parts = plan_partitions(path)
        for i, part in enumerate(parts):
            self.executor.submit(read_partition, part, partial(self._take, stat, last=i == len(parts) - 1))

    def _take(self, stat: FileStat, result: PartitionResult, last: bool) -> None:
        for item in result.items:
            if isinstance(item, LineError):
                stat.lines_rejected += 1
                self._error(stat, str(item))
            else:
                stat.seen += 1
                self.loader.add(item, stat)
        stat.encoding = stat.encoding or result.encoding
        if result.error:
            self._error(stat, result.error)
        if last and not stat.seen and not stat.errors:
            self._error(stat, f"{stat.path}: no articles in the file")

    def flush_read(self) -> None:
        self.executor.drain()
        self.loader.flush()
        self._write_log(self.pending)
        self.pending = []

    def flush_carry(self) -> None:
        if self.carry:
            previous.carry_over(self.con, self.prev, self.carry)
            self._write_log(self.carry)
            self.carry = []

    def _write_log(self, stats: list[FileStat]) -> None:
        rows = [s.log_row(self.build_id) for s in stats]
        for row in rows:
            self.report.files_skipped += row["status"] == "skipped"
            self.report.files_rejected += row["status"] in ("rejected", "partial")
        insert_rows(self.con, "ingest_log", rows)

    def finish(self, started: float, started_at: dt.datetime) -> BuildReport:
        self.flush_read()
        self.flush_carry()
        self.flush_read()
        check_unique_ids(self.con)
        reviews_through = self._apply_reviews()
        self.con.execute("SET memory_limit = ?", [SERIES_MEMORY])
        try:
            refresh_pair_series(self.con)
        except duckdb.OutOfMemoryException as exc:
            raise RuntimeError(f"reconciling pair_series needs more than {SERIES_MEMORY} of memory; set "
                               f"TRADEBOARD_SERIES_MEMORY higher (e.g. 1GB) and build again ({exc})") from exc
        self.con.execute("SET memory_limit = ?", [BUILD_CONFIG["memory_limit"]])
        r = self.report
        r.articles, r.facts = self.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)").fetchone()
        r.seconds = time.perf_counter() - started
        if self.prev:
            previous.carry_history(self.con, self.build_id)
            self.con.execute("DETACH prev")
        insert_rows(self.con, "builds", [{
            "build_id": self.build_id, "started_at": started_at, "seconds": r.seconds,
            "extractor_version": self.extractor_version, "files_read": r.files_read,
            "files_skipped": r.files_skipped, "files_rejected": r.files_rejected, "articles": r.articles,
            "facts": r.facts}])
        insert_rows(self.con, "build_info", [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "extractor_version", "value": self.extractor_version},
            {"key": "etl_version", "value": etl.__version__},
            {"key": "reviews_through", "value": str(reviews_through)},
            {"key": "confidence_model", "value": self.confidence_model},
            {"key": "confidence_threshold", "value": str(self.confidence_threshold)}])
        return r

    def _apply_reviews(self) -> int:
        """The review store's decisions into `review_rows` (before pair_series reads them); a
        store that cannot be read fails the build, leaving the previous database in place."""
        from etl.reviews.apply import apply_store

        if self.reviews is None:
            return 0
        applied = apply_store(self.con, self.reviews, load_fx_rates())
        if applied.orphans:
            self.log(f"note: {len(applied.orphans)} reviewed fact(s) no longer extracted, decisions kept "
                     "(`tradeboard reviews orphans`)")
        return applied.through


def _executor(jobs: int, dask: str | None):
    if dask:
        from etl.warehouse.dask_build import DaskExecutor

        return DaskExecutor(dask, jobs)
    return OrderedExecutor(jobs)


def build(sources: list[Path], db_path: Path, log=None, progress: bool | None = None,
          reviews: Path | None = None, jobs: int = 1, dask: str | None = None) -> BuildReport:
    """Read every article under `sources`, extract its facts and replace `db_path` atomically.
    The decisions of the review store `reviews` (default: reviews.sqlite beside the database) are
    applied into `review_rows`.

    `jobs` processes read and extract (etl/warehouse/parallel.py), or the workers of the Dask
    cluster at `dask` (etl/warehouse/dask_build.py); the database is the same either way.
    Raises SourceError when a source path does not exist (a usage error).
    """
    log = log or (lambda msg: None)
    started, started_at = time.perf_counter(), dt.datetime.now().replace(microsecond=0)
    files = [p.resolve() for p in iter_source_files(sources)]
    db_path = Path(db_path).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if reviews is None:
        from etl.reviews.store import default_store_path
        reviews = default_store_path(db_path)
    previous.remove_stale_temps(db_path)
    tmp = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        with _executor(jobs, dask) as executor, duckdb.connect(str(tmp), config=BUILD_CONFIG) as con:
            create_schema(con)
            load_reference(con)
            prev = previous.attach(con, db_path, log)
            run = Run(con, prev, (prev.build_id if prev else 0) + 1, executor, log, reviews)
            bar = Progress(len(files), enabled=progress)
            for i, path in enumerate(files, start=1):
                run.add_file(path)
                bar.update(i, run.loader.stored + sum(s.articles for s in run.carry))
            bar.close()
            report = run.finish(started, started_at)
            con.execute("CHECKPOINT")
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
    return report
