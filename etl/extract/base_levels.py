"""A base level stated after the new one takes no change: "составил 300 млн (в 2023 году — 250 млн,
рост — 12 %)", "300 млн, тогда как годом ранее — 250 млн, рост — 12 %". The change written after
the earlier year's level compares the two: it is the new level's (FORMAT.md: the change of the latest
value it goes with). A level of an earlier year written before the later one ("в 2023 году — 250 млн
(+5 %), а в 2024 году — 300 млн") keeps its own change."""

from __future__ import annotations

from dataclasses import replace

from etl.model import Fact


def _pair(f: Fact) -> tuple:
    return (f.metric, frozenset((f.a, f.b))) if f.metric == "turnover" else (f.metric, f.a, f.b)


def _near(g: Fact, base: Fact) -> bool:
    """The base level is in the newer level's sentence, or it is the next sentence's level "a year
    earlier" ("В аналогичном периоде прошлого года он составлял 120 млн, то есть рост превысил 25 %")."""
    if g.quote_start == base.quote_start:
        return True
    return g.quote_end <= base.quote_start <= g.quote_end + 3 and (
        "earlier" in base.notes or "previous year" in base.notes or _compares(g, base))


def _compares(g: Fact, base: Fact) -> bool:
    """ "… в 2024 году составил 25 млн. В 2023 году – 20 млн, рост – 25 %": the change is the ratio of
    the two levels (to the rounding of the written figures), so it compares them."""
    if not base.value or g.currency != base.currency:
        return False
    ratio = (g.value / base.value - 1) * 100
    return abs(ratio - base.change_pct) <= max(1.0, 0.1 * abs(base.change_pct))


def change_to_new_level(out: list[Fact]) -> list[Fact]:
    """An article's facts, in the order of their figures: a change the extractor gave to a later
    written, earlier dated level of the same flow moves to the newer level before it, when that one
    has none."""
    facts = list(out)
    for j, base in enumerate(facts):
        if base.value is None or base.change_pct is None or base.status != "reported" or base.period_end is None:
            continue
        newer = [i for i, g in enumerate(facts[:j]) if g.value is not None and g.change_pct is None
                 and g.status == "reported" and _pair(g) == _pair(base) and _near(g, base)
                 and g.period_end is not None and g.period_end > base.period_end]
        if len(newer) == 1:
            i = newer[0]
            facts[i] = replace(facts[i], change_pct=base.change_pct,
                               notes="; ".join(n for n in (facts[i].notes, "change written after the base level") if n))
            facts[j] = replace(base, change_pct=None)
    return facts
