"""Which countries an article can name at all: a cheap upper bound, read off its words, of the
countries of every place and official the event rules could find in it.

A cooperation event joins two sides of different countries, and the event rules take every side
from a place the place finder reads in the article (in a sentence, the sentences around it, the
headline, or a generic word resolved to one of those) or from an official named without his place
(event_actors.csv); the one exception is a "Форум регионов" with no state named (Belarus and
Russia). So an article whose words can name places of one country at most, and no official of
another, holds no event, and `extract_events` skips it before splitting it into sentences or
looking up a single place: most regional news speaks of one region only. The bound is coarse on
purpose (each gazetteer entry whose words all occur somewhere in the text, in any order), so it can
only let too many articles through, never too few; tests/extract/test_fast_paths.py checks that on
the corpora, and that the bound holds every country find_places reads.
"""

from __future__ import annotations

import functools
import itertools
import re

from etl.extract.actors import actors
from etl.extract.caseless import PLAIN
from etl.extract.char_dispatch import dispatch_pattern
from etl.extract.places import WORD, country_of, gazetteer, lower_keeps_words, region_adjectives


@functools.cache
def _entries_by_key() -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Normalised first word → (countries, forms of each later word) of every gazetteer entry that
    word can open with a code: those read in any case, and those read only when the text writes the
    word with a capital letter. A region's adjective also stands for the region of that adjective
    ("Минский облисполком": the oblast, not the city), so both count."""
    plain: dict[str, list] = {}
    cased: dict[str, list] = {}
    adjectives = region_adjectives()
    for key, entries in gazetteer().items():
        for e in entries:
            codes = [c for c in e.code.split("+") if c]
            if e.source == "adj" and key in adjectives:
                codes.append(adjectives[key][0])
            if codes:
                target = cased if e.cased or e.exact else plain
                target.setdefault(key, []).append((frozenset(map(country_of, codes)), e.words[1:]))
    return {k: tuple(v) for k, v in plain.items()}, {k: tuple(v) for k, v in cased.items()}


@functools.cache
def _key_sets() -> tuple[frozenset[str], frozenset[str]]:
    plain, cased = _entries_by_key()
    return frozenset(plain), frozenset(cased)


# A text of these characters only has no letter but WORD's (a lower-cased text, ё folded).
_COMMON = re.compile(r"[a-zа-я0-9\s.,;:!?()«»\"'%$№—–\-]*")


def words_of(low: str) -> set[str]:
    """At least every WORD word of `low` (a text lower-cased with ё folded, with the text's words).
    Splitting at white space costs a third less than WORD.findall: when the text holds no letter WORD
    does not read, a piece of letters only is one WORD word, and WORD reads the pieces holding other
    characters (punctuation, digits, hyphens). Those pieces stay in the set too: no gazetteer key
    holds a non-letter, so they widen nothing."""
    if not _COMMON.fullmatch(low):
        return set(WORD.findall(low))   # "київ": WORD splits a word at a letter it does not read
    pieces = set(low.split())
    mixed = list(itertools.filterfalse(str.isalpha, pieces))
    if mixed:
        pieces.update(WORD.findall(" ".join(mixed)))
    return pieces


def _capitalised(text: str, low: str, key: str) -> bool:
    """`key` occurs in the text with a capital first letter (anywhere: a word start or not)."""
    i = low.find(key)
    while i >= 0:
        if text[i].isupper():
            return True
        i = low.find(key, i + 1)
    return False


def _add(found: set[str], entries: tuple, words: set[str]) -> None:
    """The countries of the entries whose later words all occur somewhere in the text too."""
    for countries, rest in entries:
        if all(not forms.isdisjoint(words) for forms in rest):
            found |= countries


def place_countries(text: str, low: str, found: set[str], enough: int = 2) -> None:
    """Add to `found` at least the countries of the places find_places can read in any sentence of
    `text` (`low`: its lower case with ё folded, with the same words), stopping at `enough`."""
    plain, cased = _entries_by_key()
    plain_keys, cased_keys = _key_sets()
    words = words_of(low)
    for key in words & plain_keys:
        _add(found, plain[key], words)
        if len(found) >= enough:
            return
    for key in words & cased_keys:
        if _capitalised(text, low, key):
            _add(found, cased[key], words)
            if len(found) >= enough:
                return


@functools.cache
def _actor_scan() -> tuple[re.Pattern, dict[str, str]]:
    """The officials of event_actors.csv as one plain alternation, scanned in C from their first
    letters, and name → country. event_sides reads a name only at a word's start; this scan reads
    names anywhere, so it finds every one of those unless a match could cover a word start where
    another name begins ("Си Цзиньпин" would hide a name opening "Цзиньпин…"): then event_sides' own
    pattern is used."""
    rx, codes = actors()
    names = sorted(codes, key=len, reverse=True)
    countries = {n: country_of(c) for n, c in codes.items()}
    if any(_hides(a, b) for a in names for b in names):
        return rx, countries
    return re.compile("|".join(re.escape(n) for n in names)), countries


def _hides(a: str, b: str) -> bool:
    """A match of name `a` runs over a word start (after a non-letter) where name `b` could begin."""
    return any(not _CYRILLIC.match(a[j - 1]) and (a[j:].startswith(b) or b.startswith(a[j:])) for j in range(1, len(a)))


_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")   # what event_sides' lookbehind refuses before a name


def may_hold_event(text: str, low: str, title: str | None) -> bool:
    """False when no event rule can find two sides of different countries in the article (see the
    module docstring); `low` is text.lower()."""
    if "форум" in low and "регионов" in low:
        return True   # "Форум регионов" alone: of Belarus and Russia (event_pair.OF_REGIONS)
    if not lower_keeps_words(text) or (title and not lower_keeps_words(title)):
        return True   # (never seen in news: the bound is not worked out for such text)
    found: set[str] = set()
    place_countries(text, low.replace("ё", "е"), found)
    if title and len(found) < 2:
        place_countries(title, title.lower().replace("ё", "е"), found)
    if len(found) < 2:
        rx, actors = _actor_scan()
        for m in rx.finditer(text):
            found.add(actors[m.group("n") if m.re.groups else m.group()])   # event_sides' pattern names it "n"
            if len(found) >= 2:
                break
    if len(found) < 2 and ("аким" in low or "хоким" in low):   # the words every local title holds
        from etl.extract.event_sides import titled_states

        found |= titled_states(text)   # "аким Шымкента": a local official of a state, his place unlisted
    # "Губернатор Курской области встретился с послом России": a diplomat is a side of his state beside
    # a region of it (events.side_keys), so one country can hold an event when a diplomat is named
    return len(found) >= 2 or len(found) == 1 and names_diplomat(low)


DIPLOMAT_WORD = re.compile(r"(?<![а-яё])(?:посол|посл(?:а|у|ом|ы|ов|ам|ами|ах)(?![а-яё])|посольств|дипломат|консул|"
                            r"генконсул|дипмисси)")
# Most articles name one country: DIPLOMAT_WORD is then searched over the whole article, and as it opens
# with a lookbehind the engine tries it at every character. Its dispatched scan (char_dispatch) finds
# the same matches on plain text in a third of the time (a fifth of may_hold_event's time on the feed).
_DIPLOMAT_SCAN = dispatch_pattern(DIPLOMAT_WORD.pattern, DIPLOMAT_WORD.flags)


def names_diplomat(low: str) -> bool:
    """DIPLOMAT_WORD occurs in `low` (a lower-cased text)."""
    if _DIPLOMAT_SCAN is not None and PLAIN.fullmatch(low):
        return _DIPLOMAT_SCAN.search(low) is not None
    return DIPLOMAT_WORD.search(low) is not None
