"""Make a brief: read, write HTML, print; the one entry point of the page and the CLI."""

from __future__ import annotations

import datetime as dt

from dashboard.brief.content import read_content
from dashboard.brief.page import MAX_SOURCES, render_html
from dashboard.brief.render import MAX_PAGES, count_pages, find_chromium, print_pdf, screenshot_png
from etl.filters import FilterState

FORMATS = ("pdf", "png")


class BriefError(ValueError):
    """A brief that cannot be made from these filters; the message says what to change."""


def brief_command(state: FilterState, kind: str, code: str, lang: str) -> str:
    """The `tradeboard brief` line that makes this brief again (output file left to the reader).

    >>> brief_command(FilterState(metrics=("turnover",), currency="USD"), "pair", "BY-HM~RU-MOW", "en")
    'tradeboard brief --pair BY-HM~RU-MOW --metric turnover --currency USD --lang en'
    """
    focus = [f"--pair {p}" for p in code.split(",")] if kind == "pairs" else [f"--{kind} {code}"]
    parts = ["tradeboard brief", *focus]
    parts += [f"--metric {m}" for m in state.metrics] + [f"--status {s}" for s in state.statuses]
    if state.date_from:
        parts.append(f"--from {state.date_from.isoformat()}")
    if state.date_to:
        parts.append(f"--to {state.date_to.isoformat()}")
    if state.currency != "original":
        parts.append(f"--currency {state.currency}")
    if state.min_sources > 1:
        parts.append(f"--min-sources {state.min_sources}")
    if state.reviewed != "not_rejected":
        parts.append(f"--reviewed {state.reviewed}")
    return " ".join([*parts, f"--lang {lang}"])


def make_brief(identity, state: FilterState, kind: str, code: str, lang: str, fmt: str, *,
               chromium=None, made: dt.date | None = None) -> bytes:
    """The brief's bytes in `fmt` ("pdf" | "png"). `identity` is the database's (path, mtime, size).
    Raises ChromiumMissing before any work when Chromium is absent, BriefError when the filters
    select nothing. A PDF is at most two pages: if the sources would run onto a third, fewer are
    listed (with the export command for all of them)."""
    if fmt not in FORMATS:
        raise BriefError(f"format {fmt!r}: allowed are {', '.join(FORMATS)}")
    binary = find_chromium(chromium)
    content = read_content(identity, state, kind, code, lang)
    if content.series.empty:
        raise BriefError(f"nothing matches these filters for {code}: widen the dates, clear the status "
                         "filter or lower --min-sources")
    made = made or dt.date.today()
    command = brief_command(content.state, kind, code, lang)
    limit = MAX_SOURCES
    while True:
        html = render_html(content, lang, made, command, max_sources=limit)
        if fmt == "png":
            return screenshot_png(html, binary)
        pdf = print_pdf(html, binary)
        if count_pages(pdf) <= MAX_PAGES or limit <= 5:
            return pdf
        limit //= 2
