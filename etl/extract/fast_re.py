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


class FastPattern:
    """re.Pattern's search, finditer and findall through the dispatched scan; everything else as re's."""

    def __init__(self, compiled: re.Pattern, scan: re.Pattern):
        self._re, self._scan = compiled, scan
        # Without groups, the scan's own Match answers as re's would (span, text, no groups): it is
        # returned as it is, not read again (only its .re differs: the scan, not the pattern).
        self._bare = compiled.groups == 0

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if not _is_plain(string):
            return self._re.search(string, pos, endpos)
        m = self._scan.search(string, pos, endpos)
        return m if m is None or self._bare else self._re.match(string, m.start(), endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if not _is_plain(string):
            return self._re.finditer(string, pos, endpos)
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


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern | FastPattern:
    """re.compile(pattern, flags), wrapped in a FastPattern when the dispatch applies to it."""
    compiled = re.compile(pattern, flags)
    scan = dispatch_pattern(pattern, flags)
    return compiled if scan is None else FastPattern(compiled, scan)
