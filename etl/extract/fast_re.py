"""`fast_compile`: re.compile with the same answers, found faster on plain text by a dispatched scan.

The rules' keyword patterns open with a lookbehind and ignore case ("(?<![а-яё])(?:инвест\\w*|…)",
re.I): the regex engine then tries them at every position of a sentence, 50–100 ns a character.
`etl/extract/char_dispatch.py` rewrites such a pattern so that the engine skips to the positions
where one of its first characters stands; this wrapper finds where a match starts with that scan
and reads the match itself with the original pattern at that position, so callers get the very
Match object re.compile's pattern would give (groups included; only its .pos, unused by the rules,
is its start; a pattern without groups gets the scan's Match, the same span and text). The
rewrite is exact on plain text (`caseless.PLAIN`: Latin-1, Cyrillic, punctuation); any other text
is scanned by the original.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from etl.extract.caseless import lower_source, lowered, required_words
from etl.extract.char_dispatch import dispatch_pattern

_PLAIN = re.compile(r"[\x00-\xff\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2116\u2212]*")
# The answers for the texts asked about lately, by value: the rules ask about one sentence, its
# segments and its windows again and again, often as new but equal strings (a sentence sliced
# anew). Emptied when full, so it holds one article's worth at most.
_PLAIN_SEEN: dict[str, bool] = {}
_PLAIN_SEEN_MAX = 256


def _is_plain(text: str) -> bool:
    plain = _PLAIN_SEEN.get(text)
    if plain is None:
        if len(_PLAIN_SEEN) >= _PLAIN_SEEN_MAX:
            _PLAIN_SEEN.clear()
        plain = _PLAIN_SEEN[text] = _PLAIN.fullmatch(text) is not None
    return plain


def _needed_words(pattern: str) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of the pattern holds (caseless.required_words; a
    lookaround's words are not counted, they are not part of the match), or None."""
    try:
        return required_words(lower_source(pattern), most=_MOST_WORDS)
    except (re.error, ValueError, TypeError):
        return None


# The texts a word-gated pattern remembers: the windows of one sentence are asked about together.
_HOLDS_MAX = 32

# The word test runs once per text for all the window searches of that text (a rule scans windows of
# one sentence again and again), so a pattern may need more words than a one-off scan's dozen.
_MOST_WORDS = 40


class FastPattern:
    """re.Pattern's search, finditer and findall through the dispatched scan; everything else as re's.

    Plain text that holds none of the words every match needs (`needs`, in lower case) is answered
    "no match" without a scan: a rule searches windows of one sentence again and again, and whether
    the sentence holds the words is tested once (`_holds`, by text, emptied when full). On plain
    text lower() keeps every offset and pairs cases as re.I does (caseless.py), so a match, ignoring
    case or not, holds its word in the lower-cased text."""

    def __init__(self, compiled: re.Pattern, scan: re.Pattern, needs: tuple[str, ...] | None = None):
        self._re, self._scan = compiled, scan
        # Without groups, the scan's own Match answers as re's would (span, text, no groups): it is
        # returned as it is, not read again (only its .re differs: the scan, not the pattern).
        self._bare = compiled.groups == 0
        self.needs = needs
        self._holds: dict[str, bool] = {}

    def _may_match(self, string: str) -> bool:
        """False when the (plain) text holds none of the needed words: no match anywhere in it."""
        if self.needs is None:
            return True
        holds = self._holds.get(string)
        if holds is None:
            if len(self._holds) >= _HOLDS_MAX:
                self._holds.clear()
            low = lowered(string) or string.lower()   # plain here: once per text in a scope, for every pattern
            holds = self._holds[string] = any(map(low.__contains__, self.needs))
        return holds

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        # _is_plain and _may_match, their remembered answers read inline: a rule asks ~400 window
        # searches per article, and two Python calls each were a third of a short search's time.
        plain = _PLAIN_SEEN.get(string)
        if not (_is_plain(string) if plain is None else plain):
            return self._re.search(string, pos, endpos)
        if self.needs is not None and not self._holds.get(string) and not self._may_match(string):
            return None
        m = self._scan.search(string, pos, endpos)
        return m if m is None or self._bare else self._re.match(string, m.start(), endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        plain = _PLAIN_SEEN.get(string)   # (inline as in search)
        if not (_is_plain(string) if plain is None else plain):
            return self._re.finditer(string, pos, endpos)
        if self.needs is not None and not self._holds.get(string) and not self._may_match(string):
            return iter(())
        if self._bare:
            return self._scan.finditer(string, pos, endpos)
        return (self._re.match(string, m.start(), endpos) for m in self._scan.finditer(string, pos, endpos))

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self._re.groups:   # findall gives the groups then: left to re
            return self._re.findall(string, pos, endpos)
        return [m.group() for m in self.finditer(string, pos, endpos)]

    def __getattr__(self, name: str):
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"fast_compile({self._re.pattern!r}, {self._re.flags!r})"


def fast_compile(pattern: str, flags: int = 0, word_gate: bool = False) -> re.Pattern | FastPattern:
    """re.compile(pattern, flags), wrapped in a FastPattern when the dispatch applies to it; with
    `word_gate`, one that first asks whether the text holds a word every match needs."""
    compiled = re.compile(pattern, flags)
    scan = dispatch_pattern(pattern, flags)
    return compiled if scan is None else FastPattern(compiled, scan, _needed_words(pattern) if word_gate else None)
