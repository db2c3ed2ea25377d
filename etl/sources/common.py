"""Shared pieces of the readers: ids, sidecars, size limits, dispatch by file type."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.model import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
# Whole-file formats (.txt, .html) are read into memory: a news page is far below this, and a
# larger file is an archive dump that belongs in JSONL (streamed line by line, no file limit).
DEFAULT_MAX_FILE_MB = 20


class SourceError(Exception):
    """An input file that cannot be read; the message names the file and what is wrong."""


@dataclass(frozen=True)
class LineError:
    """One rejected record inside a file that otherwise loads (a malformed JSONL line)."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def max_file_bytes() -> int:
    """The whole-file size limit; TRADEBOARD_MAX_FILE_MB overrides the default 20 MB."""
    return int(float(os.environ.get("TRADEBOARD_MAX_FILE_MB") or DEFAULT_MAX_FILE_MB) * 2**20)


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > max_file_bytes():
        raise SourceError(f"{path}: {size / 2**20:.0f} MB is over the {max_file_bytes() / 2**20:.0f} MB limit "
                          "for one page; split it, convert it to JSONL, or raise TRADEBOARD_MAX_FILE_MB")


def normalize_text(text: str) -> str:
    """Text folded for identity: lower case, ё→е, runs of white space as one space.

    >>> normalize_text("Товарооборот\\u00a0 вырос\\nна ёлку")
    'товарооборот вырос на елку'
    """
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip()


def text_hash(body: str) -> str:
    """Hash of the normalized text: the same article saved twice has the same one."""
    return hashlib.sha1(normalize_text(body).encode("utf-8")).hexdigest()[:16]


def article_id_for(url: str | None, body: str, part: str | None = None) -> str:
    """A stable id: from the URL when there is one, else from the normalized text.

    `part` tells apart several articles behind one URL (a feed's passage ids, a page's
    related headlines).
    """
    key = f"url:{url.strip()}" if url and url.strip() else f"text:{normalize_text(body)}"
    if part:
        key += f"#{part}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def parse_date(value, where: str) -> dt.date | None:
    """An ISO date (or datetime) from metadata; None when absent."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise SourceError(f"{where}: 'published' is {value!r}, not an ISO date (YYYY-MM-DD)") from exc


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".json")


def read_sidecar(path: Path) -> dict:
    """Metadata from NAME.json beside NAME.txt / NAME.html, or {} when there is none."""
    side = sidecar_path(path)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{side}: sidecar is not valid UTF-8 JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise SourceError(f"{side}: sidecar must be a JSON object with published, url, title, source")
    return meta


def iter_source_files(paths) -> Iterator[Path]:
    """Every article file under the given files or folders, folders walked recursively, sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        elif p.exists():
            yield p
        else:
            raise SourceError(f"{p}: no such file or folder")


def iter_articles(path: Path) -> Iterator[Article | LineError]:
    """The articles of one file, streamed; a bad record inside yields a LineError and reading goes on.

    Raises SourceError when the file as a whole cannot be read.
    """
    from etl.sources import html, jsonl, pagedump

    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return jsonl.iter_jsonl(path)
    if suffix == ".txt":
        return iter(pagedump.read_pagedump(path))
    if suffix in (".html", ".htm"):
        return iter(html.read_html(path))
    raise SourceError(f"{path}: unsupported file type {suffix!r}; use .txt, .jsonl, .html")


def collect_articles(items: Iterator) -> list[Article]:
    """The articles of a reader's stream as a list; the first bad record raises SourceError."""
    out = []
    for item in items:
        if isinstance(item, LineError):
            raise SourceError(str(item))
        out.append(item)
    return out


def read_path(path: Path) -> list[Article]:
    """All articles in one file, by its type; the first bad record raises SourceError."""
    return collect_articles(iter_articles(path))
