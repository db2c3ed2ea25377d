"""The extractor's speed shortcuts (issue 11, "Measured") rest on facts about Unicode and the
patterns; each test checks one of them, so a shortcut cannot silently change what is extracted."""

import sys

import pytest

from etl.extract.morph import norm
from etl.extract.places import _ODD_LOWER, WORD, _word_keys


def test_only_the_odd_characters_change_words_when_lower_cased():
    """find_places reads its words off the lower-cased text: that is exact unless the text holds a
    character whose lower case has another length or is a WORD letter where it is none."""
    odd = []
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        low = c.lower()
        if len(low) != 1 or bool(WORD.fullmatch(c)) != bool(WORD.fullmatch(low)):
            odd.append(c)
    assert tuple(odd) == _ODD_LOWER


@pytest.mark.parametrize("text", ["Орёл и Брест", "", "Kelvin \u212a Ёлка", "İstanbul и Минск", "ЁЖ-ёж",
                                  "Минск\u00a0— Москва, Гродно."])
def test_word_keys_are_the_normalised_words(text):
    assert _word_keys(text) == [norm(w) for w in WORD.findall(text)]


def test_stems_found_after_a_break_are_those_looked_behind_for():
    from bench.gen_corpus import generate
    from etl.extract.event_cues import _stem_after_break, _stem_finder
    from tests.extract.score_events_dev import TUNE, load_gold

    texts = [r["text"] for r in load_gold(TUNE).values()] + [a["text"] for a in generate(300)]
    texts += ["визит", "Визит делегации", "", "ф", "1визит", "aвизит", "ёвизит", "делегация-визит"]
    for text in texts:
        low = text.lower()
        fast = ([0] if _stem_finder().match(low) else []) + [m.start(1) for m in _stem_after_break().finditer(low)]
        assert fast == [m.start() for m in _stem_finder().finditer(low)], text
