"""Enumerations of partners: "вошли Россия ($5,6 млрд), Казахстан ($3 млрд)", "с Украиной — на 57,5 %",
"с Кыргызстаном и Германией … $903 млн и $829 млн соответственно". Each figure goes with its own
partner; the reporting side is the place the article is about."""

from __future__ import annotations

import re

from etl.extract.partners import Segment, Sentence
from etl.extract.resolve import ArticleContext, Side, distinct, orient

# Between a partner and its figure: "Россия (", "Украиной — на", "Германия с", "китайских товаров — на".
_ADJACENT_GAP = re.compile(r"(?:\s+[а-яё]+)?\s*(?:\(|[—–-]|с(?=\s)|:)\s*(?:на\s+)?", re.I)
_RESPECTIVELY = re.compile(r"соответственно", re.I)


def adjacent_partners(sent: Sentence) -> dict[int, Side]:
    """Figure start → the place written right before it."""
    ends = dict(sent.spans)
    items = sorted([x.start for x in sent.moneys] + [x.start for x in sent.changes])
    out: dict[int, Side] = {}
    for pos, side in sent.sides:
        end = ends.get(pos)
        if end is None:
            continue
        nxt = next((i for i in items if i >= end), None)
        if nxt is not None and _ADJACENT_GAP.fullmatch(sent.text, end, nxt):
            out[nxt] = side
    return out


def respective_partners(sent: Sentence, seg: Segment, items: list) -> tuple[dict[int, Side], list[Side]]:
    """ "с X и Y … A и B соответственно": the n figures go with the last n places before them, in
    order; places named before those are the reporting side."""
    if len(items) < 2 or not _RESPECTIVELY.search(sent.text, seg.start, seg.end):
        return {}, []
    before = distinct([x for pos, x in sent.sides if seg.start <= pos < items[0].start])
    if len(before) < len(items):
        return {}, []
    n = len(items)
    return {it.start: p for it, p in zip(items, before[-n:], strict=True)}, before[:-n]


def subject(sent: Sentence, partners: set[str], ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The place the enumeration is about: named earlier in its clause, else the article's subject."""
    for pos, side in sent.sides:
        if lo <= pos < hi and side.code not in partners:
            return side.code
    for code in ([ctx.subject] if ctx.subject else []) + ctx.seen:
        if code not in partners:
            return code
    return None


def list_pair(sent: Sentence, seg: Segment, item, partners: dict[int, Side], lead: list[Side],
              ctx: ArticleContext) -> tuple[Side, Side] | None:
    partner = partners.get(item.start)
    if partner is None:
        return None
    names = {p.code for p in partners.values()}
    first = min(x for x in partners if x >= seg.start) if any(x >= seg.start for x in partners) else item.start
    code = next((x.code for x in lead if x.code not in names), None) or \
        subject(sent, names, ctx, seg.start, first)
    if code is None or code == partner.code:
        return None
    return orient(seg.metric, Side(code), partner)
