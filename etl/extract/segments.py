"""A sentence split into segments at its trade keywords ("товарооборот … , экспорт …, а импорт …"):
each segment's amounts and changes belong to its keyword."""

from __future__ import annotations

import re

from etl.extract.amount import TO_QUALIFIER, Money
from etl.extract.change import Change
from etl.extract.metric import MetricMention
from etl.extract.sentence_parts import CLAUSE_BREAK, Segment, last_break_end

_RESPECTIVELY = re.compile(r"соответственно", re.I)
# A keyword in a prepositional phrase ("в торговле с Беларусью") is no subject of a list.
_IN_PHRASE = re.compile(r"(?<![а-яё])(?:в|во|по|при|о|об)\s+$", re.I)


# "с 6,8 млрд в 1999 году, когда основу торговли составляли поставки нефти, до 34,3 млрд": the levels' "с … до"
_FROM_LEVEL = re.compile(r"(?<![а-яё])со?\s+[$€]?\s*$", re.I)
_TO_LEVEL = re.compile(r"(?<![а-яё])до\s+" + TO_QUALIFIER + r"[$€]?\s*$", re.I)


def to_level(text: str, start: int) -> bool:
    """The amount starting at `start` is the "до Y" level of a "с X … до Y" pair ("до $34,3 млрд")."""
    return bool(_TO_LEVEL.search(text, max(0, start - 24), start))


def inside_from_to(text: str, mm: MetricMention, moneys: list[Money]) -> bool:
    """A keyword in a clause set off between a level "с X" and its "до Y" names no flow of its own."""
    for k, m in enumerate(moneys):
        if m.end <= mm.start and _FROM_LEVEL.search(text, max(0, m.start - 6), m.start):
            nxt = next((y for y in moneys[k + 1:] if y.start >= mm.end), None)
            if nxt and to_level(text, nxt.start) \
                    and CLAUSE_BREAK.search(text, m.end, mm.start) \
                    and not any(m.end <= y.start < nxt.start for y in moneys if y is not nxt):
                return True
    return False


# ", на которые приходится две трети экспорта,", ", доля которых в экспорте велика,": a relative clause set off by
# commas, about the noun before it
_RELATIVE_ASIDE = re.compile(r",\s*(?:[а-яё]+\s+){0,2}?котор\w+(?![а-яё])[^,;:()]*,", re.I)


def in_relative_aside(text: str, mm: MetricMention, metrics: list[MetricMention], moneys: list[Money],
                      changes: list[Change]) -> bool:
    """A keyword inside a relative clause that holds no figure of its own, right after a flow word of the same clause
    ("поставки нефтепродуктов, на которые приходится две трети экспорта, сократились на 24 %"), names what that flow
    is a part of; the figure after the clause is that flow's, not the keyword's."""
    for r in _RELATIVE_ASIDE.finditer(text, max(0, mm.start - 120), min(len(text), mm.end + 120)):
        if r.start() < mm.start and mm.end <= r.end() \
                and not any(r.start() <= x.start < r.end() for x in [*moneys, *changes]) \
                and any(k.end and k.end <= r.start() and not _CLAUSE_OR_STOP.search(text, k.end, r.start())
                        for k in metrics):
            return True
    return False


_CLAUSE_OR_STOP = re.compile(r"[,;:.!?()—–]")


def split_segments(metrics: list[MetricMention], moneys: list[Money], text: str, topic: str | None,
              changes: list[Change] = (), after_facts: bool = False) -> list[Segment]:
    n = len(text)
    metrics = [mm for mm in metrics if not inside_from_to(text, mm, moneys)
               and not in_relative_aside(text, mm, metrics, moneys, changes)] or metrics
    starts = []
    first = metrics[0]
    before = [m for m in moneys if m.end <= first.start]
    # "… — 1,3 млрд. Рост — 10,5 %, экспорт вырос на 16 %.", "Он вырос на 10 %, а экспорт — на 16 %":
    # a change opening the sentence after a figure, in a clause of its own before the first keyword,
    # is the last figure's flow
    opening = [c for c in changes if c.end <= first.start] if after_facts and not before else []
    if topic and first.end and opening and CLAUSE_BREAK.search(text, opening[-1].end, first.start) \
            and not first.labels_before:
        starts.append((0, MetricMention(0, 0, topic)))
    elif topic and first.end and before \
            and CLAUSE_BREAK.search(text, before[-1 if first.labels_before else 0].end, first.start):
        # "На втором месте Германия с 137 млн, причем экспорт …": the amount before the first
        # keyword, in its own clause, continues the article's topic. A keyword that labels the
        # amount before it ("… пришлось на экспорт") reaches no amount across a clause break: "Он
        # составил 8 млрд, …, причём треть приходится на экспорт — 3 млрд".
        starts.append((0, MetricMention(0, 0, topic)))
    for mm in metrics:
        start = mm.start
        follows = any(mm.end <= m.start <= mm.end + 25 for m in moneys)
        if mm.labels_before and (mm.strong_label or not follows):
            prev = [m for m in moneys if mm.start - 40 < m.end <= mm.start
                    and not CLAUSE_BREAK.search(text[m.end:mm.start])]
            if not prev and mm.strong_label and not follows:
                # "На 16 % вырос экспорт, на 3 % — импорт": the change the keyword labels
                prev = [c for c in changes if mm.start - 20 < c.end <= mm.start
                        and not CLAUSE_BREAK.search(text[c.end:mm.start])]
            if prev:
                start = prev[-1].start
        elif starts and mm.start:
            start = _change_first(text, mm, starts[-1][1], moneys, changes)
        starts.append((start, mm))
    starts.sort(key=lambda x: x[0])
    merged: list[tuple[int, MetricMention]] = []
    for start, mm in starts:
        if merged and merged[-1][1].metric == mm.metric and merged[-1][1].product == mm.product and \
                not any(merged[-1][0] <= m.start < start for m in moneys) and \
                not _predicate_without_figure(text, mm, moneys, changes):
            continue
        merged.append((start, mm))
    out: list[Segment] = []
    for k, (start, mm) in enumerate(merged):
        end = merged[k + 1][0] if k + 1 < len(merged) else n
        seg = Segment(0 if k == 0 else start, end, mm.metric, mm)
        prev = out[-1] if out else None
        # "… 117 млрд юаней, или 70 % всего оборота, — на 41,6 % больше": a repeated keyword
        # with no amount of its own continues the segment before it.
        if prev and prev.metric == seg.metric and prev.keyword.product == mm.product \
                and not any(seg.start <= m.start < seg.end for m in moneys) \
                and not _predicate_without_figure(text, mm, moneys, changes):
            out[-1] = Segment(prev.start, seg.end, prev.metric, prev.keyword)
            continue
        out.append(seg)
    return _respective_keywords(out, moneys, text, changes)


# "…, при этом поставки в Россию сократились.": the keyword's own verb of change, in its own clause
_OWN_VERB = re.compile(r"(?P<place>\s+(?:[а-яё]+\s+)?(?:в|во|из|с|со|на)\s+[^,;.:]{1,40}?)?\s+"
                       r"(?:сократил|снизил|уменьшил|упал|упали|вырос|выросл|увеличил|возрос|возросл|нарастил|"
                       r"наросл|остал)\w*", re.I)


def _predicate_without_figure(text: str, mm: MetricMention, moneys, changes) -> bool:
    """A repeated keyword opening a clause with its own verb of change and no figure in that clause is a
    statement of its own ("Экспорт области вырос на 9 %, при этом поставки в Россию сократились"): its places
    are not the figure's before it."""
    verb = _OWN_VERB.match(text, mm.end) if mm.end else None
    if not verb or not CLAUSE_BREAK.search(text, max(0, mm.start - 15), mm.start):
        return False
    stop = CLAUSE_BREAK.search(text, verb.end())
    end = stop.start() if stop else len(text)
    # "… составил 3 млрд долларов, товарооборот с Калужской областью вырос на 30 %": after an amount, with a partner
    # of its own, the clause's change is its own
    placed = verb.group("place") and _PLACE_WORD.search(verb.group("place"))
    own = moneys if placed and any(m.start < mm.start for m in moneys) else [*moneys, *changes]
    return not any(mm.start <= x.start < end for x in own)


_PLACE_WORD = re.compile(r"(?<![а-яё])(?:в|во|из|с|со|на)\s+[А-ЯЁ]")
_PLACE_CLAUSE = re.compile(r"\s*(?:а|но|и)?\s*(?:в|во|из|с|со|на)\s+[А-ЯЁ]")
_VERB_THEN_KEYWORD = re.compile(r"\s*(?:[а-яё]+\s+){1,2}$", re.I)


def _change_first(text: str, mm: MetricMention, prev: MetricMention, moneys: list[Money],
                  changes: list[Change]) -> int:
    """ "на две трети обвалился экспорт в Беларусь, на 20 % снизился импорт из Китая": a change and
    its verb right before the keyword, in the keyword's clause, open its segment."""
    brk = last_break_end(text, prev.end, mm.start, None)
    if brk is None:
        return mm.start
    if any(brk <= m.start < mm.start for m in moneys):
        return mm.start
    own = [c for c in changes if brk <= c.start and c.end <= mm.start]
    if len(own) == 1 and _VERB_THEN_KEYWORD.fullmatch(text, own[0].end, mm.start):
        return own[0].start
    # "…, а в Российскую Федерацию область сделала поставки на $590 млн": the keyword's clause,
    # places and all, is its segment
    return brk if not own and _PLACE_CLAUSE.match(text, brk) else mm.start


def _respective_keywords(segs: list[Segment], moneys: list[Money], text: str,
                         changes: list[Change] = ()) -> list[Segment]:
    """ "экспорт X в Y и импорт из нее составили 6,2 и 9,8 млрд … соответственно": n keywords with
    no amount of their own, then n amounts with "соответственно" — each amount is its keyword's.
    A keyword in a prepositional phrase ("в торговле с Беларусью") is no subject of the list."""
    last = segs[-1] if segs else None
    if last is None or not _RESPECTIVELY.search(text, last.start):
        return segs
    amounts = [m for m in moneys if last.start <= m.start < last.end]
    if not amounts and not any(m.start < last.start for m in moneys):
        # "Экспорт и импорт … выросли на 11 % и 4 % соответственно": changes listed for the keywords
        amounts = [c for c in changes if last.start <= c.start < last.end]
    n = len(amounts)
    run = len(segs) - 1
    while run > 0 and not any(segs[run - 1].start <= m.start < segs[run - 1].end for m in moneys):
        run -= 1
    heads = [g for g in segs[run:] if not _IN_PHRASE.search(text, max(0, g.keyword.start - 5), g.keyword.start)]
    if n < 2 or len(heads) < n or len({g.metric for g in heads[-n:]}) < n:
        return segs
    head = heads[-n:]
    first = segs.index(head[0])
    cuts = [head[0].start] + [m.start for m in amounts[1:]] + [last.end]
    return segs[:first] + [Segment(cuts[k], cuts[k + 1], g.metric, g.keyword) for k, g in enumerate(head)]
