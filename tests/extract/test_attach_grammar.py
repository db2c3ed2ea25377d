"""The right number with the wrong change, period or places (issue 9): a grid of composed sentences
(tests/extract/attach_grid.py, ours, written before the extractor ran on them), each with every fact it
must give, every field compared as tests/score_facts.py compares it (a turnover's pair unordered, periods
by month). tests/data/FORMAT.md; docs/extraction.md, "Periods", "Bound, change, status", "Places".

Composed: 257 cases in eighteen batches, each written before the extractor ran on it (attach_grid.py: 17
change-attach, 10 later changes and spans, 12 periods, 12 places; attach_grid_more.py: 37 longer sentences
of the same constructs, 20 short articles; attach_grid_hard.py: 33 with the other flow's change beside a
value, increments, rarer periods and sides, 13 ways of writing a change; attach_grid_articles.py: 15
articles of three or four sentences, 12 changes of another period or partner, 8 directions, 7 press-office
paragraphs; attach_grid_press.py: 10 statistical releases and interview answers, 10 mixed, 5 officials and 5
of another thing before the flow — those two batches written after their rules, each found on a train-real
error — 5 figures labelled by a dash and a flow, 9 more period phrases, 6 generic sides, 5 listed changes, 6
signs and qualifiers). Passing on the rules before (1.41.107): 227 of 257 (batches 49/51, 35/37, 17/20,
31/33, 13/13, 14/15, 11/12, 8/8, 5/7, 8/10, 10/10, 0/5, 2/5, 2/5, 8/9, 6/6, 2/5, 6/6); after (1.41.108): 255
of 257, the two left strict xfails (MISSED).

Round 2 (attach_grid_round2.py, 2026-12-07): 30 more, written before the extractor ran on them — 10
venues, visits and sides referred back, 12 changes in other orders and comparisons, 8 periods named
elsewhere. Passing before (1.41.109): 27 of 30 (batches 10/10, 11/12, 6/8: "Импорт оказался почти вдвое
меньше" read as −50 %, "во II полугодии" as the first half, "в предыдущем году" after "в 2023 году" from
the publication's year); after (1.41.110): 30 of 30. Batches B (23: changes told by anaphora and other
spans, sides and partners, more period words) and C (19: visits and a region's total, interviews, growth
indices, increments, periods in the next sentence) passed 23/23 and 19/19 on 1.41.109 already. Batch D (9:
a side's total before the part the sentence names the partner for, four of them guards): 4 of 9 on 1.41.109
(the five totals took the running pair), 9 of 9 after its rule (sentence_rules.drop_totals_before_parts).
Batch E (11: flows compared in one sentence — "импорт — втрое меньше", "превысил импорт почти вдвое", "меньше
экспорта" — and a list of owners before a colon; six of them guards, one written after bench.extract_digest
showed a base year earlier in the sentence): 5 of 11 on 1.41.109, 11 of 11 after.
Batch F (5: "за этот период" pointing back to the previous sentence past a later clause's year, three
guards, one known miss): 3 of 5 on 1.41.109, 4 of 5 after (the miss a strict xfail, MISSED).
Batch G (3: a relative year with "году" left out before a verb, "а в позапрошлом составлял 80 млн"; "в
предыдущем году" in the next sentence): 0 of 3 on 1.41.109, 3 of 3 after.
Round 2 in all: 81 of 100 before (1.41.109), 99 of 100 after.

`python -m tests.extract.test_attach_grammar` prints the table by construct (right / wrong change /
wrong period / wrong places / missing / spurious / other field)."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.attach_grid import GROUPS as FIRST
from tests.extract.attach_grid_articles import CHANGE_SPLITS, CONTEXT_ARTICLES, DIRECTIONS, PARAGRAPHS
from tests.extract.attach_grid_hard import CHANGE_FORMS, HARD_GROUPS
from tests.extract.attach_grid_more import ARTICLE_GROUPS, MORE_GROUPS
from tests.extract.attach_grid_press import (
    GENERICS,
    LABELS,
    LISTED,
    MIXED,
    OFFICIALS,
    PERIODS_MORE,
    PRESS,
    SIGNS,
    SUBJECTS,
)
from tests.extract.attach_grid_round2 import ROUND2, ROUND2_B, ROUND2_C, ROUND2_D, ROUND2_E, ROUND2_F, ROUND2_G
from tests.extract.rules_helpers import grid_table, grouped_params

GROUPS = {**FIRST, **MORE_GROUPS, **ARTICLE_GROUPS, **HARD_GROUPS, **CHANGE_FORMS, **CONTEXT_ARTICLES,
          **CHANGE_SPLITS, **DIRECTIONS, **PARAGRAPHS, **PRESS, **MIXED, **OFFICIALS, **LABELS, **SUBJECTS,
          **PERIODS_MORE, **GENERICS, **LISTED, **SIGNS, **ROUND2,
          **ROUND2_B, **ROUND2_C, **ROUND2_D, **ROUND2_E,
          **ROUND2_F, **ROUND2_G}
WITHDRAWN = ("rule withdrawn at merge (1.41.109): a person's name giving a side (leaders.csv, the "
             "officials rule) raised validation by two facts but left the held-out confidence worse than a "
             "constant guess (Brier 0.201 vs 0.181); kept on the recall and attach branches")
MISSED: dict[str, str] = {
    "Товарооборот Гомельской области с Брянской и Смоленской областями в 2024 году вырос на 7 % и 12 %.": "two "
    "partners and two changes listed without 'соответственно' are not paired in order: one fact, the wrong change",
    "Экспорт Брестской области в Узбекистан в 2024 году составил 19 млн": "a second change against an older "
    "base ('и в 2,5 раза больше, чем в 2020 году') after the value's own change stays a change-only fact of "
    "the value's year; FORMAT.md lets a change over several years be a fact of its own, so it is left",
    "Посол Вьетнама в Беларуси дал интервью": "'нашей страны' in an ambassador's words resolves to the most "
    "recent country named ('в Беларуси', his posting), not the one he represents; a rule reading the side from "
    "the speaker's title is of the kind withdrawn at 1.41.109 (an official giving a side), so it is left",
    **dict.fromkeys(("На встрече с председателем Гродненского облисполкома Владими",
                     "Касым-Жомарт Токаев принял губернатора Омской области. Сторо",
                     "Губернатор Брянской области доложил Лукашенко, что взаимный ",
                     "Александр Лукашенко провел переговоры с главой Татарстана. П",
                     "Мирзиёев встретился с губернатором Самарской области. Взаимн"), WITHDRAWN),
}


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


@pytest.mark.parametrize("text, published, expected", grouped_params(GROUPS, MISSED))
def test_attach_grammar(text, published, expected):
    assert got(text, published) == want(expected)


def verdict(text: str, published: str, expected: list[tuple]) -> str:
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


def table(groups: dict | None = None) -> str:
    """Each group's cases by verdict (this grid's, or another grid of (text, published, expected) cases)."""
    groups = GROUPS if groups is None else groups
    return grid_table({g: [(c[0], c[1], c[2]) for c in cases] for g, cases in groups.items()}, verdict,
                      ("right", "wrong change", "wrong period", "wrong places", "missing", "spurious",
                       "other field"))


if __name__ == "__main__":
    print(table())
