"""One article's text scans, shared by the fact and the event extractor.

Facts and events split the same article into sentences and find the places of the same sentences
(GUIDE.md: one way to find a place). Inside `article_scope()` — a build, `tradeboard extract` and
`extract_article` open one per article — a scan marked `@shared_scan` runs once per text and the
second extractor gets the first one's result. Outside a scope nothing is kept, and a scope keeps
nothing once it closes: no cache grows across articles, so a corpus that repeats its sentences is
timed as honestly as one that does not.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

_MEMO: contextvars.ContextVar[dict | None] = contextvars.ContextVar("article_scans", default=None)


@contextlib.contextmanager
def article_scope() -> Iterator[None]:
    """Share the marked scans among the extractors run inside (one article's worth). A scope opened
    inside another is the same scope: `extract` opens one for its own repeated scans, and inside
    `extract_article`'s it shares that article's."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def shared_scan(fn: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    """Mark a pure scan of a text that returns a list: inside a scope it runs once per text, and each
    caller gets its own copy of the list (callers may change theirs)."""

    @functools.wraps(fn)
    def scan(text: str) -> list[T]:
        return list(_once(fn, text))

    return scan


def lower_text(text: str) -> str:
    """text.lower(), once per article inside a scope: the fact gate and the event cue scan both read
    the whole article in lower case (a str is immutable, so both get the same object)."""
    return _once(str.lower, text)


def once_per_text(fn: Callable[[str], T], text: str) -> T:
    """fn(text) for a pure fn of the text: computed once per text inside a scope, every time outside.
    For answers asked of the same sentence by many rules (its lower case: caseless.lowered), or by
    one rule once per figure (`search_once`)."""
    return _once(fn, text)


def search_once(rx, text: str):
    """rx.search(text) over the whole text, once per text inside a scope: a rule that asks it for
    every figure of a sentence gets the first answer again (a Match is only read, never changed)."""
    return _once(rx.search, text)


def _once(fn: Callable[[str], T], text: str) -> T:
    """fn(text), computed once per text inside a scope (the scope's memo, keyed by function and text)."""
    memo = _MEMO.get()
    if memo is None:
        return fn(text)
    key = (fn, text)
    found = memo.get(key, _MISSING)
    if found is _MISSING:   # (None is an answer too: "no match")
        found = memo[key] = fn(text)
    return found


_MISSING = object()
