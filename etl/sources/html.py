"""Article HTML: main text, title, date and URL by trafilatura; a NAME.json sidecar wins.

Scripts, navigation and footers are left out by trafilatura. The date comes from the
sidecar, else from the page's own metadata (meta tags, JSON-LD, the URL) — never guessed from
years mentioned in the text, never today.
"""

from __future__ import annotations

from pathlib import Path

import trafilatura

from etl.model import Article
from etl.sources.common import SourceError, article_id_for, parse_date, read_sidecar, sidecar_path
from etl.sources.text import decode_file

DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _body_without_headline(text: str, title: str | None) -> str:
    lines = text.splitlines()
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    return "\n\n".join(ln.strip() for ln in lines if ln.strip())


def read_html(path: Path) -> list[Article]:
    """The page's article; SourceError when the page has no article text."""
    html, encoding = decode_file(path, markup=True)
    meta = read_sidecar(path)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken markup
        raise SourceError(f"{path}: HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    title = meta.get("title") or (doc.title if doc else None)
    body = _body_without_headline(doc.text or "", title) if doc else ""
    if len(body) < 20:
        raise SourceError(f"{path}: no article text found in the HTML (empty, truncated or not a news page)")
    published = parse_date(meta.get("published"), str(sidecar_path(path)))
    note = ""
    if published is None:
        published = parse_date(doc.date, f"{path} (page metadata)") if doc.date else None
        note = "date from the page's metadata" if published else (
            "date unresolved: no sidecar 'published' and no date in the page's metadata")
    url = meta.get("url") or doc.url
    return [Article(
        article_id=article_id_for(url, body), body=body, published=published, title=title, url=url,
        source=meta.get("source") or doc.sitename, rubric=meta.get("rubric"), path=str(path),
        encoding=encoding, notes=note,
    )]
