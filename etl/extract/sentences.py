"""Sentence spans with offsets into the article text."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … followed by space and a capital, digit, quote or dash,
# unless the dot closes an abbreviation ("млн.", "долл.", "г.", "тыс.").
_END = re.compile(r"(?<=[.!?…])[\s\u00a0]+(?=[А-ЯЁA-Z0-9«\"„$—–-])|\n\s*")
_ABBREV = re.compile(r"(?:\b(?:млн|млрд|трлн|тыс|долл|руб|г|гг|проц|т|им|ст|пр|см|обл|ул|н\.э)|\b[А-ЯЁ])\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space.

    >>> t = "Оборот вырос до 970 млн. долл. США. Рост продолжится!"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Оборот вырос до 970 млн. долл. США.', 'Рост продолжится!']
    """
    spans, start = [], 0
    for m in _END.finditer(text):
        if "\n" not in m.group() and _ABBREV.search(text[max(0, m.start() - 6):m.start()]):
            nxt = text[m.end():m.end() + 1]
            if not nxt.isdigit() and not _starts_sentence(text, m.end()) \
                    and not _capital_after_unit(text, m.start(), m.end()):
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
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
