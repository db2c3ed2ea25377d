"""Article-level tidying: one fact per figure, a change stated apart from its value joins it, a
headline's figure takes the period the body gives."""

from __future__ import annotations

from dataclasses import replace

from etl.model import Fact


def _pair(f: Fact) -> tuple:
    return (f.metric, frozenset((f.a, f.b))) if f.metric == "turnover" else (f.metric, f.a, f.b)


def _compatible(x: Fact, y: Fact) -> bool:
    return (x.period_start, x.period_end) == (y.period_start, y.period_end)


def join_changes(facts: list[Fact], lead: int = -1) -> list[Fact]:
    """ "Товарооборот вырос в 3,3 раза. … оборот составил 2,4 млн": a change-only fact joins the
    one valued fact of the same flow and compatible period that has no change of its own."""
    out = list(facts)
    for c in facts:
        if c.value is not None or c.change_pct is None or c.status != "reported":
            continue
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
                 and _pair(f) == _pair(c) and _compatible(f, c) and f.quote_start != c.quote_start]
        if hosts and len({f.quote_start for f in hosts}) == 1:
            # "со 130 млрд … вырос до 230 млрд": the change goes to the new level — the larger
            # figure after growth, the smaller after a fall.
            host = (max if c.change_pct > 0 else min)(hosts, key=lambda f: f.value)
            k = out.index(host)
            out[k] = replace(host, notes=_add(host.notes, "change stated in another sentence"),
                             change_pct=c.change_pct)
            out.remove(c)
    return out


def backfill_lead_period(facts: list[Fact], lead: int) -> list[Fact]:
    """The article's first sentence (a lead) often omits the period the body then gives for the
    same pair."""
    out = []
    for f in facts:
        if f.quote_start == lead and f.period_start is None and f.status == "reported":
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
