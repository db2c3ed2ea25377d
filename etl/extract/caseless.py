"""Case-insensitive patterns scanned without re.I, for speed, with the same matches.

Python's re.I makes a large alternation two to three times slower: every branch compares
characters case by case. On a text lower-cased once, the pattern compiled without the flag finds
the same matches, provided lower() keeps every offset and pairs cases as re.I does. That holds
for Latin-1, Cyrillic and punctuation (`PLAIN`); a text with any other character (the Kelvin
sign, a dotted İ, an old Cyrillic letter form) is scanned with re.I as before. Each match found
on the lower-cased text is re-read from the original text at the same offset, so callers get the
very Match object re.I would have given them, groups in their original case.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

PLAIN = re.compile(r"[\x00-\xff\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2116\u2212]*")


def lowered(text: str) -> str | None:
    """text.lower() when it is plain (see the module docstring), else None.

    >>> lowered("Рост на 5 %"), lowered("5 \u212a, the Kelvin sign")
    ('рост на 5 %', None)
    """
    return text.lower() if PLAIN.fullmatch(text) else None


def lower_source(pattern: str) -> str:
    """A pattern's source in lower case, group names kept; upper-case escapes (\\S, \\W …) refused.

    >>> lower_source(r"(?P<cur>USD|Br)\\s")
    '(?P<cur>usd|br)\\\\s'
    """
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"an upper-case escape changes meaning in lower case: {pattern!r}")
    parts = re.split(r"(\(\?P<\w+>|\(\?P=\w+\))", pattern)
    return "".join(p if k % 2 else p.lower() for k, p in enumerate(parts))


class CaselessPattern:
    """A case-insensitive pattern: re.I on the text, or its lower-case source on the lower-cased text."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.any_case = re.compile(pattern, re.I)
        self.lower = re.compile(lower_source(pattern))
        if self.lower.groupindex != self.any_case.groupindex:
            raise ValueError(f"group names changed in lower case: {pattern!r}")

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
                 ) -> Iterator[re.Match]:
        """re.I's finditer over `text`; `low` is `lowered(text)` when the caller has it."""
        low = lowered(text) if low is None else low
        if low is None:
            yield from self.any_case.finditer(text, pos, endpos)
            return
        for m in self.lower.finditer(low, pos, endpos):
            yield self.any_case.match(text, m.start(), endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
               ) -> re.Match | None:
        low = lowered(text) if low is None else low
        if low is None:
            return self.any_case.search(text, pos, endpos)
        m = self.lower.search(low, pos, endpos)
        return m and self.any_case.match(text, m.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.any_case.match(text, pos, endpos)
