"""Shared pieces of the readers: ids, sidecars, dispatch by file type."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from etl.model import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


class SourceError(Exception):
    """An input file that cannot be read; the message names the file and what is wrong."""


def normalize_text(text: str) -> str:
    """Text folded for identity: lower case, ё→е, runs of white space as one space.

    >>> normalize_text("Товарооборот\\u00a0 вырос\\nна ёлку")
    'товарооборот вырос на елку'
    """
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip()


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


def read_sidecar(path: Path) -> dict:
    """Metadata from NAME.json beside NAME.txt / NAME.html, or {} when there is none."""
    side = path.with_suffix(".json")
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


def read_path(path: Path) -> list[Article]:
    """All articles in one file, by its type."""
    from etl.sources import jsonl, pagedump

    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return jsonl.read_jsonl(path)
    if suffix == ".txt":
        return pagedump.read_pagedump(path)
    raise SourceError(f"{path}: unsupported file type {suffix!r}; use .txt, .jsonl, .html")
