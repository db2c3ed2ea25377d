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
from re import _compiler as sre_compiler
from re import _constants as sre_c
from re import _parser as sre_parse

from etl.extract.char_dispatch import dispatch_pattern, started_finditer, started_search, word_start_scan
from etl.extract.scan_scope import once_per_text

PLAIN = re.compile(r"[\x00-\xff\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2116\u2212]*")


def lowered(text: str) -> str | None:
    """text.lower() when it is plain (see the module docstring), else None. The money, change,
    metric and period scans all ask it of the same sentence: inside an article scope it is computed
    once per text (a pure function of the text; scan_scope.py).

    >>> lowered("Рост на 5 %"), lowered("5 \u212a, the Kelvin sign")
    ('рост на 5 %', None)
    """
    return once_per_text(_plain_lower, text)


def _plain_lower(text: str) -> str | None:
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


def _leading_lookbehinds(items) -> list | None:
    """The negative one-character lookbehinds every branch of a parsed pattern opens with, or None
    when some branch opens otherwise."""
    if not items:
        return None
    op, av = items[0]
    if op is sre_c.ASSERT_NOT and av[0] == -1:
        return [av[1]]
    if op is sre_c.SUBPATTERN and not av[1] and not av[2]:   # a group without flags of its own
        return _leading_lookbehinds(av[3])
    if op is sre_c.BRANCH:
        found = [_leading_lookbehinds(alt) for alt in av[1]]
        return None if any(f is None for f in found) else [x for f in found for x in f]
    return None


_LOOKBEHIND = re.compile(r"\(\?<!\[((?:\\.|[^\]\\^])(?:\\.|[^\]\\])*)\]\)")


def after_break(source: str) -> re.Pattern | None:
    """For a pattern of several branches whose every match starts after a character outside a class
    C (or at the text's start), written as `(?<![C])` opening each branch ("(?<![а-яё])экспорт|…"):
    the pattern behind one consumed character of [^C]. It finds the same matches from position 1
    on, one character earlier, but starts with a character class the regex engine skips to in C,
    instead of trying the lookbehind once per branch at every position (for one branch the skip
    saves about what it costs: measured, so not done). None for any other pattern (or one that can
    match nothing)."""
    try:
        parsed = sre_parse.parse(source)
        heads = _leading_lookbehinds(parsed.data)
        cls = _LOOKBEHIND.search(source)
        if not heads or len(heads) < 2 or cls is None or parsed.getwidth()[0] == 0:
            return None
        head = sre_parse.parse(f"[{cls.group(1)}]").data
        if any(h.data != head or h.getwidth() != (1, 1) for h in heads):
            return None
        return re.compile(f"[^{cls.group(1)}](?:{source})")
    except (re.error, IndexError, TypeError):
        return None


class _Opaque(Exception):
    """A construct first_chars does not look into."""


def _first_of_sequence(items) -> tuple[set, bool]:
    """(what the first character of a match of a parsed sequence can be, whether it can match
    nothing)."""
    found: set = set()
    for op, av in items:
        first, empty = _first_of_item(op, av)
        found |= first
        if not empty:
            return found, False
    return found, True


_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_WORD: r"\w"}


def _first_of_item(op, av) -> tuple[set, bool]:
    if op is sre_c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre_c.CATEGORY and av in _CATEGORIES:
        return {_CATEGORIES[av]}, False
    if op is sre_c.IN:
        first: set = set()
        for o, a in av:
            if o is sre_c.LITERAL:
                first.add(re.escape(chr(a)))
            elif o is sre_c.RANGE:
                first.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif o is sre_c.CATEGORY and a in _CATEGORIES:
                first.add(_CATEGORIES[a])
            else:
                raise _Opaque   # a negated class, another category
        return first, False
    if op is sre_c.BRANCH:
        parts = [_first_of_sequence(alt) for alt in av[1]]
        return set().union(*(f for f, _ in parts)), any(e for _, e in parts)
    if op is sre_c.SUBPATTERN and not av[1] and not av[2]:
        return _first_of_sequence(av[3])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        first, empty = _first_of_sequence(av[2])
        return first, empty or av[0] == 0
    if op is sre_c.ATOMIC_GROUP:
        return _first_of_sequence(av)
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
        return set(), True   # takes no character
    raise _Opaque


_ENTERED = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.SUBPATTERN)


def _opens_entered(items) -> bool:
    """Some branch opens with a repeat or a group, which the engine enters at every position (a
    branch opening with a letter it rejects at once)."""
    op, av = items[0]
    if op is sre_c.BRANCH:
        return any(alt and alt[0][0] in _ENTERED for alt in av[1])
    return op in _ENTERED


def first_chars(source: str) -> re.Pattern | None:
    """The pattern behind a lookahead for the characters its matches can start with, where branches
    open with an optional qualifier or a group ("(?:почти\\s+)?на\\s+…", "(?P<num>…)"): those are
    then not entered at the many positions where no match can start. None when the regex engine has
    a prefix of its own, when no branch opens so, when the branches open with a lookbehind (cheap to
    fail on already: measured), or when the first characters cannot be told."""
    try:
        parsed = sre_parse.parse(source)
        if parsed.state.flags & ~re.UNICODE or not parsed.data or not _opens_entered(parsed.data) \
                or _leading_lookbehinds(parsed.data) is not None:
            return None
        if sre_compiler._get_literal_prefix(parsed, 0)[0] or sre_compiler._get_charset_prefix(parsed, 0):
            return None
        first, empty = _first_of_sequence(parsed.data)
        if empty or not first:
            return None
        return re.compile(f"(?=[{''.join(sorted(first))}])(?:{source})")
    except (_Opaque, re.error, AttributeError, TypeError, IndexError):
        return None


def required_literal(source: str) -> str | None:
    """The longest run of plain characters (3 or more) that every match of the pattern contains, read
    off its top-level sequence ("квартал" of "(?P<ord>…)\\s+квартал\\w*"), or None. A text without it
    has no match, so the scan can be skipped."""
    try:
        parsed = sre_parse.parse(source)
        if parsed.state.flags & ~re.UNICODE:
            return None
        items = list(parsed.data)
    except (re.error, TypeError):
        return None
    best = longest_run(items)
    return best if len(best) >= 3 else None


def longest_run(items) -> str:
    """The longest run of literal characters in a parsed sequence (every match of it holds the run)."""
    runs, run = [""], ""
    for op, av in items:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        runs.append(run)
        run = ""
    runs.append(run)
    return max(runs, key=len)


def _shortest(words: frozenset[str] | None) -> tuple[int, float]:
    """How selective a set of needed words is: its shortest word's length, then their mean length."""
    return (min(map(len, words)), sum(map(len, words)) / len(words)) if words else (0, 0.0)


def _needed(items) -> frozenset[str] | None:
    """Words one of which every match of a parsed sequence holds: a run of plain characters, or one
    run per alternative of a group it must pass through; the set whose shortest word is longest."""
    best, run = None, ""
    for op, av in list(items) + [(None, None)]:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if _shortest(frozenset({run})) > _shortest(best):
            best = frozenset({run})
        run, found = "", None
        if op is sre_c.SUBPATTERN and not av[1] and not av[2]:
            found = _needed(av[3])
        elif op is sre_c.BRANCH:
            alternatives = [_needed(alt) for alt in av[1]]
            found = frozenset().union(*alternatives) if all(alternatives) else None
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            found = _needed(av[2])
        if _shortest(found) > _shortest(best):
            best = found
    return best


def required_words(source: str, most: int = 12) -> tuple[str, ...] | None:
    """Words (2 characters or more) one of which every match of the pattern contains, looked for
    inside its groups and alternations ("начала", "истекш" or "минувш" of "с\\s+начала…|за\\s+(?:истекш|минувш)…"), or
    None. A text without any has no match: the scan is skipped after a few substring tests."""
    try:
        parsed = sre_parse.parse(source)
        if parsed.state.flags & ~re.UNICODE:
            return None
        words = _needed(parsed.data)
    except (re.error, TypeError):
        return None
    # Past a dozen words the substring tests cost about what the scan does (measured on _METRIC's 54);
    # a caller that tests each text once for many scans of it (fast_re) may take more.
    return tuple(sorted(words)) if _shortest(words)[0] >= 2 and len(words) <= most else None


class CaselessPattern:
    """A case-insensitive pattern: re.I on the text, or its lower-case source on the lower-cased text."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.any_case = re.compile(pattern, re.I)
        self.lower = re.compile(lower_source(pattern))
        if self.lower.groupindex != self.any_case.groupindex:
            raise ValueError(f"group names changed in lower case: {pattern!r}")
        self.required = required_literal(self.lower.pattern)
        self.needs = None if self.required else required_words(self.lower.pattern)
        self.after_break = after_break(self.lower.pattern)
        if self.after_break is None:   # the same matches, found faster where it applies
            self.lower = first_chars(self.lower.pattern) or self.lower
        # Faster still: one branch per opening character (etl/extract/char_dispatch.py)
        dispatched = dispatch_pattern(lower_source(pattern))
        if dispatched is not None:
            self.lower, self.after_break = dispatched, None
        self._dispatched = dispatched is not None
        self._lower_finditer, self._lower_search = self.lower.finditer, self.lower.search

    def find_word_starts(self) -> bool:
        """Scan a dispatched pattern opening with a lookbehind over all of it through its word-start scan
        (char_dispatch.word_start_scan; the same matches). fast_patterns.install asks it of the patterns
        it lists; False where it does not apply."""
        starts = word_start_scan(lower_source(self.pattern)) if self._dispatched else None
        if starts is None:
            return False
        self._lower_search = started_search(self.lower, starts)
        self._lower_finditer = started_finditer(self._lower_search)
        return True

    def _any_needed(self, low: str) -> bool:
        return self.needs is None or any(map(low.__contains__, self.needs))   # (no generator step per word)

    def _starts(self, low: str, pos: int, endpos: int) -> Iterator[int]:
        """Where self.lower.finditer(low, pos, endpos) finds its matches, scanned after a break."""
        if pos <= 0:   # nothing before the text's start for the lookbehind to see
            pos = 0
            first = self.lower.match(low, 0, endpos)
            if first:
                yield 0
                pos = first.end()
        for m in self.after_break.finditer(low, max(pos - 1, 0), endpos):
            yield m.start() + 1

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
                 ) -> Iterator[re.Match]:
        """re.I's finditer over `text`; `low` is `lowered(text)` when the caller has it."""
        low = lowered(text) if low is None else low
        if low is None:
            yield from self.any_case.finditer(text, pos, endpos)
            return
        if self.required is not None and self.required not in low or not self._any_needed(low):
            return
        if self.after_break is not None:
            for start in self._starts(low, pos, endpos):
                yield self.any_case.match(text, start, endpos)
            return
        for m in self._lower_finditer(low, pos, endpos):
            yield self.any_case.match(text, m.start(), endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
               ) -> re.Match | None:
        low = lowered(text) if low is None else low
        if low is None:
            return self.any_case.search(text, pos, endpos)
        if self.required is not None and self.required not in low or not self._any_needed(low):
            return None
        if self.after_break is not None:
            start = next(self._starts(low, pos, endpos), None)
            return None if start is None else self.any_case.match(text, start, endpos)
        m = self._lower_search(low, pos, endpos)
        return m and self.any_case.match(text, m.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.any_case.match(text, pos, endpos)
