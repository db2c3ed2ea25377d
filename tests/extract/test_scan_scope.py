"""Facts and events share one article's sentence split and place scans (etl/extract/scan_scope.py);
the sharing and the faster scans must not change what either extractor returns."""

import datetime as dt

import pytest

from etl.extract import extract, extract_article, extract_events
from etl.extract.places import find_places
from etl.extract.scan_scope import article_scope, shared_scan
from etl.extract.sentences import _END, _ends, split_sentences
from tests.extract.score_events_dev import TUNE, load_gold

TRICKY = ["a.\n\nB", ". \nX", "x.\n \n Y", "a\n", "\n\n", "Конец. \u00a0Начало", "x!  \n  y", "1.\n2", "... Z",
          "Рост 3,3 млрд. Доля выросла.\nНовая строка", "Он сказал: «Да!» — Так", "т. е. В", "?\u00a0\u00a0«Цитата»"]


@pytest.mark.parametrize("text", TRICKY)
def test_two_scans_find_what_the_one_pattern_finds(text):
    assert _ends(text) == [m.span() for m in _END.finditer(text)]


def test_two_scans_on_the_labelled_passages():
    for row in load_gold(TUNE).values():
        assert _ends(row["text"]) == [m.span() for m in _END.finditer(row["text"])]


def test_a_scan_runs_once_per_text_in_a_scope_and_every_caller_gets_its_own_list():
    calls = []

    @shared_scan
    def scan(text):
        calls.append(text)
        return [len(text)]

    with article_scope():
        first = scan("abc")
        first.append("changed by its caller")
        assert scan("abc") == [3]
        assert scan("de") == [2]
    assert calls == ["abc", "de"]
    scan("abc")   # outside a scope nothing is kept
    with article_scope():
        scan("abc")
    assert calls == ["abc", "de", "abc", "abc"]


def test_the_shared_scans_give_what_fresh_ones_give():
    text = "Делегация Брестской области прибыла в Смоленск. Стороны подписали план мероприятий."
    with article_scope():
        assert find_places(text) == find_places.__wrapped__(text)
        assert split_sentences(text) == split_sentences.__wrapped__(text)


def test_an_article_gives_the_same_facts_and_events_with_and_without_sharing():
    for row in load_gold(TUNE).values():
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        facts, events = extract_article(row["text"], published, row.get("title"))
        assert facts == extract(row["text"], published, row.get("title"))
        assert events == extract_events(row["text"], published, row.get("title"))
