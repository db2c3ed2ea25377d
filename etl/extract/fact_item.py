"""One figure of a sentence's segment (an amount or a change alone) made a Fact: the change that goes
with an amount, a base level ("с 2,5 млрд до 1,75 млрд"), the currency written, carried or resolved,
whether it is a target, and its period (etl/extract/facts.py finds the figures and their pair)."""

from __future__ import annotations

import re

from etl.extract.amount import TO_QUALIFIER, Money, money_bound
from etl.extract.change import Change
from etl.extract.change_base import other_base_note
from etl.extract.currency import BARE_RUBLE, resolve_bare_ruble
from etl.extract.fact_period import period_clause_between, period_for, year_before
from etl.extract.figures import other_subject, total_change_before
from etl.extract.metric import TARGET_CUES
from etl.extract.resolve import ArticleContext, Side, capitals_as_states, venues_as_states
from etl.extract.sentence_parts import Segment, Sentence
from etl.extract.targets import future_change, future_deadline, goal_named_after, is_target
from etl.model import Fact

# A change after an amount stays with it unless a new clause with its own subject begins
# ("… 297 млн, а торговля с Россией прибавила 11 %").
NEW_CLAUSE = re.compile(r",\s*(?:а|но|тогда\s+как|в\s+то\s+время\s+как)\s|;", re.I)


# "…, а прирост составил более 6 %", "…, при этом рост к 2023 году — 8 %": a new clause whose subject is a
# change noun with its verb or dash tells the amount's own change.
_CHANGE_CLAUSE = re.compile(r"\s*(?:при\s+этом\s+)?(?:при)?рост(?:а|у|ом|е)?(?![а-яё])(?:\s+(?:к|по\s+сравнению\s+с)"
                            r"\s+[^,;.]{0,30}?)?\s*(?:составил\w*|[—–-])", re.I)


def _new_subject_between(s: str, lo: int, hi: int) -> bool:
    """A clause with a subject of its own begins in s[lo:hi] (not one that only states a change)."""
    return any(not _CHANGE_CLAUSE.match(s, m.end()) for m in NEW_CLAUSE.finditer(s, lo, hi))


# A colon introduces details: "выросли в 10 раз: в 2018 году поставили на $44 млн".
_DETAIL = re.compile(r"[:;]")


def _attach_change(sent: Sentence, item: Money, lo: int, hi: int, used: set[int]) -> Change | None:
    prev = [m for m in sent.moneys if m.end <= item.start]
    if prev and is_base_level(sent.text, prev[-1]):   # "на 30 % — с 2,5 млрд до 1,75 млрд"
        lo = min(lo, prev[-2].end if len(prev) > 1 else 0)
    # "с 2017 года выросли почти в 5 раз, а по итогам прошлого года превысили $900 млн": a change
    # in a clause of its own, before a new clause that names its own period, is not this amount's.
    before = [c for c in sent.changes if lo <= c.start < item.start and c.start not in used
              and not _DETAIL.search(sent.text, c.end, item.start) and not other_subject(sent.text, c.start, lo)
              and not total_change_before(sent, c.start, c.end, item.start)
              and not (NEW_CLAUSE.search(sent.text, c.end, item.start)
                       and any(c.end <= p.start < item.start for p in sent.periods
                               if p.role in ("own", "deadline")))]   # "…, а к 2027 году …"
    after = [c for c in sent.changes if item.end <= c.start < hi and c.start not in used
             and not _new_subject_between(sent.text, item.end, c.start)
             and not TARGET_CUES.search(sent.text, item.end, c.start)
             and not period_clause_between(sent, item.end, c.start) and not other_subject(sent.text, c.start, item.end)]
    pick = before[-1] if before else after[0] if after else None
    if pick is not None:
        used.add(pick.start)
    return pick


_BASE_FROM = re.compile(r"(?<![а-яё])со?\s+(?:[$€]\s*)?$", re.I)
# … or past a clause set off by commas: "с 6,8 млрд в 1999 году, когда основу торговли составляли …, до 34,3"
_BASE_TO = re.compile(r"[^.;:]{0,40}?(?:,\s*(?:когда|где|котор\w+|в\s+котор\w+|при\s+котор\w+)\s[^.;:]{0,160}?,\s*)?"
                      r"(?<![а-яё])до\s+" + TO_QUALIFIER + r"(?:[$€]\s*)?\d", re.I)


def is_base_level(s: str, item: Money) -> re.Match | None:
    """ "с 2,5 млрд до 1,75 млрд", "со 130 млрд рублей вырос до 230 млрд": the first amount is the
    base level; the change belongs to the new level. Returns the "до …" match."""
    if not _BASE_FROM.search(s, max(0, item.start - 6), item.start):
        return None
    m = _BASE_TO.match(s, item.end)
    return m if m else None


def _later_currency(sent: Sentence, item: Money) -> str | None:
    """The currency of the next amount of the sentence, when this one has a scale word of money
    (millions, billions) and the next has its currency written."""
    if item.value < 1e6:
        return None
    nxt = next((m for m in sent.moneys if m.start >= item.end), None)
    return nxt.currency if nxt and nxt.value >= 1e6 else None


def _currency(item: Money, a: str | None, b: str | None, ctx: ArticleContext,
              later: str | None = None, earlier: str | None = None) -> tuple[str | None, str]:
    code, note = item.currency, ""
    if code == BARE_RUBLE and ctx.currency in ("BYN", "RUB") and ctx.currency != resolve_bare_ruble(a, b)[0]:
        # "… 250,4 млн белорусских рублей. Импорт – 130,2 млн руб.": a bare ruble after a named one is that one
        return ctx.currency, "currency taken from an earlier amount: a bare ruble after a named one"
    if code:
        ctx.currency = code
    elif earlier:   # "4,5 млрд российских рублей …, а в этом году ожидается 6 млрд"
        code, note = earlier, "currency taken from an earlier amount"
    elif ctx.currency:
        code, note = ctx.currency, "currency taken from an earlier amount"
    elif later:   # "может выйти на 500 млн, а затем — и на миллиард долларов"
        code, note = later, "currency taken from a later amount"
    else:
        return None, "currency not stated"
    if code == BARE_RUBLE:
        code, rnote = resolve_bare_ruble(a, b)
        note = rnote
    return code, note


def item_fact(sent: Sentence, seg: Segment, item, pair: tuple[Side, Side], lo: int, hi: int, published,
               ctx: ArticleContext, used_changes: set[int], used_periods: set[int], why: str = "") -> list[Fact]:
    a, b, cap_note = capitals_as_states(*venues_as_states(*pair, ctx))
    a, b = a or None, b or None   # "" is a side the text names but nothing resolves
    s = sent.text
    target = is_target(s, lo, item.start, reach_back=lo == seg.start) or goal_named_after(s, item.end, item.start) or \
        isinstance(item, Change) and future_change(s, item.start, item.end) or \
        future_deadline(sent.periods, lo, item.start, published)
    notes = [cap_note] if cap_note else []
    if a is None or b is None:
        notes.append(why)
    base = isinstance(item, Money) and is_base_level(s, item)
    if isinstance(item, Money):
        own = None if base else _attach_change(sent, item, lo, hi, used_changes)
        change = own.pct if own else None   # no change computed from "с X до Y" (dev oth-010, oth-043 label none)
        earlier = next((m.currency for m in reversed(sent.moneys) if m.end <= item.start and m.currency), None)
        currency, cnote = _currency(item, a, b, ctx, _later_currency(sent, item), earlier)
        if currency is None:
            return []   # "приближается к 3 тыс." with no currency anywhere: a count, not money
        notes.append(cnote)
        bound = money_bound(s, item, max([m.end for m in sent.moneys if m.end <= item.start], default=0))
        values = [(item.value, bound)] if item.value_hi is None else \
            [(item.value, "gt"), (item.value_hi, "lt")]
    else:
        own, change, currency, values = item, item.pct, None, [(None, item.bound)]
    start, end, pnote = period_for(sent, item, lo, published, target, used_periods, ctx)
    if base and start and not any(item.end <= p.start < base.end() for p in sent.periods):
        # "сократился на 30 % — с 2,5 млрд до 1,75 млрд": the level a year before the new one
        start, end, pnote = year_before(start), year_before(end), "period: the base of 'с … до …', a year earlier"
    if not target and start and published and start > published:
        target = True   # "Программа на 2026 год предусматривает … до 80 млн": dated after publication, a plan
    notes.append(pnote)
    if own is not None:   # "на 18 % больше, чем в 2019 году": not a year-on-year change
        notes.append(other_base_note(sent, lo, hi, start, published, own))
    note = "; ".join(n for n in notes if n)
    return [Fact(metric=seg.metric, a=a, b=b, value=v, currency=currency if v is not None else None,
                 bound=bd, period_start=start, period_end=end, change_pct=change,
                 status="target" if target else "reported", quote=s,
                 quote_start=sent.offset, quote_end=sent.offset + len(s), notes=note)
            for v, bd in values]
