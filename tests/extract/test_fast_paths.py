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
