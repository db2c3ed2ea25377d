"""`build --dask ADDRESS`: the partitions read and extracted on a Dask cluster, the rows back as Parquet.

The workers run the very function the local pool runs (`read_partition`, which maps
`extract_article_rows` over a page file or a JSONL shard) and send each partition's result back
as Parquet — one small file per table (`articles`, `facts`, `events`, whatever extraction made)
plus the rejected lines, typed by the data dictionary. The build process decodes them in input
order and writes DuckDB exactly as a local build does: same loader, same dedup, same rows.

`ADDRESS` is a scheduler (`tcp://host:8786`) or `local`, a LocalCluster of worker processes on
this machine. Workers of a remote cluster need this project installed (`pip install
'tradeboard[dask]'`, the same version) and the input paths readable at the same place (a shared
or copied folder): they read the files themselves.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
from collections import deque

import pyarrow as pa
import pyarrow.parquet as pq

from etl.sources import LineError
from etl.warehouse.extraction import ArticleRows
from etl.warehouse.partitions import Partition, PartitionResult, read_partition
from etl.warehouse.store import arrow_schema

SEQ = "_seq"  # an item's place in its partition: rows of every table find their article by it


class DaskUnavailable(Exception):
    """Dask is not installed or the scheduler cannot be reached; the message says what to do."""


def _parquet(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def _table(name: str, rows: list[dict], seqs: list[int], extra: dict | None = None) -> pa.Table:
    table = pa.Table.from_pylist(rows, schema=arrow_schema(name))
    table = table.append_column(SEQ, pa.array(seqs, pa.int32()))
    for column, values in (extra or {}).items():
        table = table.append_column(column, values)
    return table


def encode_result(result: PartitionResult) -> dict[str, bytes]:
    """A partition's result as Parquet files by table (the rows) and `_lines` (rejected lines)."""
    articles, seqs, errors, lines, tables = [], [], [], [], {}
    for seq, item in enumerate(result.items):
        if isinstance(item, LineError):
            lines.append({SEQ: seq, "where": item.where, "message": item.message})
            continue
        articles.append(item.article)
        seqs.append(seq)
        errors.append(item.errors)
        for name, rows in item.rows.items():
            rows_seq = tables.setdefault(name, ([], []))
            rows_seq[0].extend(rows)
            rows_seq[1].extend([seq] * len(rows))
    errors_column = {"_errors": pa.array(errors, pa.list_(pa.string()))}
    out = {"articles": _parquet(_table("articles", articles, seqs, errors_column))}
    for name, (rows, row_seqs) in tables.items():
        out[name] = _parquet(_table(name, rows, row_seqs))
    meta = {"error": result.error, "encoding": result.encoding, "partition": dataclasses.asdict(result.partition)}
    schema = pa.schema([(SEQ, pa.int32()), ("where", pa.string()), ("message", pa.string())],
                       metadata={"tradeboard": json.dumps(meta)})
    out["_lines"] = _parquet(pa.Table.from_pylist(lines, schema=schema))
    return out


def decode_result(files: dict[str, bytes]) -> PartitionResult:
    """The PartitionResult `encode_result` was given, rebuilt from its Parquet files."""
    lines = pq.read_table(io.BytesIO(files["_lines"]))
    meta = json.loads(lines.schema.metadata[b"tradeboard"])
    part = Partition(**meta["partition"])
    items: dict[int, ArticleRows | LineError] = {
        r[SEQ]: LineError(r["where"], r["message"]) for r in lines.to_pylist()}
    articles = pq.read_table(io.BytesIO(files["articles"]))
    by_seq = {}
    for row in articles.to_pylist():
        seq, errors = row.pop(SEQ), row.pop("_errors")
        by_seq[seq] = items[seq] = ArticleRows(row, {}, list(errors or []))
    for name in (n for n in files if n not in ("articles", "_lines")):
        for item in by_seq.values():
            item.rows[name] = []
        for row in pq.read_table(io.BytesIO(files[name])).to_pylist():
            by_seq[row.pop(SEQ)].rows[name].append(row)
    return PartitionResult(part, [items[k] for k in sorted(items)], meta["error"], meta["encoding"])


def read_partition_parquet(part: Partition) -> dict[str, bytes]:
    """What a Dask worker runs: read and extract one partition, and hand back Parquet."""
    return encode_result(read_partition(part))


class DaskExecutor:
    """The OrderedExecutor's interface on a Dask cluster: results in submission order, bounded."""

    def __init__(self, address: str, jobs: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise DaskUnavailable("--dask needs Dask: pip install 'tradeboard[dask]'") from exc
        self.cluster = None
        try:
            if address == "local":
                from etl.warehouse.parallel import default_jobs

                self.cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=os.environ.get("TRADEBOARD_DASK_TIMEOUT") or "30s")
        except OSError as exc:
            self.close()
            raise DaskUnavailable(f"--dask {address}: cannot reach the scheduler ({exc})") from exc
        self.limit = 2 * max(1, sum(self.client.nthreads().values()))
        self.queue: deque = deque()

    def submit(self, fn, arg, then) -> None:
        if fn is not read_partition:
            raise ValueError("the Dask executor runs read_partition only")
        while len(self.queue) >= self.limit:
            self._take()
        self.queue.append((self.client.submit(read_partition_parquet, arg, pure=False), then))

    def _take(self) -> None:
        future, then = self.queue.popleft()
        then(decode_result(future.result()))

    def drain(self) -> None:
        while self.queue:
            self._take()

    def close(self) -> None:
        for future, _ in getattr(self, "queue", ()):
            future.cancel()
        if getattr(self, "client", None) is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
