"""Page dumps: a news page saved as text (the seed's format), and plain article text.

Layout, line by line: site navigation ("Новостные рубрики"), the headline, the time
("10:30, 14 августа", often without a year), a photo credit ("Фото: ..."), the body
paragraphs, then "Другие материалы в категории «RUBRIC»" and the related articles as
headline / time pairs. The related headlines become articles of their own.

The year: the sidecar's `published` date wins. Without one, a year written in the time
line, else the year of a date in the file name (`...-2025-08-14.txt`: day and month from the
time line, one year back when they fall after the file's date). Otherwise the date is left
null and the article is flagged in `notes` — never today's year.

A `.txt` that is not laid out as a page (no navigation line, no time line under the first
line, first line not the sidecar's title) is plain article text: all of it is the body, the
title and date come from the sidecar.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from etl.model import Article
from etl.sources.common import SourceError, article_id_for, parse_date, read_sidecar

MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
TIME_LINE = re.compile(
    r"^(?:(\d{1,2}):(\d{2}),?\s+)?(\d{1,2})\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4})(?:\s*г\.?)?)?$",
    re.IGNORECASE,
)
NAVIGATION = {"новостные рубрики", "главная", "все новости", "поделиться", "версия для печати"}
CREDIT = re.compile(r"^(?:фото|видео|иллюстрация|источник фото)\s*[:|—-]", re.IGNORECASE)
RELATED = re.compile(
    r"^(?:другие материалы(?: в (?:категории|рубрике))?|читайте также|другие новости|похожие материалы)"
    r"\s*(?:«([^»]+)»|\"([^\"]+)\")?\s*:?$",
    re.IGNORECASE,
)
FILENAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_time_line(line: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) from a page's time line, or None when it is not one.

    >>> parse_time_line("10:30, 14 августа")
    (14, 8, None)
    >>> parse_time_line("5 марта 2024 г.")
    (5, 3, 2024)
    >>> parse_time_line("Минск и Москва") is None
    True
    """
    m = TIME_LINE.match(line.strip())
    if not m:
        return None
    return int(m.group(3)), MONTHS[m.group(4).lower()], int(m.group(5)) if m.group(5) else None


def resolve_related_date(day: int, month: int, year: int | None, main: dt.date | None) -> dt.date | None:
    """A related article's date: its own year, else the main article's year, one year back
    when that would put it after the main article (related lists show older news).

    >>> resolve_related_date(30, 12, None, dt.date(2025, 1, 3))
    datetime.date(2024, 12, 30)
    """
    if year is None:
        if main is None:
            return None
        year = main.year
        if (month, day) > (main.month, main.day):
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _main_date(time: tuple | None, meta_date: dt.date | None, path: Path) -> tuple[dt.date | None, str]:
    if meta_date:
        return meta_date, ""
    if time and time[2]:
        return dt.date(time[2], time[1], time[0]), ""
    m = FILENAME_DATE.search(path.name)
    if m:
        try:
            saved = dt.date(*map(int, m.groups()))
        except ValueError:
            saved = None
        if saved and time:
            return resolve_related_date(time[0], time[1], None, saved), "year from file name"
        if saved:
            return saved, "date from file name"
    return None, "date unresolved: no sidecar 'published', no year on the page or in the file name"


def split_page(lines: list[str]) -> tuple[str | None, tuple | None, list[str], str | None, list[str]]:
    """(headline, time, body paragraphs, rubric, related lines) of a page dump."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    while lines and lines[0].lower() in NAVIGATION:
        lines.pop(0)
    headline = lines.pop(0) if lines else None
    time = parse_time_line(lines[0]) if lines else None
    if time:
        lines.pop(0)
    body, rubric, related = [], None, []
    for i, ln in enumerate(lines):
        m = RELATED.match(ln)
        if m:
            rubric = m.group(1) or m.group(2)
            related = lines[i + 1:]
            break
        if CREDIT.match(ln) or ln.lower() in NAVIGATION:
            continue
        body.append(ln)
    return headline, time, body, rubric, related


def is_page_layout(lines: list[str], title: str | None) -> bool:
    """A page dump starts with navigation, or a headline followed by a time line."""
    lines = [ln.strip() for ln in lines[:40] if ln.strip()]
    if not lines:
        return False
    if lines[0].lower() in NAVIGATION or (title and lines[0] == title.strip()):
        return True
    return len(lines) > 1 and parse_time_line(lines[1]) is not None


def read_plain(path: Path, text: str, encoding: str, meta: dict) -> list[Article]:
    body = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    if not body:
        raise SourceError(f"{path}: no article text")
    published = parse_date(meta.get("published"), str(path.with_suffix(".json")))
    url = meta.get("url")
    return [Article(
        article_id=article_id_for(url, body), body=body, published=published, title=meta.get("title"), url=url,
        source=meta.get("source"), rubric=meta.get("rubric"), path=str(path), encoding=encoding,
        notes="" if published else "date unresolved: plain text without a sidecar 'published'",
    )]


def read_pagedump(path: Path) -> list[Article]:
    """The page's own article, then one article per related headline (plain text: one article)."""
    from etl.sources.text import decode_file

    text, encoding = decode_file(path)
    meta = read_sidecar(path)
    if not is_page_layout(text.splitlines(), meta.get("title")):
        return read_plain(path, text, encoding, meta)
    headline, time, body, rubric, related = split_page(text.splitlines())
    if not body:
        raise SourceError(f"{path}: no article body found (empty or not a news page)")
    published, date_note = _main_date(time, parse_date(meta.get("published"), f"{path.with_suffix('.json')}"), path)
    url, source = meta.get("url"), meta.get("source")
    body_text = "\n\n".join(body)
    main = Article(
        article_id=article_id_for(url, body_text), body=body_text, published=published,
        title=meta.get("title") or headline, url=url, source=source, rubric=meta.get("rubric") or rubric,
        path=str(path), encoding=encoding, notes=date_note,
    )
    out = [main]
    i = 0
    while i < len(related):
        title = related[i]
        when = parse_time_line(related[i + 1]) if i + 1 < len(related) else None
        i += 2 if when else 1
        date = resolve_related_date(*when, published) if when else None
        out.append(Article(
            article_id=article_id_for(url, title, part=f"related:{title}"), body=title, published=date,
            title=title, url=None, source=source, rubric=main.rubric, path=str(path), encoding=encoding,
            notes="related headline of " + (main.title or path.name) + ("" if date else "; date unresolved"),
        ))
    return out
