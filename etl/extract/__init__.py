"""Russian news prose → trade facts (GUIDE.md §2). Pure: reference data is loaded once and cached."""

from __future__ import annotations

import datetime as dt
import re

from etl.extract.change import MULTIPLE_ALT
from etl.extract.confidence import with_confidence
from etl.extract.dashes import plain_dashes, source_quotes
from etl.extract.events import extract_events as _events
from etl.extract.facts import extract_facts
from etl.extract.fast_init import install as _install_fast_init
from etl.extract.fast_patterns import install as _install_fast_patterns
from etl.extract.gates import any_word_gate
from etl.extract.scan_scope import article_scope, lower_text
from etl.model import Event, Fact

EXTRACTOR_VERSION = "1.41.128"

# Cheap gate: no trade word or no number → no fact, without touching the heavier machinery.
_TRADE_WORD = re.compile(
    r"оборот|товарообмен|торгов|торгу|экспорт|импорт|поставк|поставок|постав[ли]|ввез|ввоз|закуп|продал|отгруз|отгруж|вывез|вывоз|"
    r"реализовал|покупа|купил|купив|приобрел|продав|продаж|продан|реализован|отправлен|завез|завоз|отправил|поставщ|партн[её]р")
_NUMBER = re.compile(rf"\d|миллиард|миллион|{MULTIPLE_ALT}|(?<![а-яё])трет[ьи](?![а-яё])|"
                     r"четверт[ьи](?![а-яё])|наполовину|процент|раза?(?![а-яё])|удво|утро|кратн")

_TRADE_GATE = any_word_gate(_TRADE_WORD)   # the same yes/no as _TRADE_WORD, faster (etl/extract/gates.py)
_FAST_PATTERNS = _install_fast_patterns()   # the same answers, faster (etl/extract/fast_patterns.py)
_FAST_INIT = _install_fast_init()   # the same objects, made faster (etl/extract/fast_init.py)

__all__ = ["EXTRACTOR_VERSION", "article_scope", "extract", "extract_article", "extract_events"]


def extract(text: str, published: dt.date | None, title: str | None = None) -> list[Fact]:
    """Every trade figure in an article, each with the sentence it came from, its offsets and its
    confidence (etl/extract/confidence.py)."""
    with article_scope():   # the rules and the confidence features read the same sentences' scans
        return with_confidence(raw_facts(text, published, title), published, text=text)


def raw_facts(text: str, published: dt.date | None, title: str | None = None) -> list[Fact]:
    """The rules' facts before confidence is scored (what `python -m etl.extract.calibrate` fits on)."""
    read, headline = plain_dashes(text), plain_dashes(title)
    lowered = lower_text(read) if read else ""
    traded = _TRADE_GATE.search(lowered) or headline and _TRADE_GATE.search(lower_text(headline))
    if not traded or not _NUMBER.search(lowered):   # the headline may give the trade word ("… товарооборот растет")
        return []
    return source_quotes(extract_facts(read, published, headline), read, text)


def extract_events(text: str, published: dt.date | None, title: str | None = None) -> list[Event]:
    """Every cooperation event an article reports, each with the sentence it came from
    (etl/extract/events.py)."""
    read = plain_dashes(text)
    return source_quotes(_events(read, published, plain_dashes(title)), read, text)


def extract_article(text: str, published: dt.date | None, title: str | None = None
                    ) -> tuple[list[Fact], list[Event]]:
    """An article's facts and its cooperation events, as a build extracts them: in one scan scope, so
    the sentences and places the fact extractor found are not searched again for events."""
    with article_scope():
        return extract(text, published, title), extract_events(text, published, title)
