"""The premise of etl/extract/caseless.py, checked character by character over its PLAIN set."""

import re

import pytest

from etl.extract.caseless import PLAIN, CaselessPattern, lowered

PLAIN_CHARS = [chr(c) for c in range(0x2300) if PLAIN.fullmatch(chr(c))]
CLASSES = [r"[а-яё]", r"[А-ЯЁа-яёA-Za-z]", r"[а-яё\d]", r"[^%.;:]", r"[−–-]", r"[^еи]", r"\w", r"\s", r"\d",
           r"[A-Z]", r"[I]"]


def test_lower_keeps_length_and_plainness():
    assert all(len(c.lower()) == 1 and PLAIN.fullmatch(c.lower()) for c in PLAIN_CHARS)


def test_a_literal_matches_under_re_i_exactly_when_the_lower_cased_characters_are_equal():
    for x in PLAIN_CHARS:
        rx_i, rx = re.compile(re.escape(x), re.I), re.compile(re.escape(x.lower()))
        assert [c for c in PLAIN_CHARS if rx_i.fullmatch(c)] == [c for c in PLAIN_CHARS if rx.fullmatch(c.lower())], x


@pytest.mark.parametrize("cls", CLASSES)
def test_a_class_matches_under_re_i_exactly_as_its_lower_cased_form_on_lower_cased_text(cls):
    rx_i, rx = re.compile(cls, re.I), re.compile(cls.lower() if "\\" not in cls else cls)
    assert [c for c in PLAIN_CHARS if rx_i.fullmatch(c)] == [c for c in PLAIN_CHARS if rx.fullmatch(c.lower())]


@pytest.mark.parametrize("text", ["Рост НА 5 %, USD и Br", "İstanbul: 5 \u212a", "ᲂборот", ""])
def test_matches_are_those_of_re_i_on_plain_and_other_text(text):
    p = CaselessPattern(r"(?P<w>[а-яё]+|usd|br|\d)")
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in re.finditer(p.pattern, text, re.I)]
    assert (lowered(text) is None) == (not PLAIN.fullmatch(text))
