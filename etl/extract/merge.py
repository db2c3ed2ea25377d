"""Article-level tidying: one fact per figure, a change stated apart from its value joins it, a
headline's figure takes the period the body gives."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.change_notes import base_notes
from etl.extract.resolve import related
from etl.model import Fact


def _pair(f: Fact) -> tuple:
    return (f.metric, frozenset((f.a, f.b))) if f.metric == "turnover" else (f.metric, f.a, f.b)


def _compatible(x: Fact, y: Fact) -> bool:
    return (x.period_start, x.period_end) == (y.period_start, y.period_end)


def join_changes(facts: list[Fact], lead: int = -1) -> list[Fact]:
    """ "Товарооборот вырос в 3,3 раза. … оборот составил 2,4 млн": a change-only fact joins the
    one valued fact of the same flow and compatible period that has no change of its own — in
    another sentence, or in the same one when both have the same stated period ("выросли в 2,3
    раза за девять месяцев: … отгрузили на 58 млн")."""
    out = list(facts)
    for c in facts:
        if c.value is not None or c.change_pct is None or c.status != "target":
            continue
        # "намерены к 2030 году удвоить товарооборот — до 10 млрд": one target, its level and change
        hosts = [f for f in out if f.status == "target" and f.value is not None and f.change_pct is None
                 and f.quote_start == c.quote_start and _pair(f) == _pair(c) and _compatible(f, c)]
        if len(hosts) == 1:
            out[out.index(hosts[0])] = replace(hosts[0], change_pct=c.change_pct)
            out.remove(c)
    facts = list(out)
    for c in facts:
        if c.value is not None or c.change_pct is None or c.status != "reported" or "by its end year" in c.notes:
            continue   # a change over several years is a fact of its own (FORMAT.md)
        dup = [f for f in out if f is not c and _pair(f) == _pair(c) and f.change_pct == c.change_pct]
        if c.quote_start == lead and any(
                f.value is not None and f.change_pct is not None and f.quote_start != lead
                and _pair(f) == _pair(c) and _compatible(f, c) for f in out):
            out.remove(c)   # a lead's rounded change restated exactly in the body
            continue
        if any(f.value is not None or (f.period_start and not c.period_start) for f in dup):
            out.remove(c)
            continue
        hosts = [f for f in out if f.value is not None and f.change_pct is None and f.status == "reported"
                 and _pair(f) == _pair(c) and _compatible(f, c)
                 and (f.quote_start != c.quote_start or c.period_start is not None)]
        if hosts and len({f.quote_start for f in hosts}) == 1:
            # "со 130 млрд … вырос до 230 млрд": the change goes to the new level — the larger
            # figure after growth, the smaller after a fall.
            host = (max if c.change_pct > 0 else min)(hosts, key=lambda f: f.value)
            k = out.index(host)
            notes = _add(host.notes, "change stated apart from the value")
            for base in base_notes(c.notes):   # "… 560 млн. Это на 40 % больше, чем в 2019 году."
                notes = _add(notes, base)
            out[k] = replace(host, notes=notes, change_pct=c.change_pct)
            out.remove(c)
    return out


def backfill_lead_period(facts: list[Fact], lead: int) -> list[Fact]:
    """The article's first sentence (a lead) often omits the period the body then gives for the
    same pair."""
    out = []
    for f in facts:
        # a period left out on purpose ("period not stated: <why>") is not taken from the body
        if f.quote_start == lead and f.period_start is None and f.status == "reported" \
                and "period not stated:" not in f.notes:
            later = [g for g in facts if g.quote_start > lead and g.period_start and g.status == "reported"
                     and frozenset((g.a, g.b)) == frozenset((f.a, f.b))]
            if later:
                f = replace(f, period_start=later[0].period_start, period_end=later[0].period_end,
                            notes=_add(f.notes.replace("period not stated", "").strip("; "),
                                       "period taken from the body"))
        out.append(f)
    return out


def _add(notes: str, note: str) -> str:
    return f"{notes}; {note}" if notes else note


def _restates(f: Fact, g: Fact) -> bool:
    """The same figure about the same places, one side named by its capital ("Белоруссия и
    Калужская область … 1 млрд" then "Минск и Калуга … 1 млрд"); a valued restatement may leave the change out
    ("вырос на 12 % и составил 400 млн. «… нарастили товарооборот до 400 млн», — отметил губернатор")."""
    if (f.metric, f.value, f.currency, f.status, f.period_start, f.period_end) != \
            (g.metric, g.value, g.currency, g.status, g.period_start, g.period_end):
        return False
    if f.change_pct != g.change_pct and (f.value is None or None not in (f.change_pct, g.change_pct)):
        return False
    pairs = [(g.a, g.b), (g.b, g.a)] if f.metric == "turnover" else [(g.a, g.b)]
    return any(related(f.a, x) and related(f.b, y) for x, y in pairs)


def drop_repeats(facts: list[Fact]) -> list[Fact]:
    """Drop repeats (a headline restated in the body), keeping the first and fuller one."""
    valued = {(f.metric, frozenset((f.a, f.b)), f.change_pct) for f in facts if f.value is not None}
    out: list[Fact] = []
    for f in facts:
        if f.value is None and (f.metric, frozenset((f.a, f.b)), f.change_pct) in valued:
            continue
        same = [k for k, g in enumerate(out) if _restates(f, g)]
        if not same:
            out.append(f)
        elif out[same[0]].change_pct is None and f.change_pct is not None:
            out[same[0]] = replace(out[same[0]], change_pct=f.change_pct)   # the fuller restatement's change
    return out


def drop_impossible_flows(facts: list[Fact]) -> list[Fact]:
    """An export or import larger than the pair's turnover for the same period is no flow of that pair
    ("Товарооборот Беларуси и Вьетнама составил 300 млн. Экспорт Беларуси превысил 40 млрд": the
    country's total export, paired with the article's partner by context)."""
    turnover = {(frozenset((f.a, f.b)), f.currency, f.period_start, f.period_end):
                f.value * (1.1 if f.bound == "approx" else 1.0) for f in facts
                if f.metric == "turnover" and f.value is not None and f.status == "reported" and f.bound != "lt"}
    return [f for f in facts if not (
        f.metric in ("export", "import") and f.value is not None and f.status == "reported"
        and turnover.get((frozenset((f.a, f.b)), f.currency, f.period_start, f.period_end), f.value) < f.value * 0.999)]


_HALF_NOTE = re.compile(r"partner unresolved: '[^']*' — the article names only one side(?:; )?")


def fill_half_pairs(facts: list[Fact]) -> list[Fact]:
    """ "Губернатор Ленинградской области … назвал $1 млрд взаимной торговли ориентиром. … товарооборот между
    Беларусью и Ленинградской областью составил …": a figure of "взаимной торговли" with one side known takes its
    partner from the next fact that pairs that side with another place."""
    out = list(facts)
    for k, f in enumerate(out):
        if f.b is not None or not f.a or not _HALF_NOTE.search(f.notes or ""):
            continue
        later = next((g for g in out[k + 1:] if g.a and g.b and f.a in (g.a, g.b) and g.metric == "turnover"), None)
        if later is None:
            continue
        other = later.b if later.a == f.a else later.a
        note = _HALF_NOTE.sub("", f.notes).strip("; ")
        out[k] = replace(f, b=other, notes="; ".join(n for n in (note, "partner: the pair a later sentence names")
                                                     if n))
    return out
