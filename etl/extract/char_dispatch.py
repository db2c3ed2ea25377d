"""A faster scan of a large alternation over lower-cased plain text, with the very same matches.

Python's regex engine tries a pattern at every position of the text unless the pattern opens with
a literal or a character class (then a tight C loop skips to the positions where it can start).
Our big patterns open otherwise — a lookbehind ("(?<![а-яё])экспорт"), an optional qualifier
("(?:почти\\s+)?на\\s+…"), a group — so at every position the engine enters branch after branch:
about 0.7 µs a character for the change pattern. `dispatch_pattern` rewrites such a pattern into
one alternation whose every branch opens with one literal character, sorted by that character:

- a group, an alternation or an optional item at the head is distributed over what follows
  (`(?:A|B)R` → `AR|BR`, `X?R` → `XR|R`, `X*?R` → `R|XX*?R`: the order the engine tries them in
  is kept, so the first match found stays the same);
- a zero-width check at the head moves behind the first character: `(?<![а-яё])э…` becomes
  `э(?<![а-яё]э)…`, a lookahead `(?=X)э…` becomes `э(?<=(?=X)э)…`, `\\b` a lookbehind of `\\w`;
- branches are grouped by the character they can open with (over the characters a plain lower-cased
  text can hold, `caseless.PLAIN`); branches of different characters never match at the same
  position, so only the relative order of branches sharing a character matters, and it is kept.

The result finds the same (start, end) of every match as the original on any plain lower-cased
text — capture groups are dropped: callers re-read the match with the original pattern, as
`CaselessPattern` does. A pattern that can match the empty string or uses back references,
possessive or atomic parts, anchors other than \\b and \\B, or grows too large, is left alone
(None). tests/extract/test_fast_paths.py compares both scans on the labelled passages and on
random text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from re import _compiler as sre_compiler
from re import _constants as sre_c
from re import _parser as sre_parse

# The characters of a plain text (caseless.PLAIN), the only ones a dispatched pattern is asked about.
PLAIN_CHARS = tuple(chr(c) for r in ((0x00, 0xFF), (0x400, 0x4FF), (0x2000, 0x206F), (0x20A0, 0x20CF),
                                     (0x2116, 0x2116), (0x2212, 0x2212)) for c in range(r[0], r[1] + 1))
# Letters most frequent in Russian news first: the engine tries a branch's opening character one
# after another, so the common ones are found after fewer failed comparisons.
_FREQUENT = "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё 0123456789,.-%"
_MAX_BRANCHES = 20000
_SPLIT = 64   # a class of up to this many characters becomes one branch per character
_MAX_DEPTH = 8
_IGNORECASE = int(re.IGNORECASE)   # flags as a plain int: the compiler is slow on enum flags


class _Unsupported(Exception):
    """A construct the rewrite does not handle: the pattern is left as it is."""


@dataclass(frozen=True, eq=False)
class _Node:
    """A sequence of parsed items followed by a shared continuation (compared by identity, so that
    branches continuing the same way can be joined again: `(?:A|B)R` → `AR|BR` → `(?:A|B)R`)."""

    items: tuple
    next: _Node | None


@dataclass(frozen=True)
class _Branch:
    checks: tuple        # zero-width items standing before the first character
    first: tuple | None  # the (op, av) that consumes the first character; None: the pattern ends here
    rest: _Node | None


def _strip_groups(items, state) -> list:
    """The parsed items with every capture group made plain (only spans are asked of the scan)."""
    out = []
    for op, av in items:
        if op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS, sre_c.GROUPREF_IGNORE, sre_c.GROUPREF_LOC_IGNORE,
                  sre_c.GROUPREF_UNI_IGNORE):
            raise _Unsupported
        if op is sre_c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unsupported   # flags of its own
            av = (None, 0, 0, _sub(state, _strip_groups(av[3].data, state)))
        elif op is sre_c.BRANCH:
            av = (None, [_sub(state, _strip_groups(a.data, state)) for a in av[1]])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _sub(state, _strip_groups(av[2].data, state)))
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            av = (av[0], _sub(state, _strip_groups(av[1].data, state)))
        elif op is sre_c.ATOMIC_GROUP:
            av = _sub(state, _strip_groups(av.data, state))
        out.append((op, av))
    return out


def _sub(state, items) -> sre_parse.SubPattern:
    return sre_parse.SubPattern(state, list(items))


def _expand(node: _Node | None, budget: list[int]) -> list[_Branch]:
    """The branches of the sequence `node`, each opening with its first consuming item (or ending the
    pattern), in the order the engine tries them."""
    while node is not None and not node.items:
        node = node.next
    if node is None:
        return [_Branch((), None, None)]
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unsupported
    (op, av), rest = node.items[0], _Node(node.items[1:], node.next)
    if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY):
        return [_Branch((), (op, av), rest)]
    if op is sre_c.SUBPATTERN:
        return _expand(_Node(tuple(av[3].data), rest), budget)
    if op is sre_c.BRANCH:
        return [b for alt in av[1] for b in _expand(_Node(tuple(alt.data), rest), budget)]
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        lo, hi, body = av
        if body.getwidth()[0] == 0:
            raise _Unsupported
        if hi == 0:
            return _expand(rest, budget)
        more = () if hi == 1 else ((op, (max(lo - 1, 0), hi if hi == sre_c.MAXREPEAT else hi - 1, body)),)
        take = _expand(_Node(tuple(body.data), _Node(more, rest)), budget)
        if lo >= 1:
            return take
        skip = _expand(rest, budget)
        return take + skip if op is sre_c.MAX_REPEAT else skip + take
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) or op is sre_c.AT and av in (sre_c.AT_BOUNDARY, sre_c.AT_NON_BOUNDARY):
        return [_Branch(((op, av),) + b.checks, b.first, b.rest) for b in _expand(rest, budget)]
    raise _Unsupported


_WORD = (sre_c.IN, [(sre_c.CATEGORY, sre_c.CATEGORY_WORD)])


def _moved(check, first, chars: frozenset[str], word: frozenset[str], state):
    """A zero-width check made at a branch's start, made instead right after its first character."""
    op, av = check
    if op is sre_c.AT:   # \b, \B: decided by the character before, the first one being known
        if chars <= word:
            before_word = av is sre_c.AT_NON_BOUNDARY
        elif not chars & word:
            before_word = av is sre_c.AT_BOUNDARY
        else:
            raise _Unsupported
        return (sre_c.ASSERT if before_word else sre_c.ASSERT_NOT, (-1, _sub(state, [_WORD, first])))
    direction, body = av
    if direction == -1:
        return (op, (-1, _sub(state, list(body.data) + [first])))
    return (sre_c.ASSERT, (-1, _sub(state, [(op, av), first])))   # a lookahead from the first character


_ONE_CHAR = (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY)


def _checked(checks: tuple, rest: _Node, state) -> _Node:
    """The moved checks (lookbehinds) and what follows them, the checks moved on past the letters that
    follow ("э(?<![а-яё]э)кспорт" → "экспорт(?<![а-яё]экспорт)"): a letter is compared at once, a
    lookbehind entered; each letter passed joins the lookbehind, so it looks at the same character."""
    if not checks:
        return rest
    k = 0
    while k < len(rest.items) and rest.items[k][0] in _ONE_CHAR:
        k += 1
    if k == 0:
        return _Node(checks, rest)
    passed = list(rest.items[:k])
    moved = tuple((op, (-1, _sub(state, list(body.data) + passed))) for op, (_, body) in checks)
    return _Node(tuple(passed) + moved, _Node(rest.items[k:], rest.next))


def _chars_of(item, state, cache: dict) -> frozenset[str]:
    """The plain characters `item` matches (in either case when the pattern ignores case)."""
    op, av = item
    if op is sre_c.LITERAL and not cache["flags"] & _IGNORECASE:
        return frozenset((chr(av),))
    key = repr(item)
    if key not in cache:
        one = sre_compiler.compile(_sub(state, [item]), cache["flags"])
        cache[key] = frozenset(c for c in PLAIN_CHARS if one.match(c))
    return cache[key]


def _rank(c: str) -> tuple[int, str]:
    k = _FREQUENT.find(c)
    return (k if k >= 0 else len(_FREQUENT), c)


def _render(node: _Node | None) -> list:
    out = []
    while node is not None:
        out.extend(node.items)
        node = node.next
    return out


def _classes(branches: list[_Branch], cache: dict, state, split: bool) -> list[tuple[list[str], list[_Branch]]]:
    """The branches grouped by the characters they can open with: (characters, their branches in
    order), a character in one group only; with `split`, a small group one character each."""
    members: dict[str, list[int]] = {}
    for k, b in enumerate(branches):
        for c in _chars_of(b.first, state, cache):
            members.setdefault(c, []).append(k)
    classes: dict[tuple[int, ...], list[str]] = {}
    for c in sorted(members):
        classes.setdefault(tuple(members[c]), []).append(c)
    out = []
    for which, chars in classes.items():
        for group in ([[c] for c in chars] if split and len(chars) <= _SPLIT else [chars]):
            out.append((group, [branches[k] for k in which]))
    out.sort(key=lambda x: (len(x[0]) > 1, _rank(x[0][0])))
    return out


def _dispatch(nodes: list[_Node], state, cache: dict, budget: list[int], depth: int) -> list:
    """Items matching what the alternatives `nodes` match at one position, tried in their order: one
    branch per opening character, each continued by the same dispatch of what follows it."""
    branches = [b for n in nodes for b in _expand(n, budget)]
    if any(b.first is None for b in branches):   # an alternative may end here: its order must stay
        if depth == 0:
            raise _Unsupported   # the pattern can match the empty string
        return _plain(nodes, state, cache)
    if depth and (len(branches) > 2 * len(nodes) or any(b.first[0] is not sre_c.LITERAL for b in branches)):
        return _plain(nodes, state, cache)   # inside, only words are worth telling apart by their letters
    alts = []
    for group, members in _classes(branches, cache, state, depth == 0):
        first = (sre_c.LITERAL, ord(group[0])) if len(group) == 1 else \
            (sre_c.IN, [(sre_c.LITERAL, ord(c)) for c in group])
        chars = frozenset(group)
        word = _chars_of(_WORD, state, cache)
        follow = [_checked(tuple(_moved(c, b.first, chars, word, state) for c in b.checks), b.rest, state)
                  for b in members]
        if len(follow) == 1 or depth >= _MAX_DEPTH:
            body = _plain(follow, state, cache)
        else:
            try:
                body = _dispatch(follow, state, cache, budget, depth + 1)
            except _Unsupported:
                body = _plain(follow, state, cache)
        alts.append([first] + body)
    if len(alts) == 1:
        return alts[0]
    return [(sre_c.BRANCH, (None, [_sub(state, a) for a in alts]))]


def _chain(node: _Node | None) -> list[_Node]:
    out = []
    while node is not None:
        out.append(node)
        node = node.next
    return out


def _joined(nodes: list[_Node], state) -> list:
    """The alternatives in order, written once up to where they continue alike: `(?:A|B)R` for
    `AR|BR` (the same tries in the same order; R, the rest of a distributed pattern, is not copied)."""
    if len(nodes) == 1:
        return _render(nodes[0])
    chains = [_chain(n) for n in nodes]
    shared = {id(x) for x in chains[0]}
    for c in chains[1:]:
        shared &= {id(x) for x in c}
    tail = next((x for x in chains[0] if id(x) in shared), None)
    heads = []
    for c in chains:
        head = []
        for x in c:
            if x is tail:
                break
            head.extend(x.items)
        heads.append(head)
    return [(sre_c.BRANCH, (None, [_sub(state, h) for h in heads]))] + _render(tail)


def _plain(nodes: list[_Node], state, cache: dict) -> list:
    """The alternatives as they are, in order; ignoring case if the pattern does (the letters told
    apart before them are matched exactly, one branch per case). Runs of alternatives that continue
    alike are joined."""
    runs: list[list[_Node]] = []
    for n in nodes:
        if runs and {id(x) for x in _chain(runs[-1][0])} & {id(x) for x in _chain(n)}:
            runs[-1].append(n)
        else:
            runs.append([n])
    seqs = [_joined(run, state) for run in runs]
    items = seqs[0] if len(seqs) == 1 else [(sre_c.BRANCH, (None, [_sub(state, s) for s in seqs]))]
    if cache["flags"] & _IGNORECASE and items:
        return [(sre_c.SUBPATTERN, (None, _IGNORECASE, 0, _sub(state, items)))]
    return items


def dispatch_pattern(source: str, flags: int = 0) -> re.Pattern | None:
    """The rewritten scan of a pattern (see the module docstring), or None. With re.IGNORECASE the
    scan opens with each case of a first character as a branch of its own, and matches the rest
    ignoring case."""
    try:
        parsed = sre_parse.parse(source, flags)
        if parsed.state.flags & ~(re.UNICODE | re.IGNORECASE):
            return None
        state = sre_parse.State()
        state.flags = int(parsed.state.flags) & ~_IGNORECASE
        items = _strip_groups(parsed.data, state)
        top = _dispatch([_Node(tuple(items), None)], state, {"flags": int(parsed.state.flags)}, [_MAX_BRANCHES], 0)
        return sre_compiler.compile(_sub(state, top))
    except (_Unsupported, re.error, RecursionError, OverflowError):
        return None


def word_start_scan(source: str, flags: int = 0) -> re.Pattern | None:
    """For a pattern that opens with a one-character lookbehind over all of it, `(?<![C])X` (most
    keyword patterns: `(?<![а-яё])(?:…)`), a scan of `[^C]` followed by X dispatched: it finds a
    character outside C right before a match of X, so the engine's tight class loop steps over every
    letter inside a word, where the dispatched pattern entered its branches at each one. A match of the
    pattern at q > 0 is a match of this scan at q - 1 (fast_re.FastPattern reads it there); q = pos
    is asked of the pattern itself. None when the pattern does not open that way, ignores case, or
    the dispatch does not apply to X."""
    try:
        parsed = sre_parse.parse(source, flags)
        if parsed.state.flags & ~re.UNICODE or not parsed.data:
            return None
        state = sre_parse.State()
        state.flags = int(parsed.state.flags)
        opening = _opening_lookbehind(_strip_groups(parsed.data, state), state)
        if opening is None or not opening[1]:
            return None
        (op, av), items = opening
        if len(av[1].data) != 1 or av[1].data[0][0] is not sre_c.IN:
            return None
        members = av[1].data[0][1]
        if not members or members[0][0] is sre_c.NEGATE:
            return None
        top = _dispatch([_Node(tuple(items), None)], state, {"flags": int(parsed.state.flags)}, [_MAX_BRANCHES], 0)
        outside = (sre_c.IN, [(sre_c.NEGATE, None), *members])
        return sre_compiler.compile(_sub(state, [outside, (sre_c.SUBPATTERN, (None, 0, 0, _sub(state, top)))]))
    except (_Unsupported, re.error, RecursionError, OverflowError):
        return None


def _opening_lookbehind(items: list, state) -> tuple[tuple, list] | None:
    """(the lookbehind `(?<!…)` every match of the sequence `items` opens with, the sequence without it),
    looking into a leading group and into every alternative of a leading alternation (all opening with
    the same lookbehind: `(?<![а-яё])A|(?<![а-яё])B` is `(?<![а-яё])(?:A|B)`); None if it does not open so."""
    if not items:
        return None
    (op, av), rest = items[0], list(items[1:])
    if op is sre_c.ASSERT_NOT and av[0] == -1:
        return (op, av), rest
    if op is sre_c.SUBPATTERN and not av[1] and not av[2]:
        inner = _opening_lookbehind(av[3].data, state)
        return inner and (inner[0], [(sre_c.SUBPATTERN, (av[0], 0, 0, _sub(state, inner[1]))), *rest])
    if op is sre_c.BRANCH:
        alts = [_opening_lookbehind(a.data, state) for a in av[1]]
        if all(alts) and all(x[0][1][1].data == alts[0][0][1][1].data for x in alts):
            return alts[0][0], [(sre_c.BRANCH, (None, [_sub(state, x[1]) for x in alts])), *rest]
    return None


def started_search(scan: re.Pattern, starts: re.Pattern) -> Callable[..., re.Match | None]:
    """scan.search(t, pos, endpos) found through `starts`, the word-start scan of the same pattern
    (word_start_scan): the match at pos itself is asked of the scan (its lookbehind sees the text
    before pos); any later match at q stands right after a character outside the lookbehind's class,
    where `starts` finds it (at q - 1: the leftmost such q is the leftmost match). The match is read by
    the scan at q, the very Match its search would give; should it not match there, its own search
    answers."""
    scan_match, scan_search, starts_search = scan.match, scan.search, starts.search

    def search(t: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        m = scan_match(t, pos, endpos)
        if m is not None:
            return m
        c = starts_search(t, pos, endpos)
        if c is None:
            return None
        return scan_match(t, c.start() + 1, endpos) or scan_search(t, pos, endpos)
    return search


def started_finditer(search: Callable[..., re.Match | None]) -> Callable[..., Iterator[re.Match]]:
    """scan.finditer(t, pos, endpos) as successive searches, each from the last match's end as the
    engine's own finditer goes on (a dispatched pattern never matches the empty string)."""
    def finditer(t: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        while (m := search(t, pos, endpos)) is not None:
            yield m
            pos = m.end()
    return finditer
