"""One shared pymorphy3 analyzer with cached word lookups (the analyzer is the slow part)."""

from __future__ import annotations

import functools

import pymorphy3

_MORPH = pymorphy3.MorphAnalyzer()


def norm(word: str) -> str:
    """Lower case with ё folded to е, the form every lookup uses.

    >>> norm("Орёл")
    'орел'
    """
    return word.lower().replace("ё", "е")


@functools.lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 offers for a word, plus the word itself.

    >>> "минск" in lemmas("Минском")
    True
    """
    w = norm(word)
    return frozenset({w} | {norm(p.normal_form) for p in _MORPH.parse(w)})


@functools.lru_cache(maxsize=50_000)
def word_forms(word: str) -> frozenset[str]:
    """All inflected forms of a word's lexemes (used to build gazetteer keys at load time)."""
    w = norm(word)
    out = {w}
    for p in _MORPH.parse(w)[:3]:
        out.add(norm(p.normal_form))
        out.update(norm(f.word) for f in p.lexeme)
    return frozenset(out)


@functools.lru_cache(maxsize=200_000)
def tags(word: str) -> tuple[str, ...]:
    """The grammatical tags of each parse of a word, most likely first."""
    return tuple(str(p.tag) for p in _MORPH.parse(norm(word)))


@functools.lru_cache(maxsize=50_000)
def is_known(word: str) -> bool:
    """pymorphy3's dictionary has the word (not guessed from its ending)."""
    return _MORPH.word_is_known(norm(word))


@functools.lru_cache(maxsize=200_000)
def is_future_or_intent(word: str) -> bool:
    """A finite verb in the future tense (составит, превысит): a forecast, not a report. Cached by
    word: the target rules ask it of every word before every figure.

    >>> is_future_or_intent("превысит"), is_future_or_intent("превысил")
    (True, False)
    """
    t = tags(word)
    return bool(t) and "VERB" in t[0] and "futr" in t[0]


@functools.lru_cache(maxsize=200_000)
def is_past_verb(word: str) -> bool:
    t = tags(word)
    return bool(t) and "VERB" in t[0] and "past" in t[0]
