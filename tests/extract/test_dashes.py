"""U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2012 FIGURE DASH and U+2015 HORIZONTAL BAR read as
the dashes the rules spell (etl/extract/dashes.py), with each quote cut from the text as written.

Sentences composed for this test. Before etl/extract/dashes.py, 9 of the 16 (text, dash) fact cases
gave other facts than the same text with the dash the rules spell (a range read as one value, a
month span or a change lost); the 6 event cases already agreed (the date rule spells U+2010–U+2012)
and stay as a guard.
"""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract import extract, extract_article, extract_events
from etl.extract.dashes import plain_dashes

PUB = dt.date(2025, 7, 14)

# Texts with "{d}" where a writer puts a dash.
FACT_TEXTS = [
    "Товарооборот Гродненской области с Москвой в 2024 году составил 1,2{d}1,4 млрд долларов.",
    "В январе{d}мае товарооборот Минской области с Татарстаном вырос на 12,5 % и достиг "
    "«почти 300 млн долларов».",
    "Экспорт Брестской области в Калужскую область за I{d}II кварталы составил 85,3\u00a0млн долларов.",
    "Товарооборот Витебской области и Псковской области {d} 410 млн долларов за 2024 год, рост {d} 7 %.",
]
EVENT_TEXTS = [
    "13{d}14 мая делегация Омской области посетила Могилёв, где губернатор встретился "
    "с председателем облисполкома.",
    "Делегация Гомельской области побывала в Челябинске 3{d}5 июня и подписала соглашение о "
    "сотрудничестве.",
]
DASHES = ["\u2010", "\u2011", "\u2012", "\u2015"]


def _plain(items):
    return [{k: v for k, v in it.to_dict().items() if k != "quote"} for it in items]


@pytest.mark.parametrize("template", FACT_TEXTS)
@pytest.mark.parametrize("dash", DASHES)
def test_facts_read_unspelled_dashes_as_spelled_ones(template, dash):
    written = template.format(d=dash)
    expected = extract(template.format(d=plain_dashes(dash)), PUB)
    got = extract(written, PUB)
    assert expected, "the plain-dash sentence must give a fact, or the case tests nothing"
    assert _plain(got) == _plain(expected)
    for f in got:
        assert f.quote == written[f.quote_start:f.quote_end]   # the source's own characters


@pytest.mark.parametrize("template", EVENT_TEXTS)
@pytest.mark.parametrize("dash", DASHES[:3])
def test_events_read_unspelled_dashes_as_spelled_ones(template, dash):
    written = template.format(d=dash)
    expected = extract_events(template.format(d=plain_dashes(dash)), PUB)
    got = extract_events(written, PUB)
    assert expected
    assert _plain(got) == _plain(expected)
    assert all(e.quote == written[e.quote_start:e.quote_end] and dash in e.quote for e in got)
    facts, events = extract_article(written, PUB)
    assert _plain(events) == _plain(expected)


def test_what_the_unspelled_dashes_mean():
    """The readings themselves, with a non-breaking hyphen: a range is two bounds, a month span is
    the period, a visit's two days are its dates."""
    nb = "\u2011"
    rng = extract(FACT_TEXTS[0].format(d=nb), PUB)
    assert sorted((f.value, f.bound) for f in rng) == [(1.2e9, "gt"), (1.4e9, "lt")]
    span = extract(FACT_TEXTS[1].format(d=nb), PUB)
    assert [(f.period_start, f.period_end, f.change_pct) for f in span] == [
        (dt.date(2025, 1, 1), dt.date(2025, 5, 31), 12.5)]
    visits = [e for e in extract_events(EVENT_TEXTS[0].format(d=nb), PUB) if e.type == "visit"]
    assert [(e.date_start, e.date_end) for e in visits] == [(dt.date(2025, 5, 13), dt.date(2025, 5, 14))]


def test_plain_dashes_keeps_length_and_leaves_other_text_alone():
    text = "январь\u2011май ‒ 1\u20102 ― итог — «да» − нет"
    out = plain_dashes(text)
    assert len(out) == len(text) and out == "январь-май – 1-2 — итог — «да» − нет"
    same = "Минск — Москва, 1,2–1,4 млрд"
    assert plain_dashes(same) is same and plain_dashes(None) is None
