"""Input cut into partitions a worker reads and extracts on its own: a page file, or a JSONL shard.

A JSONL file is cut at line ends into shards of about `partition_bytes()` (256 kB, some 60
to 120 articles: small enough that two workers finish together, large enough that handing a shard
over costs little beside extracting it), each knowing the number of its first line, so messages
name the same `path:line` as a whole-file read. A worker reads its partition and maps
`extract_article_rows` over it; the build only deduplicates and writes. Reading, decoding and
hashing text then run in parallel too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from etl.sources import LineError, SourceError, iter_articles
from etl.sources.jsonl import iter_jsonl
from etl.warehouse.extraction import ArticleRows, extract_article_rows

DEFAULT_PARTITION_BYTES = 2**18


def partition_bytes() -> int:
    """The JSONL shard size; TRADEBOARD_PARTITION_BYTES overrides it (tests use tiny shards)."""
    return max(1, int(os.environ.get("TRADEBOARD_PARTITION_BYTES") or DEFAULT_PARTITION_BYTES))


@dataclass(frozen=True)
class Partition:
    """A whole file (`end` None) or the lines of a JSONL file from byte `start` up to `end`."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass
class PartitionResult:
    """What a worker made of one partition, in input order: ArticleRows and LineErrors."""

    partition: Partition
    items: list[ArticleRows | LineError] = field(default_factory=list)
    error: str | None = None  # the file as a whole could not be read
    encoding: str | None = None


def plan_partitions(path: Path, size: int | None = None) -> list[Partition]:
    """A page file is one partition; a JSONL file is cut at the first line end past every `size` bytes."""
    if path.suffix.lower() != ".jsonl":
        return [Partition(str(path))]
    size = size or partition_bytes()
    parts, start, line, newlines, offset = [], 0, 1, 0, 0
    try:
        with path.open("rb") as fh:
            while block := fh.read(2**20):
                i = 0
                while (cut := start + size - 1 - offset) < len(block) and (j := block.find(b"\n", max(i, cut))) >= 0:
                    newlines += block.count(b"\n", i, j + 1)
                    parts.append(Partition(str(path), start, offset + j + 1, line))
                    start, line, newlines, i = offset + j + 1, line + newlines, 0, j + 1
                newlines += block.count(b"\n", i)
                offset += len(block)
    except OSError:
        return [Partition(str(path))]  # the worker's read reports the error with the usual message
    if offset > start or not parts:
        parts.append(Partition(str(path), start, offset, line))
    return parts


def _iter_shard(part: Partition) -> Iterator:
    return iter_jsonl(Path(part.path), part.start, part.end, part.first_line)


def read_partition(part: Partition) -> PartitionResult:
    """Read one partition and extract every article in it (top level: the pool and Dask map it)."""
    result = PartitionResult(part)
    try:
        for item in iter_articles(Path(part.path)) if part.end is None else _iter_shard(part):
            if isinstance(item, LineError):
                result.items.append(item)
            else:
                result.encoding = result.encoding or item.encoding
                result.items.append(extract_article_rows(item))
    except SourceError as exc:
        result.error = str(exc)
    return result
