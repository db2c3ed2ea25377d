"""`fast_compile`: re.compile with the same answers, found faster on plain text by a dispatched scan.

The rules' keyword patterns open with a lookbehind and ignore case ("(?<![а-яё])(?:инвест\\w*|…)",
re.I): the regex engine then tries them at every position of a sentence, 50–100 ns a character.
`etl/extract/char_dispatch.py` rewrites such a pattern so that the engine skips to the positions
where one of its first characters stands; this wrapper finds where a match starts with that scan
and reads the match itself with the original pattern at that position, so callers get the very
Match object re.compile's pattern would give (groups included; only its .pos, unused by the rules,
is its start; a case-sensitive pattern without groups gets the scan's Match, the same span and
text). A pattern that ignores case is scanned, as `caseless.CaselessPattern` is, without re.I on the
lower-cased text (re.I compares every character case by case, slow on Cyrillic). The rewrite is
exact on plain text (`caseless.PLAIN`: Latin-1, Cyrillic, punctuation); any other text is scanned
by the original.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from etl.extract.caseless import PLAIN, lower_source, required_words
from etl.extract.char_dispatch import dispatch_pattern, started_finditer, started_search, word_start_scan

# The lower case of the plain texts asked about lately (None: not plain), by value: the rules ask
# about one sentence, its segments and its windows again and again, often as new but equal strings
# (a sentence sliced anew). Emptied when full, so it holds one article's worth at most.
_LOWER_SEEN: dict[str, str | None] = {}
_LOWER_SEEN_MAX = 256


def plain_lower(text: str) -> str | None:
    """text.lower() when the text is plain, else None."""
    low = _LOWER_SEEN.get(text, _UNSEEN)
    if low is _UNSEEN:
        if len(_LOWER_SEEN) >= _LOWER_SEEN_MAX:
            _LOWER_SEEN.clear()
        low = _LOWER_SEEN[text] = text.lower() if PLAIN.fullmatch(text) else None
    return low


_UNSEEN = object()


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

    def __init__(self, compiled: re.Pattern, scan: re.Pattern, needs: tuple[str, ...] | None = None,
                 on_lower: bool = False, starts: re.Pattern | None = None):
        self._re, self._scan = compiled, scan
        # A pattern opening with `(?<![C])` over all of it may find its matches by `starts`
        # (char_dispatch.word_start_scan): a character outside C, then the rest; see _first.
        self._starts = starts
        self._on_lower = on_lower   # the scan reads the lower-cased text (a pattern ignoring case)
        # Without groups, the scan's own Match of the text answers as re's would (span, text, no
        # groups): it is returned as it is, not read again (only its .re differs: the scan).
        self._bare = compiled.groups == 0 and not on_lower
        self.needs = needs
        self._holds: dict[str, bool] = {}
        # The rules call search and finditer ~600 times an article: each is the method below written as a
        # closure over what it reads (the same steps, without the attribute look-ups and the bound-method call).
        self.search, self.finditer = _bound_search(self), _bound_finditer(self)

    def _may_match(self, string: str, low: str) -> bool:
        """False when the (plain) text, lower-cased `low`, holds none of the needed words: no match
        anywhere in it."""
        if self.needs is None:
            return True
        holds = self._holds.get(string)
        if holds is None:
            if len(self._holds) >= _HOLDS_MAX:
                self._holds.clear()
            holds = self._holds[string] = any(map(low.__contains__, self.needs))
        return holds

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        # plain_lower and _may_match, their remembered answers read inline: a rule asks ~400 window
        # searches per article, and two Python calls each were a third of a short search's time.
        low = _LOWER_SEEN.get(string)
        if low is None and (low := plain_lower(string)) is None:
            return self._re.search(string, pos, endpos)
        if self.needs is not None and not self._holds.get(string) and not self._may_match(string, low):
            return None
        m = self._scan.search(low if self._on_lower else string, pos, endpos)
        return m if m is None or self._bare else self._re.match(string, m.start(), endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        low = _LOWER_SEEN.get(string)   # (inline as in search)
        if low is None and (low := plain_lower(string)) is None:
            return self._re.finditer(string, pos, endpos)
        if self.needs is not None and not self._holds.get(string) and not self._may_match(string, low):
            return iter(())
        if self._bare:
            return self._scan.finditer(string, pos, endpos)
        scanned = self._scan.finditer(low if self._on_lower else string, pos, endpos)
        return (self._re.match(string, m.start(), endpos) for m in scanned)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self._re.groups:   # findall gives the groups then: left to re
            return self._re.findall(string, pos, endpos)
        return [m.group() for m in self.finditer(string, pos, endpos)]

    def __getattr__(self, name: str):
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"fast_compile({self._re.pattern!r}, {self._re.flags!r})"


def _first(p: FastPattern):
    """scan.search, through the pattern's word-start scan when it has one (char_dispatch.started_search)."""
    return p._scan.search if p._starts is None else started_search(p._scan, p._starts)


def _bound_search(p: FastPattern):
    """FastPattern.search for one pattern, the same steps (and a shorter path for a pattern with no
    word gate whose scan's Match is the answer)."""
    lower_get, scan_search, re_search, re_match = _LOWER_SEEN.get, _first(p), p._re.search, p._re.match
    needs, holds_get, may_match, on_lower, bare = p.needs, p._holds.get, p._may_match, p._on_lower, p._bare

    if needs is None and bare:
        def search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
            if lower_get(string) is None and plain_lower(string) is None:
                return re_search(string, pos, endpos)
            return scan_search(string, pos, endpos)
        return search

    def search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:   # noqa: F811
        low = lower_get(string)
        if low is None and (low := plain_lower(string)) is None:
            return re_search(string, pos, endpos)
        if needs is not None and not holds_get(string) and not may_match(string, low):
            return None
        m = scan_search(low if on_lower else string, pos, endpos)
        return m if m is None or bare else re_match(string, m.start(), endpos)
    return search


def _bound_finditer(p: FastPattern):
    """FastPattern.finditer for one pattern, the same steps."""
    lower_get, re_finditer, re_match = _LOWER_SEEN.get, p._re.finditer, p._re.match
    scan_finditer = p._scan.finditer if p._starts is None else started_finditer(_first(p))
    needs, holds_get, may_match, on_lower, bare = p.needs, p._holds.get, p._may_match, p._on_lower, p._bare

    def finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        low = lower_get(string)
        if low is None and (low := plain_lower(string)) is None:
            return re_finditer(string, pos, endpos)
        if needs is not None and not holds_get(string) and not may_match(string, low):
            return iter(())
        if bare:
            return scan_finditer(string, pos, endpos)
        scanned = scan_finditer(low if on_lower else string, pos, endpos)
        return (re_match(string, m.start(), endpos) for m in scanned)
    return finditer


def fast_compile(pattern: str, flags: int = 0, word_gate: bool = False, word_start: bool = False
                 ) -> re.Pattern | FastPattern:
    """re.compile(pattern, flags), wrapped in a FastPattern when the dispatch applies to it; with
    `word_gate`, one that first asks whether the text holds a word every match needs; with
    `word_start`, one that finds its matches after a character outside its opening lookbehind's class
    (char_dispatch.word_start_scan) where the pattern opens so."""
    compiled = re.compile(pattern, flags)
    needs = _needed_words(pattern) if word_gate else None
    if flags & re.IGNORECASE and (scan := _lower_scan(pattern, flags)) is not None:
        starts = _starts(lower_source(pattern), int(flags) & ~int(re.IGNORECASE)) if word_start else None
        return FastPattern(compiled, scan, needs, on_lower=True, starts=starts)
    scan = dispatch_pattern(pattern, flags)
    starts = _starts(pattern, flags) if word_start and scan is not None else None
    return compiled if scan is None else FastPattern(compiled, scan, needs, starts=starts)


def _starts(source: str, flags: int) -> re.Pattern | None:
    try:
        return word_start_scan(source, int(flags) & ~int(re.UNICODE))
    except ValueError:
        return None


def _lower_scan(pattern: str, flags: int) -> re.Pattern | None:
    """The dispatched scan of a pattern ignoring case, for the lower-cased text: its lower-case
    source without re.I (None where that source would mean something else: caseless.lower_source)."""
    try:
        return dispatch_pattern(lower_source(pattern), int(flags) & ~int(re.IGNORECASE))
    except ValueError:
        return None
