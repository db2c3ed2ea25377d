"""JSONL articles: one {"id", "published", "text"} object a line, with optional title, url, source.

Streamed line by line, so a file of any size loads in constant memory; a bad line is reported
with its number and the other lines still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from etl.model import Article
from etl.sources.common import LineError, SourceError, article_id_for, collect_articles, parse_date

MAX_LINE_BYTES = 8 * 2**20


def _lines(path: Path, start: int = 0, end: int | None = None,
           first_line: int = 1) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line from byte `start` (line `first_line`) to `end`; None for a
    line over MAX_LINE_BYTES (skipped, not read whole). A build's shards read their byte range."""
    with path.open("rb") as fh:
        fh.seek(start)
        n = first_line - 1
        while end is None or fh.tell() < end:
            line = fh.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            n += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while (rest := fh.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                    pass
                yield n, None
                continue
            yield n, line[3:] if n == 1 and line.startswith(b"\xef\xbb\xbf") else line


def parse_line(raw: bytes, where: str, path: Path) -> Article:
    """One JSONL line as an Article; SourceError names the line and what is wrong."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"{where}: not UTF-8 at byte {exc.start} of the line") from exc
    except json.JSONDecodeError as exc:
        raise SourceError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise SourceError(f"{where}: each line needs a JSON object with a non-empty string 'text'")
    url = obj.get("url") or obj.get("source_url")
    ext_id = str(obj["id"]) if obj.get("id") is not None else None
    published = parse_date(obj.get("published"), where)
    return Article(
        article_id=article_id_for(url, obj["text"], part=ext_id if url else None),
        body=obj["text"], published=published, title=obj.get("title"), url=url,
        source=obj.get("source"), rubric=obj.get("rubric"), path=str(path), external_id=ext_id,
        encoding="utf-8", notes="" if published else "date unresolved: no 'published' on the line",
    )


def iter_jsonl(path: Path, start: int = 0, end: int | None = None,
               first_line: int = 1) -> Iterator[Article | LineError]:
    """Every article of the file (or of its byte range from `start` to `end`, whose first line is
    line `first_line`); a bad line yields a LineError instead."""
    try:
        for n, raw in _lines(path, start, end, first_line):
            where = f"{path}:{n}"
            if raw is None:
                yield LineError(where, f"line over {MAX_LINE_BYTES // 2**20} MB, not one article")
            elif raw.strip():
                try:
                    yield parse_line(raw, where, path)
                except SourceError as exc:
                    yield LineError(where, str(exc).removeprefix(f"{where}: "))
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc


def read_jsonl(path: Path) -> list[Article]:
    """All articles of the file; the first bad line raises SourceError (for `tradeboard extract`)."""
    return collect_articles(iter_jsonl(path))
