"""Sentence spans with offsets into the article text."""

from __future__ import annotations

import re

from etl.extract.scan_scope import shared_scan

# A sentence ends at . ! ? … followed by space and a capital, digit, quote or dash,
# unless the dot closes an abbreviation ("млн.", "долл.", "г.", "тыс.").
_END = re.compile(r"(?<=[.!?…])[\s\u00a0]+(?=[А-ЯЁA-Z0-9«\"„$—–-])|\n\s*")
# _END as two patterns that each start with a rare character, so the regex engine skips to the
# candidates instead of trying the alternation at every position (most of the splitting time).
_AFTER_STOP = re.compile(r"[.!?…]([\s\u00a0]+)(?=[А-ЯЁA-Z0-9«\"„$—–-])")
_NEWLINE = re.compile(r"\n\s*")
_PERIOD_ABBREV = re.compile(r"\b(?:мес|кв)\.$")
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
_ABBREV = re.compile(r"(?:\b(?:млн|млрд|трлн|тыс|долл|руб|г|гг|проц|т|им|ст|пр|см|обл|ул|н\.э|мес|кв)|\b[А-ЯЁ])\.$")


@shared_scan
def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space.

    >>> t = "Оборот вырос до 970 млн. долл. США. Рост продолжится!"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Оборот вырос до 970 млн. долл. США.', 'Рост продолжится!']
    """
    lines = "\n" in text
    spans, start = [], 0
    for b0, b1 in _ends(text):
        if _inside_amount(text, b0, b1):
            continue
        if (not lines or "\n" not in text[b0:b1]) and _ABBREV.search(text[max(0, b0 - 6):b0]):
            nxt = text[b1:b1 + 1]
            if not nxt.isdigit() and not _starts_sentence(text, b1) \
                    and not _capital_after_unit(text, b0, b1):
                continue
            if _PERIOD_ABBREV.search(text, max(0, b0 - 5), b0) and _YEAR.match(text, b1):
                continue   # "за 10 мес. 2024 г.", "за I кв. 2024 года": the period's year follows
        spans.append((start, b0))
        start = b1
    spans.append((start, len(text)))
    if not lines:
        return _trim_outer(text, spans)
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# An amount broken across a break: a number or a scale word before it, a scale or currency word in
# lower case after it ("1,6 млрд\nдолларов", "$1,6\nмлрд"); or its parts written with dots ("1 млрд.
# 200 млн. долларов": an integer before the scale, a lower scale after the next number).
_AMOUNT_TAIL = re.compile(r"(?:\d|(?<![а-яё])(?:млн|млрд|трлн|тыс)\.?|миллион\w*|миллиард\w*)$")
_AMOUNT_HEAD = re.compile(r"(?:млн|млрд|трлн|тыс|миллион|миллиард|триллион|долл|доллар\w*|руб(?:л\w*)?|евро|юан\w*|"
                          r"тенге|сум(?:ов|а|ы)?)(?![а-яё])")
_PART_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}\s*(?:млрд|трлн)\.$")
_PART_AFTER = re.compile(r"\d{1,3}\s*(?:млн|тыс|миллион|тысяч)")


def _inside_amount(text: str, b0: int, b1: int) -> bool:
    """A break (b0..b1) that falls inside an amount is none: "1,6 млрд\nдолларов", "1 млрд. 200 млн."."""
    if text[b0 - 1:b0] == "." and "\n" not in text[b0:b1]:
        return bool(_PART_BEFORE.search(text, max(0, b0 - 12), b0) and _PART_AFTER.match(text, b1))
    return "\n" in text[b0:b1] and bool(_AMOUNT_TAIL.search(text, max(0, b0 - 12), b0)) \
        and bool(_AMOUNT_HEAD.match(text, b1))


def _trim_outer(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The trimming of split_sentences for a text without line breaks: there every span but the
    first starts after a stop's white space (at a capital, digit, quote or dash) and every span but
    the last ends at its stop, so only the text's own ends can hold white space."""
    s, e = spans[0]
    while s < e and text[s].isspace():
        s += 1
    spans[0] = (s, e)
    s, e = spans[-1]
    while e > s and text[e - 1].isspace():
        e -= 1
    spans[-1] = (s, e)
    return [(s, e) for s, e in spans if e > s]


def _ends(text: str) -> list[tuple[int, int]]:
    """The (start, end) of what _END.finditer(text) finds. Both kinds of match run to the end of a
    run of white space, so merging the two scans left to right, the stop's match first at the same
    start, and dropping a match that starts inside the one before gives the same matches. Without a
    line break there are only the stops' matches, in order and apart."""
    if "\n" not in text:
        return [m.span(1) for m in _AFTER_STOP.finditer(text)]
    found = sorted([(m.start(1), 0, m.end(1)) for m in _AFTER_STOP.finditer(text)]
                   + [(m.start(), 1, m.end()) for m in _NEWLINE.finditer(text)])
    out: list[tuple[int, int]] = []
    end = 0
    for b0, _, b1 in found:
        if b0 >= end:
            out.append((b0, b1))
            end = b1
    return out


_SENTENCE_STARTERS = re.compile(r"(?:По|В|На|За|С|А|Но|Это|Кроме|При|Товарооборот|Экспорт|Импорт|Как|Об)\b")


def _starts_sentence(text: str, pos: int) -> bool:
    return bool(_SENTENCE_STARTERS.match(text, pos))


_UNIT_ABBREV = re.compile(r"\b(?:млн|млрд|трлн|тыс|долл|руб|проц)\.$")
_CURRENCY_NAME = re.compile(r"(?:США|USD|EUR|RUB|BYN|CNY)\b")


def _capital_after_unit(text: str, dot: int, nxt: int) -> bool:
    """ "… $3,3 млрд. Доля …": a capitalised word after a unit abbreviation starts a sentence,
    unless it names the currency ("долл. США")."""
    return bool(_UNIT_ABBREV.search(text, max(0, dot - 6), dot)) and text[nxt:nxt + 1].isupper() \
        and not _CURRENCY_NAME.match(text, nxt)
