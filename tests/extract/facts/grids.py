"""How the composed fact cases of tests/extract/facts/ are compared, bound as tests and printed as tables.

A data module (facts/<construct>_<sub-construct>.py) holds its cases in dicts of groups by the shape of
their rows, and a construct's test module (facts/test_<construct>.py) binds each shape it has with the
factory below:

- RECALL: (text, [(metric, a, b, value, currency, change_pct)]), published 2025-03-01; HEADLINES: (title,
  text, rows) — `recall_test`, `recall_headline_test`.
- SCOPE_NEGATIVES / SCOPE_POSITIVES: (text, [(metric, a, b, value, change_pct)]); SCOPE_HEADLINES: (title,
  text, rows) — `scope_negative_test`, `scope_positive_test`, `scope_headline_test`.
- PRECISION: (text, [(metric, a, b, value, change_pct, period_start, period_end)][, published]), published
  2025-10-20 unless given — `precision_test`.
- ATTACH: (text, published, [(metric, a, b, value, currency, bound, (start month, end month), change_pct,
  status)]) — `attach_test`.
- CHANGE: (text, [(metric, a, b, value, bound, change_pct, status)]), published 2025-08-14 — `change_test`.
- PERIOD: (text, published, [(value, change_pct, period_start, period_end, status)]) — `period_test`.
- STATUS: (text, [(metric, a, b, value, currency, change_pct, status)]) — `status_test`.

A turnover's pair is unordered, as tests/score_facts.py matches it. A case whose text starts with a key of
its module's *_MISSED dict (PRECISION_XFAIL: its id) is a strict xfail with that reason.
`python -m tests.extract.facts.test_<construct>` prints each shape's table by group (`print_tables`)."""

import datetime as dt

import pytest

from etl.extract import extract, extract_facts
from tests.extract.rules_helpers import grid_table, grouped_params, known_miss

# ---------------------------------------------------------------- recall
PUB = dt.date(2025, 3, 1)


def _key(metric, a, b, value, currency, change):
    if metric == "turnover":
        a, b = sorted([str(a), str(b)])
    return (metric, a, b, value, currency, change)


def recalled(text, title=None):
    """Each fact of an article published PUB as (metric, a, b, value, currency, change_pct), sorted."""
    got = (_key(f.metric, f.a, f.b, f.value, f.currency, f.change_pct)
           for f in extract(text, PUB, title=title))
    return sorted(got, key=repr)


def wanted(rows):
    return sorted((_key(*r) for r in rows), key=repr)


def recall_test(groups: dict, missed: dict):
    """The test of a recall grid's cases; a case whose text starts with a key of `missed` is a strict xfail."""

    @pytest.mark.parametrize("text, expected", grouped_params(groups, missed))
    def test_recalled(text, expected):
        assert recalled(text) == wanted(expected)

    return test_recalled


def recall_headline_test(headlines: list, title_missed: dict):
    """The test of a recall grid's cases with a headline."""

    @pytest.mark.parametrize("title, text, expected", [
        pytest.param(*case, id=f"headline-{i}", marks=known_miss(title_missed, case[0]))
        for i, case in enumerate(headlines)])
    def test_recalled_with_headline(title, text, expected):
        assert recalled(text, title=title) == wanted(expected)

    return test_recalled_with_headline


def verdict(text, expected, title=None):
    """A case's cell in the recall tables."""
    return "right" if recalled(text, title) == wanted(expected) else "wrong"


# ---------------------------------------------------------------- scope (what is the pair's fact)
def _scope_key(metric, a, b, value, change):
    if metric == "turnover":
        a, b = sorted([str(a), str(b)])
    return (metric, a, b, value, change)


def scoped(text, title=None):
    """Each fact of an article published PUB as (metric, a, b, value, change_pct), sorted."""
    got = (_scope_key(f.metric, f.a, f.b, f.value, f.change_pct) for f in extract(text, PUB, title=title))
    return sorted(got, key=repr)


def scope_wanted(rows):
    return sorted((_scope_key(*r) for r in rows), key=repr)


def scope_negative_test(groups: dict, missed: dict):
    @pytest.mark.parametrize("text, expected", grouped_params(groups, missed))
    def test_not_a_fact(text, expected):
        assert scoped(text) == scope_wanted(expected)

    return test_not_a_fact


def scope_positive_test(groups: dict, missed: dict):
    @pytest.mark.parametrize("text, expected", grouped_params(groups, missed))
    def test_the_pairs_fact(text, expected):
        assert scoped(text) == scope_wanted(expected)

    return test_the_pairs_fact


def scope_headline_test(headlines: list, title_missed: dict):
    @pytest.mark.parametrize("title, text, expected", [
        pytest.param(*case, id=f"headline-{i}", marks=known_miss(title_missed, case[0]))
        for i, case in enumerate(headlines)])
    def test_pair_from_the_headline(title, text, expected):
        assert scoped(text, title=title) == scope_wanted(expected)

    return test_pair_from_the_headline


def scope_verdict(text, expected, title=None):
    return "right" if scoped(text, title) == scope_wanted(expected) else "wrong"


# ---------------------------------------------------------------- precision (facts that came out wrong)
PUBLISHED = dt.date(2025, 10, 20)


def _precision_key(metric, a, b, value, change, start, end):
    pair = tuple(sorted((a or "", b or ""))) if metric == "turnover" else (a, b)
    return (metric, pair, None if value is None else round(value), None if change is None else round(change, 1),
            start, end)


def precision_got(text, published=None):
    published = dt.date.fromisoformat(published) if published else PUBLISHED
    return sorted((_precision_key(x.metric, x.a, x.b, x.value, x.change_pct,
                                  x.period_start and x.period_start.isoformat(),
                                  x.period_end and x.period_end.isoformat())
                   for x in extract_facts(text, published, None)), key=repr)


def precision_wanted(expected):
    return sorted((_precision_key(*e) for e in expected), key=repr)


def precision_test(groups: dict, xfail: dict):
    """Cases with id "<batch>-<group>-<i>"; an id in `xfail` is a strict xfail with that reason."""
    cases = [pytest.param(*row[:2], row[2] if len(row) > 2 else None, id=f"{group}-{i}",
                          marks=[pytest.mark.xfail(reason=xfail[f"{group}-{i}"], strict=True)]
                          if f"{group}-{i}" in xfail else [])
             for group, rows in groups.items()
             for i, row in enumerate(rows)]

    @pytest.mark.parametrize("text,expected,published", cases)
    def test_the_facts_of_a_composed_sentence(text, expected, published):
        assert precision_got(text, published) == precision_wanted(expected)

    return test_the_facts_of_a_composed_sentence


def precision_verdict(text, expected, published=None):
    return "right" if precision_got(text, published) == precision_wanted(expected) else "wrong"


# ---------------------------------------------------------------- attach (fields of a fact)
def _row(f) -> tuple:
    a, b = (sorted((str(f[1]), str(f[2]))) if f[0] == "turnover" else (f[1], f[2]))
    value = None if f[3] is None else round(f[3], 2)
    change = None if f[7] is None else round(f[7], 1)
    return (f[0], a, b, value, f[4], f[5], f[6], change, f[8])


def _month(d):
    return d.isoformat()[:7] if d else None


def got(text: str, published: str) -> list[tuple]:
    out = []
    for x in extract(text, dt.date.fromisoformat(published)):
        period = None if x.period_start is None and x.period_end is None else \
            (_month(x.period_start), _month(x.period_end))
        out.append(_row((x.metric, x.a, x.b, x.value, x.currency, x.bound, period, x.change_pct, x.status)))
    return sorted(out, key=repr)


def want(expected: list[tuple]) -> list[tuple]:
    return sorted((_row(e) for e in expected), key=repr)


def attach_test(groups: dict, missed: dict):
    @pytest.mark.parametrize("text, published, expected", grouped_params(groups, missed))
    def test_attached(text, published, expected):
        assert got(text, published) == want(expected)

    return test_attached


def attach_verdict(text: str, published: str, expected: list[tuple]) -> str:
    """The first error class of a case, paired the way error_classes.py pairs them."""
    out, exp = got(text, published), want(expected)
    if out == exp:
        return "right"
    left, worst = list(out), ""
    for e in exp:
        same = [g for g in left if g[3] == e[3] and (e[3] is not None or g[7] == e[7])]
        if not same:
            return "missing"
        g = next((g for g in same if g[:3] == e[:3]), same[0])
        left.remove(g)
        if g[:3] != e[:3]:
            kind = "wrong places"
        elif g[7] != e[7]:
            kind = "wrong change"
        elif g[6] != e[6]:
            kind = "wrong period"
        elif g != e:
            kind = "other field"
        else:
            continue
        worst = worst or kind
    return worst or "spurious"


# ---------------------------------------------------------------- change (change_pct, bound, status)
CHANGE_PUB = dt.date(2025, 8, 14)


def _change_key(f: tuple) -> tuple:
    return f[0], f[3] is None, f[3] or 0, f[5] is None, f[5] or 0, f[6]


def _change_row(metric, a, b, value, bound, change, status) -> tuple:
    """A turnover's pair unordered, as tests/score_facts.py compares it."""
    if metric == "turnover":
        a, b = sorted((str(a), str(b)))
    return (metric, a, b, None if value is None else round(value, 2), bound,
            None if change is None else round(change, 4), status)


def change_got(text: str) -> list[tuple]:
    return sorted((_change_row(f.metric, f.a, f.b, f.value, f.bound, f.change_pct, f.status)
                   for f in extract(text, CHANGE_PUB)), key=_change_key)


def change_want(expected: list[tuple]) -> list[tuple]:
    return sorted((_change_row(*e) for e in expected), key=_change_key)


def change_test(groups: dict, missed: dict):
    @pytest.mark.parametrize("text, expected", grouped_params(groups, missed))
    def test_change_of_the_fact(text, expected):
        assert change_got(text) == change_want(expected)

    return test_change_of_the_fact


def change_verdict(text: str, expected: list[tuple]) -> str:
    """The first error class of a case: missing, wrong change, spurious, other field, else right."""
    out, exp = change_got(text), change_want(expected)
    if out == exp:
        return "right"
    left = list(out)
    worst = ""
    for e in exp:
        same = [g for g in left if g[0] == e[0] and g[3] == e[3]]
        if not same:
            return "missing"
        g = next((g for g in same if g[5] == e[5]), same[0])
        left.remove(g)
        if g[5] != e[5]:
            worst = "wrong change"
        elif g != e and not worst:
            worst = "other field"
    return worst or "spurious"


# ---------------------------------------------------------------- period (period, base, status)
def period_got(text: str, published: str) -> list[tuple]:
    return sorted(((x.value, x.change_pct, x.period_start and x.period_start.isoformat(),
                    x.period_end and x.period_end.isoformat(), x.status)
                   for x in extract(text, dt.date.fromisoformat(published))), key=repr)


def period_test(groups: dict, missed: dict):
    @pytest.mark.parametrize("text, published, expected", grouped_params(groups, missed))
    def test_period_of_the_fact(text, published, expected):
        assert period_got(text, published) == sorted(expected, key=repr)

    return test_period_of_the_fact


def period_verdict(text: str, published: str, expected: list[tuple]) -> str:
    """The first error class of a case: missing, wrong change, wrong period, spurious, else right."""
    out = period_got(text, published)
    if out == sorted(expected, key=repr):
        return "right"
    left = list(out)
    worst = ""
    for e in expected:
        same = [g for g in left if g[0] == e[0] and (e[0] is not None or g[1] is not None)]
        if not same:
            return "missing"
        g = next((g for g in same if g[1] == e[1]), same[0])
        left.remove(g)
        if g[1] != e[1]:
            worst = "wrong change"
        elif g[2:] != e[2:] and not worst:
            worst = "wrong period"
    return worst or "spurious"


# ---------------------------------------------------------------- status (a target is no reported fact)
def _with_status(text):
    rows = ((*_key(f.metric, f.a, f.b, f.value, f.currency, f.change_pct), f.status) for f in extract(text, PUB))
    return sorted(rows, key=repr)   # repr: a change-only row (value None) beside a valued one of the same pair


def status_test(cases: list):
    @pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"status-{i}")
                                                for i, (t, e) in enumerate(cases)])
    def test_target_status(text, expected):
        assert _with_status(text) == sorted(((*_key(*r[:6]), r[6]) for r in expected), key=repr)

    return test_target_status


# ---------------------------------------------------------------- binding and tables
def merged(parts, name: str):
    """One dict (or list) of a name over a construct's data modules; a group name must not repeat."""
    if name in ("HEADLINES", "SCOPE_HEADLINES", "STATUS"):
        return [case for part in parts for case in getattr(part, name, [])]
    out: dict = {}
    for part in parts:
        for key, value in getattr(part, name, {}).items():
            assert key not in out or name.endswith(("MISSED", "XFAIL")) and out[key] == value, \
                f"{name}: {key!r} repeats"
            out[key] = value
    return out


TABLES = (  # shape, its verdict, the verdict's kinds ("right" first)
    ("RECALL", verdict, ("right", "wrong")),
    ("SCOPE_NEGATIVES", scope_verdict, ("right", "wrong")),
    ("SCOPE_POSITIVES", scope_verdict, ("right", "wrong")),
    ("PRECISION", precision_verdict, ("right", "wrong")),
    ("ATTACH", attach_verdict, ("right", "wrong change", "wrong period", "wrong places", "missing", "spurious",
                                "other field")),
    ("CHANGE", change_verdict, ("right", "wrong change", "missing", "spurious", "other field")),
    ("PERIOD", period_verdict, ("right", "wrong period", "wrong change", "missing", "spurious")),
)


def print_tables(parts) -> None:
    """Each shape's table by group over a construct's data modules, and its headlines' tally."""
    for shape, judge, kinds in TABLES:
        groups = merged(parts, shape)
        if groups:
            print(f"\n{shape}\n" + grid_table(groups, judge, kinds))
    for shape, judge in (("HEADLINES", verdict), ("SCOPE_HEADLINES", scope_verdict)):
        heads = merged(parts, shape)
        if heads:
            right = sum(judge(t, e, title) == "right" for title, t, e in heads)
            print(f"{shape.lower()}: {right} of {len(heads)}")
    plans = merged(parts, "STATUS")
    if plans:
        right = sum(_with_status(t) == sorted((*_key(*r[:6]), r[6]) for r in e) for t, e in plans)
        print(f"status: {right} of {len(plans)}")
