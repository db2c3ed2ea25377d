"""A change against a base other than the same period a year earlier says so in its notes.

"в 2024 году … 5,1 млрд, что на 18 % больше, чем в 2019 году" is a change over five years: charted as
year-on-year growth, or turned into a 2023 level of 5,1 / 1,18, it would be a number nobody reported.
The fact keeps its change (FORMAT.md); its notes name the base, and the warehouse neither derives a
previous-year level from it nor puts it in the year-on-year growth series (tests/warehouse).

Composed for this rule before it was written, published 2025-12-01: 12 cases, 6 passed before
(every year-on-year case: none had a note to lose), 12 after. Then 5 cases of two changes in a
sentence and of a change stated in the next sentence, written against the first version: 2 of them
passed it, 5 the final one.
"""

import datetime as dt

import pytest

from etl.change_notes import year_on_year
from etl.extract import extract_facts

PUBLISHED = dt.date(2025, 12, 1)
NBSP = "\u00a0"

# (text, value, change_pct, base year named in the note or None for a year-on-year change)
CASES = [
    ("В 2024 году товарооборот Гомельской области с Россией составил 5,1 млрд долларов, что на 18 % больше, "
     "чем в 2019 году.", 5.1e9, 18.0, 2019),
    ("По итогам 2023 года товарооборот Витебской области с Китаем достиг 410 млн долларов и вырос по сравнению "
     "с 2021 годом в 1,5 раза.", 410e6, 50.0, 2021),
    (f"Товарооборот Гродненской области с Псковской областью в 2024 году составил 120{NBSP}млн долларов "
     "(рост на 7 % к уровню 2022 года).", 120e6, 7.0, 2022),
    ("В 2025 году товарооборот Минска с Москвой превысил 3 млрд долларов \u2014 это вдвое больше, чем в 2020-м.",
     3e9, 100.0, 2020),
    ("Товарооборот Минской области с Россией в 2023 году составил 1,2 млрд долларов, увеличившись по сравнению "
     "с 2019 годом на 40 %.", 1.2e9, 40.0, 2019),
    ("За январь\u2013июнь 2025 года экспорт Минской области в Узбекистан составил 60 млн долларов, превысив "
     "показатель аналогичного периода 2023 года на 30 %.", 60e6, 30.0, 2023),
    # year-on-year: no note
    ("В 2024 году товарооборот Брестской области с Казахстаном вырос на 12 % по сравнению с 2023 годом и "
     "составил 95 млн долларов.", 95e6, 12.0, None),
    ("За девять месяцев 2025 года товарооборот Гомельской области с Брянской областью составил 250 млн "
     "долларов, что на 9,5 % выше уровня января\u2013сентября 2024 года.", 250e6, 9.5, None),
    ("В 2024 году экспорт Могилевской области в Казахстан вырос на 14,2 % и составил 88 млн долларов.",
     88e6, 14.2, None),
    ("Товарооборот Витебской области с Ленинградской областью в январе\u2013октябре составил 310 млн "
     "долларов, или 104,5 % к уровню аналогичного периода прошлого года.", 310e6, 4.5, None),
    ("В 2024 году товарооборот Брестской области с Москвой составил 1,1 млрд долларов, увеличившись на 6 % "
     "относительно 2023 года.", 1.1e9, 6.0, None),
    ("По итогам 2024 года товарооборот Гомельской области с Татарстаном составил 205 млн долларов "
     "(+11 % к 2023 году).", 205e6, 11.0, None),
]


@pytest.mark.parametrize("text,value,change,base", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_the_change_names_a_base_other_than_a_year_earlier(text, value, change, base):
    facts = [f for f in extract_facts(text, PUBLISHED, None) if f.value == pytest.approx(value)]
    assert len(facts) == 1, facts
    fact = facts[0]
    assert fact.change_pct == pytest.approx(change)
    assert year_on_year(fact.notes) is (base is None), fact.notes
    if base is not None:
        assert str(base) in fact.notes


def test_a_change_over_a_closed_span_of_years_is_not_year_on_year():
    text = ("С 2020 по 2024 год товарооборот Могилевской области с Татарстаном вырос на 60 % и составил "
            "300 млн долларов.")
    (fact,) = extract_facts(text, PUBLISHED, None)
    assert fact.change_pct == 60.0 and fact.period_start == dt.date(2024, 1, 1)
    assert not year_on_year(fact.notes)


def test_notes_without_a_change_base_are_year_on_year():
    assert year_on_year("")
    assert year_on_year("currency taken from an earlier amount; period carried from the previous sentence")


# (text, [(change_pct, base year or None)]) for every fact with a change, in order
SEVERAL = [
    ("Товарооборот Гомельской области с Брянской областью в 2024 году составил 300 млн долларов, увеличившись "
     "на 5 % к 2023 году и вдвое по сравнению с 2019 годом.", [(5.0, None), (100.0, 2019)]),
    ("Товарооборот Гомельской области с Брянской областью в 2024 году вырос на 5 % к 2023 году, а по сравнению "
     "с 2019 годом — вдвое.", [(5.0, None), (100.0, 2019)]),
    ("Товарооборот Гомельской области с Брянской областью в 2024 году по сравнению с 2019 годом вырос на 40 %, "
     "а к 2023 году — на 5 %.", [(40.0, 2019), (5.0, None)]),
    ("В 2024 году экспорт Гомельской области в Брянскую область вырос на 10 %, импорт сократился по сравнению "
     "с 2019 годом на 3 %.", [(10.0, None), (-3.0, 2019)]),
    (f"В 2023 году товарооборот Гомельской области с Брянской областью составил 560{NBSP}млн долларов. Это на "
     "40 % больше, чем в 2019 году.", [(40.0, 2019)]),
]


@pytest.mark.parametrize("text,expected", SEVERAL, ids=[f"s{i}" for i in range(len(SEVERAL))])
def test_each_change_has_its_own_base(text, expected):
    facts = [f for f in extract_facts(text, PUBLISHED, None) if f.change_pct is not None]
    got = [(f.change_pct, None if year_on_year(f.notes) else f.notes) for f in facts]
    assert [c for c, _ in got] == [pytest.approx(c) for c, _ in expected]
    for (_, note), (_, year) in zip(got, expected, strict=True):
        assert (note is None) if year is None else (note is not None and str(year) in note), got
