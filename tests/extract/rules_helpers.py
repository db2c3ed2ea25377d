"""Shapes the rule tables compare (tests/extract/facts/test_*_rules.py): each rule row states only the
fields its rule is about."""

import datetime as dt

from etl.extract import extract

PUB = dt.date(2025, 8, 14)
Y24 = ("2024-01-01", "2024-12-31")


def facts(text, published=PUB):
    """(metric, a, b, value, currency, change_pct) for each fact of an article published PUB."""
    return [(f.metric, f.a, f.b, f.value, f.currency, f.change_pct) for f in extract(text, published)]


def dated_facts(text, published):
    """(metric, a, b, value, currency, period_start, period_end); published is an ISO date."""
    return [(f.metric, f.a, f.b, f.value, f.currency, str(f.period_start), str(f.period_end))
            for f in extract(text, dt.date.fromisoformat(published))]


def dated_facts_with_change(text, published):
    """dated_facts plus change_pct."""
    return [(f.metric, f.a, f.b, f.value, f.currency, str(f.period_start), str(f.period_end), f.change_pct)
            for f in extract(text, dt.date.fromisoformat(published))]


def periods(text, published=PUB):
    """(metric, b, period_start, period_end) as ISO strings or None."""
    return [(f.metric, f.b, f.period_start.isoformat() if f.period_start else None,
             f.period_end.isoformat() if f.period_end else None) for f in extract(text, published)]


def fields(text, published, *names):
    """The named fields of each fact (dates as ISO strings); published is an ISO date."""
    out = []
    for f in extract(text, dt.date.fromisoformat(published)):
        row = tuple(getattr(f, n).isoformat() if isinstance(getattr(f, n), dt.date) else getattr(f, n) for n in names)
        out.append(row)
    return out


FULL = ("metric", "a", "b", "value", "bound", "period_start", "period_end", "change_pct", "status")


def _iso(d):
    return d.isoformat() if d else None


def _month(d):
    return d.isoformat()[:7] if d else None


def event_keys(text, published, months=False, title=None):
    """(type, a, b, date_start, date_end, status) of each event, sorted; a visit keeps its direction,
    other types' sides are sorted. `months`: the dates as "YYYY-MM", as tests/score_events.py's strict
    match compares them; `title`: the article's headline."""
    from etl.extract import extract_events

    day = _month if months else _iso
    out = []
    for e in extract_events(text, published, title=title):
        sides = (e.a, e.b) if e.type == "visit" else tuple(sorted((e.a, e.b)))
        out.append((e.type, *sides, day(e.date_start), day(e.date_end), e.status))
    return sorted(out, key=_none_first)


def wanted_events(expected):
    """The expected rows of an event table in event_keys' shape."""
    out = []
    for t in expected:
        sides = (t[1], t[2]) if t[0] == "visit" else tuple(sorted((t[1], t[2])))
        out.append((t[0], *sides, *t[3:]))
    return sorted(out, key=_none_first)


def _none_first(row):
    """A sort key for event rows: a missing date or side (None) sorts before any value, where a plain
    tuple sort would compare None with a string and raise."""
    return tuple((v is not None, v or "") for v in row)


def grouped_params(groups: dict[str, list[tuple]], missed: dict[str, str]) -> list:
    """pytest params of composed cases by group, id "<group>-<i>-<text start>"; a case whose text starts
    with a key of `missed` is a strict xfail with that reason (a known miss that must keep failing
    until a rule fixes it)."""
    import pytest

    return [pytest.param(*case, id=f"{g}-{i}-{case[0][:30]}", marks=known_miss(missed, case[0]))
            for g, cases in groups.items() for i, case in enumerate(cases)]


def known_miss(missed: dict[str, str], text: str) -> list:
    """[strict xfail with the reason] when `text` starts with a key of `missed`, else no mark."""
    import pytest

    why = next((reason for start, reason in missed.items() if text.startswith(start)), None)
    return [pytest.mark.xfail(strict=True, reason=why)] if why else []


def assert_cue_spots_cover(groups: dict[str, list[tuple]]) -> None:
    """Every cue the event gate finds in these wordings stands where event_cues.cue_spots looks (a cue
    word that starts with no stem of event_cues.STEMS would be skipped silently)."""
    from etl.extract.event_cues import cue_spots, gate

    for cases in groups.values():
        for text, _ in cases:
            low = text.lower().replace("ё", "е")
            assert {m.start() for m in gate().finditer(low)} <= set(cue_spots(low)), text


def grid_table(groups: dict[str, list[tuple]], verdict, kinds: tuple[str, ...]) -> str:
    """A Markdown table of a composed grid's verdicts by construct (`python -m tests.extract.facts.test_X`):
    `verdict(*case)` names each case's outcome, one of `kinds` ("right" first)."""
    lines = ["| construct | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 1) + "|"]
    total = dict.fromkeys(kinds, 0)
    for group, cases in groups.items():
        row = dict.fromkeys(kinds, 0)
        for case in cases:
            row[verdict(*case)] += 1
        for k in kinds:
            total[k] += row[k]
        lines.append(f"| {group} | " + " | ".join(str(row[k]) for k in kinds) + " |")
    lines.append("| all | " + " | ".join(str(total[k]) for k in kinds) + " |")
    return "\n".join(lines)
