"""event_clause.clause_start, found from a sentence's breaks found once, answers as the scan of the
sentence cut at the cue does (what `clause` read before), and event_clause.next_break as the search
from the cue's end does, on the tuned passages and on random text made of the breaks' own pieces
(abbreviation dots, relative words, dashes) where a break runs over the position asked."""

import random

from bench.gen_hard import generate_hard
from etl.extract.event_clause import _CLAUSE_BREAK, clause_start, next_break
from etl.extract.sentences import split_sentences


def _cut_scan(low: str, start: int) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)), default=0)


def test_clause_start_on_the_passages():
    for a in generate_hard(40):
        text = a["text"].lower().replace("ё", "е")
        for s0, s1 in split_sentences(text):
            low = text[s0:s1]
            assert [clause_start(low, p) for p in range(len(low) + 1)] == \
                [_cut_scan(low, p) for p in range(len(low) + 1)], low[:80]


def test_clause_start_on_random_pieces():
    pieces = [*" ,.;:(—–абвгдеклмнорст", " что ", " а ", " но ", " где ", " когда ", " который ", " в рамках которых ",
              " обл", " г", " гг", ". ", ", "]
    rnd = random.Random(7)
    for _ in range(3000):
        low = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert [clause_start(low, p) for p in range(len(low) + 1)] == \
            [_cut_scan(low, p) for p in range(len(low) + 1)], low


def _search_span(low: str, pos: int) -> tuple[int, int] | None:
    hit = _CLAUSE_BREAK.search(low, pos)
    return hit.span() if hit else None


def test_next_break_on_the_passages():
    for a in generate_hard(40):
        text = a["text"].lower().replace("ё", "е")
        for s0, s1 in split_sentences(text):
            low = text[s0:s1]
            assert [next_break(low, p) for p in range(len(low) + 1)] == \
                [_search_span(low, p) for p in range(len(low) + 1)], low[:80]


def test_next_break_on_random_pieces():
    # breaks that run over a position (", в рамках которых ", " — ") and abbreviation dots, overlapping
    pieces = [*" ,.;:(—–абвгдеклмнорст", " что ", " а ", " но ", " где ", " когда ", " который ", " в рамках которых ",
              " обл", " г", " гг", ". ", ", ", ", а ", " — ", ", которые "]
    rnd = random.Random(11)
    for _ in range(3000):
        low = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert [next_break(low, p) for p in range(len(low) + 1)] == \
            [_search_span(low, p) for p in range(len(low) + 1)], low
