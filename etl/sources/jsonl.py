"""JSONL articles: one {"id", "published", "text"} object a line, with optional title, url, source."""

from __future__ import annotations

import json
from pathlib import Path

from etl.model import Article
from etl.sources.common import SourceError, article_id_for, parse_date


def read_jsonl(path: Path) -> list[Article]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 ({exc})") from exc
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise SourceError(f"{where}: each line needs a JSON object with a string 'text'")
        url = obj.get("url") or obj.get("source_url")
        ext_id = str(obj["id"]) if obj.get("id") is not None else None
        out.append(Article(
            article_id=article_id_for(url, obj["text"], part=ext_id if url else None),
            body=obj["text"],
            published=parse_date(obj.get("published"), where),
            title=obj.get("title"),
            url=url,
            source=obj.get("source"),
            rubric=obj.get("rubric"),
            path=str(path),
            external_id=ext_id,
            encoding="utf-8",
        ))
    return out
