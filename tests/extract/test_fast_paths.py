"""The extractor's speed shortcuts (issue 11, "Measured") rest on facts about Unicode and the
patterns; each test checks one of them, so a shortcut cannot silently change what is extracted."""

import sys

import pytest

from etl.extract import event_sides
from etl.extract.caseless import first_chars, lower_source
from etl.extract.morph import norm
from etl.extract.places import _ODD_LOWER, WORD, word_keys


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
    # the event sides read the same lower-cased words, by the same test
    assert all(event_sides.norm_text(c, c.lower()) is None for c in odd)
    assert event_sides.norm_text("Ёлка", "ёлка") == "елка"


@pytest.mark.parametrize("text", ["Орёл и Брест", "", "Kelvin \u212a Ёлка", "İstanbul и Минск", "ЁЖ-ёж",
                                  "Минск\u00a0— Москва, Гродно."])
def test_word_keys_are_the_normalised_words(text):
    assert word_keys(text) == [norm(w) for w in WORD.findall(text)]


def test_stems_found_after_a_break_are_those_looked_behind_for():
    from bench.gen_corpus import generate
    from etl.extract.event_cues import _stem_after_break, _stem_finder
    from tests.extract.score_events_dev import TUNE, load_gold

    texts = [r["text"] for r in load_gold(TUNE).values()] + [a["text"] for a in generate(300)]
    texts += ["визит", "Визит делегации", "", "ф", "1визит", "aвизит", "ёвизит", "делегация-визит"]
    for text in texts:
        low = text.lower()
        fast = ([0] if _stem_finder().match(low) else []) + [m.start(1) for m in _stem_after_break().finditer(low)]
        assert fast == [m.start() for m in _stem_finder().finditer(low)], text


def _caseless_patterns():
    from etl.extract import amount, change, metric, period

    return [metric._METRIC, period.COMPARISON_MASK, period._YEAR_ONLY, period._YEAR_RANGE, period._ELIDED_YEAR,
            amount.MONEY, change.CHANGE] + [rx for _, rx in period._RES]


def test_the_big_patterns_are_scanned_by_their_first_characters():
    """Every caseless pattern gets the dispatched scan (etl/extract/char_dispatch.py); its matches
    are compared with the plain scan's below."""
    from etl.extract.char_dispatch import dispatch_pattern

    for rx in _caseless_patterns():
        assert dispatch_pattern(lower_source(rx.pattern)) is not None, rx.pattern[:40]
        assert rx.lower.pattern is None and rx.after_break is None   # compiled from the rewritten tree


@pytest.mark.parametrize("source, fast", [
    (r"(?P<a>(?<![а-яё\d])x)|(?P<b>(?<![а-яё\d])y)", True), (r"(?<![а-яё])(?:x|yz)|(?<![а-яё])w", True),
    (r"(?<![а-яё\d])x", False),            # one branch: not worth it
    (r"(?<![а-яё])x|y", False),            # a branch without the lookbehind
    (r"(?<![а-яё])x?", False),             # can match nothing
    (r"(?<![^a])x", False), (r"(?<!a)x", False),
    (r"(?P<a>(?<![а-яё])x)|(?P<b>(?<![а-яё\d])y)", False),   # two different lookbehinds
])
def test_after_break_only_where_it_is_exact(source, fast):
    from etl.extract.caseless import after_break

    assert (after_break(source) is not None) == fast


def test_the_faster_scans_find_the_matches_of_the_plain_scan():
    import re

    from bench.gen_corpus import generate
    from bench.gen_hard import generate_hard
    from etl.extract.sentences import split_sentences

    texts = [a["text"] for a in generate_hard(40)] + [a["text"] for a in generate(20)]
    texts += [t[a:b] for t in texts[:10] for a, b in split_sentences(t)]
    texts += ["экспорт", "Экспорт вырос", "1экспорт", "", "январь", "в январе–марте 2024 года", "I квартал",
              "(-5 %)", "+3,5%", "почти на 20 %", "в 2,5 раза", "$86млн и Br32 млрд", "2023 году", "прошлом году"]
    for rx in _caseless_patterns():
        plain = re.compile(lower_source(rx.pattern))
        for text in texts:
            low = text.lower()
            for pos, endpos in ((0, len(low)), (1, len(low)), (7, len(low) - 3), (0, 5)):
                want = [m.span() for m in plain.finditer(low, pos, endpos)]
                assert [m.span() for m in rx.lower.finditer(low, pos, endpos)] == want, (rx.pattern[:40], text[:60])
                if rx.after_break is not None:
                    assert list(rx._starts(low, pos, endpos)) == [a for a, _ in want], (rx.pattern[:40], text[:60])
                assert [m.span() for m in rx.finditer(text, pos, endpos)] == [
                    m.span() for m in rx.any_case.finditer(text, pos, endpos)]
                found = rx.search(text, pos, endpos)
                first = rx.any_case.search(text, pos, endpos)
                assert (found and found.span()) == (first and first.span())


def test_without_the_dispatch_change_and_money_are_scanned_behind_their_first_characters():
    from etl.extract import amount, change

    for rx in (change.CHANGE, amount.MONEY):
        assert first_chars(lower_source(rx.pattern)).pattern.startswith("(?=[")


@pytest.mark.parametrize("source, fast", [
    (r"(?:почти\s+)?на\s+\d", True), (r"(?P<n>\d+)%|(?:x)?y", True),
    (r"abc|abd", False),              # the engine's own prefix
    (r"(?:почти\s+)?.x", False),       # any character may start it
    (r"(?:a)?(?:b)?", False),          # may match nothing
    (r"(?<![а-яё])(?:x)?y", False),    # opens with a lookbehind
    (r"(?:[^a]x)?y", False),           # a negated class
])
def test_first_chars_only_where_it_is_exact(source, fast):

    assert (first_chars(source) is not None) == fast


@pytest.mark.parametrize("source, words", [
    ("оборот|торгов|торгу", True), ("постав[ли]|партн[её]р", True), ("ab|abc|x", True),
    (r"\d|миллион", False), ("раза?(?![а-яё])", False), ("[а-я]x", False), ("(a)|b", False), ("a*", False),
])
def test_a_gate_is_rebuilt_only_from_plain_words(source, words):
    import re

    from etl.extract.gates import any_word_gate

    rx = re.compile(source)
    assert (any_word_gate(rx) is not rx) == words


@pytest.mark.parametrize("text", ["", "поставлять", "поставить", "поставщик", "партнёр", "партнер", "торгует",
                                  "внешнеторговый", "товарооборот", "ничего", "постав", "abc", "xab",
                                  # a head the gate asks first ("прода" of "продал", "продаж" …) with and
                                  # without one of its words (composed for spd8: 12 of 12 pass before and after)
                                  "прода", "продажи", "отгру", "отгрузили", "реализова", "реализовано",
                                  "партн", "отправ", "отправили", "отправленный", "в постав", "распродажа"])
def test_a_gate_answers_as_its_pattern(text):
    import re

    from etl.extract import _TRADE_GATE, _TRADE_WORD
    from etl.extract.gates import any_word_gate

    assert len(_TRADE_GATE.heads) < len(_TRADE_GATE.words)   # the heads are asked first
    assert bool(_TRADE_GATE.search(text)) == bool(_TRADE_WORD.search(text))
    rx = re.compile("ab|abc|x")
    assert bool(any_word_gate(rx).search(text)) == bool(rx.search(text))


def test_the_trade_gate_answers_as_its_pattern_on_the_corpora():
    from bench.gen_corpus import generate
    from bench.gen_hard import generate_hard
    from etl.extract import _TRADE_GATE, _TRADE_WORD

    for a in generate(2000) + generate_hard(50):
        low = a["text"].lower()
        assert bool(_TRADE_GATE.search(low)) == bool(_TRADE_WORD.search(low))
        for s in low.split(". "):
            assert bool(_TRADE_GATE.search(s)) == bool(_TRADE_WORD.search(s))


def test_a_shared_period_scan_gives_what_a_fresh_one_gives():
    from etl.extract.period import find_periods
    from etl.extract.scan_scope import article_scope

    text = "В январе–мае 2024 года товарооборот вырос на 5 % к аналогичному периоду прошлого года."
    with article_scope():
        first = find_periods(text)
        assert find_periods(text) == first == find_periods.__wrapped__(text)
        assert first is not find_periods(text)   # each caller its own list


def test_a_scope_inside_a_scope_is_the_same_scope():
    from etl.extract.scan_scope import article_scope, shared_scan

    calls = []

    @shared_scan
    def scan(text):
        calls.append(text)
        return [text]

    with article_scope():
        scan("a")
        with article_scope():
            scan("a")
            scan("b")
        scan("b")
    scan("a")
    assert calls == ["a", "b", "a"]



def _split_reference(text):
    """split_sentences as one loop over the one pattern, trimming every span (the former code)."""
    from etl.extract.sentences import _ABBREV, _END, _capital_after_unit, _inside_amount, _starts_sentence

    spans, start = [], 0
    for m in _END.finditer(text):
        b0, b1 = m.span()
        if _inside_amount(text, b0, b1):
            continue
        if "\n" not in text[b0:b1] and _ABBREV.search(text[max(0, b0 - 6):b0]):
            if not text[b1:b1 + 1].isdigit() and not _starts_sentence(text, b1) \
                    and not _capital_after_unit(text, b0, b1):
                continue
        spans.append((start, b0))
        start = b1
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@pytest.mark.parametrize("text", ["", " ", "  Один. Два.  ", "Один.", ". Abc", "x", "Рост 3,3 млрд. Доля выросла",
                                  "до 970 млн. долл. США. Рост!", "Он сказал: «Да!» — Так", "т. е. В", "A. B. C.",
                                  "\u00a0Начало. Конец\u00a0", "Первая.\nВторая. Третья.  \n  Четвёртая"])
def test_sentences_split_as_the_reference_loop(text):
    from etl.extract.sentences import split_sentences

    assert split_sentences.__wrapped__(text) == _split_reference(text)


def test_sentences_split_as_the_reference_loop_on_the_corpora():
    from bench.gen_corpus import generate
    from bench.gen_hard import generate_hard
    from etl.extract.sentences import split_sentences
    from tests.extract.score_events_dev import TUNE, load_gold

    texts = [a["text"] for a in generate(300) + generate_hard(40)] + [r["text"] for r in load_gold(TUNE).values()]
    for text in texts:
        assert split_sentences.__wrapped__(text) == _split_reference(text)


@pytest.mark.parametrize("source, literal", [
    (r"(?P<ord>i|ii)\s+квартал\w*", "квартал"), (r"с\s+начала\s+(?:года)?", "начала"),
    (r"(?:перв\w+\s+)?(?P<n>\d+)\s+месяц\w*", "месяц"),
    (r"квартал|месяц", None),          # an alternation: neither is required
    (r"(?:квартал)?\s+год", "год"),    # the longer run is optional
    (r"ab\s+cd", None),
])
def test_a_required_literal_is_in_every_match(source, literal):
    from etl.extract.caseless import required_literal

    assert required_literal(source) == literal


def test_a_period_scan_is_skipped_only_where_its_literal_is_missing():
    from etl.extract import period

    quarter = dict(period._RES)["quarter"]
    assert quarter.required == "квартал"
    assert [m.group() for m in quarter.finditer("во II квартале 2024 года")] == ["II квартале 2024 года"]
    assert list(quarter.finditer("во II полугодии 2024 года")) == []


def test_the_month_periods_are_skipped_only_where_no_month_is_named():
    """find_periods scans for the month kinds only where ANY_MONTH finds a month's stem: every match
    of theirs must hold one, on the labelled passages and on month phrases written every way."""
    from bench.gen_hard import generate_hard
    from etl.extract import period

    texts = [a["text"] for a in generate_hard(60)]
    texts += [f"{pre} {m} {tail}" for pre in ("в", "за", "на 1", "с", "по состоянию на 1-е")
              for m in ("январе", "Феврале", "МАРТ", "апреля", "мае", "май", "июнь", "июле", "августе",
                        "сентябрь", "октября", "ноябре", "декабрь", "январь–март", "январе и три недели марта")
              for tail in ("", "2024 года", "прошлого года")]
    rxs = {kind: rx for kind, rx in period._RES if kind in period._MONTH_KINDS}
    assert set(rxs) == set(period._MONTH_KINDS)
    found = 0
    for text in texts:
        for kind, rx in rxs.items():
            for m in rx.finditer(text):
                found += 1
                assert period.ANY_MONTH.search(m.group().lower()), (kind, m.group())
    assert found > 200
    assert period.find_periods("в январе–мае 2024 года") and not period.ANY_MONTH.search("за 2024 год")


def test_a_day_of_a_month_is_taken_out_only_where_a_month_is_named():
    """_sentence_facts takes the days of a month out (_DAY_OF_MONTH.sub) only where may_name_day finds a
    month's stem: everywhere else the sub leaves the sentence as it is, on the labelled passages' sentences
    and on day phrases written every way (upper case, a no-break space, a character outside the plain set)."""
    from bench.gen_hard import generate_hard
    from etl.extract import facts
    from etl.extract.sentences import split_sentences

    texts = [a["text"][x:y] for a in generate_hard(80) for x, y in split_sentences(a["text"])]
    texts += [f"{pre}{d}{gap}{m}{tail}" for pre in ("", "Выступая ", "к 1,")
              for d in ("7", "31", "2024") for gap in (" ", "\u00a0", "  ")
              for m in ("января", "ФЕВРАЛЯ", "Марта", "мая", "май", "июня", "июля", "августа", "сентября",
                        "октябре", "ноября", "декабря", "март", "маяк", "year")
              for tail in ("", " 2025 года", " \u212a")]
    skipped = 0
    for text in texts:
        if not facts.may_name_day(text):
            skipped += 1
            assert facts._DAY_OF_MONTH.sub("", text) == text, text
        for m in facts._DAY_OF_MONTH.finditer(text):   # every day taken out stands before a stem
            assert any(stem in text[m.end():].lower() for stem in facts._MONTH_STEMS), text
    assert skipped > 500 and facts.may_name_day("17 Мая") and facts.may_name_day("17 мая \u212a")
    assert not facts.may_name_day("вырос на 17 % за год")


def test_the_last_clause_break_is_found_as_the_scan_finds_it():
    """sentence_parts.last_break_end (one greedy match) answers as the max over CLAUSE_BREAK.finditer it stands for,
    on the labelled passages' sentences and on random text, for every window, negative and past-the-end
    offsets included."""
    import random
    import re

    from bench.gen_hard import generate_hard
    from etl.extract.sentence_parts import CLAUSE_BREAK, last_break_end
    from etl.extract.sentences import split_sentences

    plain = re.compile(CLAUSE_BREAK.pattern)
    assert plain.pattern == "[,;:()]"
    texts = [a["text"][x:y] for a in generate_hard(10) for x, y in split_sentences(a["text"])][:150]
    rnd = random.Random(5)
    texts += ["".join(rnd.choice(",;:() аб1.—") for _ in range(rnd.randint(0, 25))) for _ in range(300)]
    for text in texts:
        n = len(text)
        offsets = range(-2, n + 3) if n < 40 else [*range(-2, 4), *range(0, n + 3, 7), n - 1, n, n + 2]
        for pos in offsets:
            for end in offsets:
                want = max((b.end() for b in plain.finditer(text, pos, end)), default=-7)
                assert last_break_end(text, pos, end, -7) == want, (text, pos, end)


# Each rewrite of etl/extract/char_dispatch.py, and the constructs it must leave alone.
_DISPATCHED = [
    r"(?<![а-яё])экспорт\w*|(?<![а-яё])импорт\w*",             # a lookbehind moved behind the first letter
    r"(?:почти|около|более\s+чем|более)\s+на\s+\d+|на\s+\d+%",   # an optional qualifier distributed
    r"(?:(?:почти|около)\s+)?на\s+(?P<n>\d+(?:[.,]\d+)?)\s*%",
    r"(?=\d+\s*%)\d+|(?!на\s)н\w+",                           # lookaheads moved behind it
    r"\bр\w+|\B\d+|\b[-–]\s*\d|\b(?:a|-)b",                 # \b and \B decided by the letter before
    r"\s*[-–]\s*\d+|(?<=\()\s*[−–-]\d",                         # a repeat that may be empty
    r"[^.%;:]{1,5}?\s+составил|а+?б|(?:ab){1,3}c|(?:a|ab)(?:c|bcd)",  # lazy and counted repeats, order
    r"[а-я]{2,4}ть|\w+ом|[^\W\d]+ия",                          # wide classes of first letters
    r"(?:п|по|под)(?:д|дe|держ)|(?:x|xy)?y|x*?xy",               # the engine's first match, not the longest
    r"(?:ab)?a\w?|(?:ба)*?б|(?:ab){0,2}?b|(?:ab){0,2}a",           # greedy and lazy: which is tried first
]
_REFUSED = [r"a?", r"(?:x)?|y", r"(a)\1", r"(?>ab)c", r"a++b", r"(?i:a)b", r"^ab", r"ab$|(?:)", r"\b.x"]


def _random_texts(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    alphabet = "аботрснпдеимяжчуыкв экспорт импорт на около почти 12,5% (−3) - – ab x y c d\n\u00a0ё.;:"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))) for _ in range(n)]


@pytest.mark.parametrize("source", _DISPATCHED)
def test_a_dispatched_scan_finds_the_matches_of_the_plain_one(source):
    import re

    from etl.extract.char_dispatch import dispatch_pattern

    fast, plain = dispatch_pattern(source), re.compile(source)
    assert fast is not None
    texts = _random_texts(3000, hash(source) % 1000) + ["экспорт", "1экспорт", "на 5%", "почти на 12,5 %",
                                                       "(−5", "( –7", "рост 3", "abcd", "aabbc", "подержать"]
    for text in texts:
        for pos in (0, 1, 3):
            assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)], \
                (source, text, pos)


@pytest.mark.parametrize("source", _REFUSED)
def test_a_pattern_the_dispatch_cannot_keep_exact_is_left_alone(source):
    from etl.extract.char_dispatch import dispatch_pattern

    assert dispatch_pattern(source) is None


def test_the_caseless_patterns_dispatched_find_the_plain_matches_in_random_text():
    import re

    for rx in _caseless_patterns():
        plain = re.compile(lower_source(rx.pattern))
        for text in _random_texts(1500, 7):
            assert [m.span() for m in rx.lower.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                (rx.pattern[:40], text)


@pytest.mark.parametrize("source", _DISPATCHED + [r"(?<![а-яё])(?:инвест\w*|цен[аеуы]?\b|сумм[уеы]\b)|Br\s?\d"])
def test_a_dispatched_scan_ignoring_case_finds_the_matches_of_re_i(source):
    import re

    from etl.extract.char_dispatch import dispatch_pattern

    fast, plain = dispatch_pattern(source, re.I), re.compile(source, re.I)
    assert fast is not None
    texts = _random_texts(2000, 11) + [t.upper() for t in _random_texts(500, 12)] + [
        "Инвестиции", "ЦЕНА", "Экспорт", "BR 5", "br5", "На 5%", "ПОЧТИ НА 12,5 %"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (source, text)


def _window_texts() -> list[tuple[str, int, int]]:
    import random

    from bench.gen_hard import generate_hard
    from etl.extract.sentences import split_sentences

    rng = random.Random(5)
    sents = [a["text"][x:y] for a in generate_hard(60) for x, y in split_sentences(a["text"])]
    # outside the plain set: "\u1c80ложил" is "вложил" to re.I (U+1C80, a rounded ve), so is U+1C83 an "с"
    sents += _random_texts(300, 13) + ["Kelvin \u212a и ᲀ, ſ: НЕ ПЛАН", "инвест\u212a", "\u2c65 цена",
                                       "и \u1c80ложил 5 млн", "\u1c83тороны \u1c80заимной торговли",
                                       "\u1c81ля \u1c82бщего"]
    out = []
    for s in sents:
        end = rng.randrange(0, len(s) + 1)
        out += [(s, 0, len(s)), (s, max(0, end - 40), end), (s, 3, len(s))]
    return out


def _answer(m):
    """All a rule reads off a Match (not .pos: a Match read again at its start has pos there)."""
    return m and (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.endpos,
                  m.string, [m.span(k) for k in range(len(m.groups()) + 1)])


def test_the_hot_patterns_are_swapped_for_fast_ones_that_answer_as_re():
    """Each pattern etl/extract/fast_patterns.py lists is swapped (also where another rule module
    imported it), and gives the same Match objects as the compiled pattern on sentences, windows of
    them, random text and text with characters outside the plain set."""
    import etl.extract as extract
    from etl.extract import facts, metric
    from etl.extract.fast_re import FastPattern

    assert all(isinstance(v, FastPattern) for v in extract._FAST_PATTERNS.values()), [
        k for k, v in extract._FAST_PATTERNS.items() if v is None]
    assert facts.NOT_TRADE is metric.NOT_TRADE and isinstance(facts.NOT_TRADE, FastPattern)
    windows = _window_texts()
    for name, fast in extract._FAST_PATTERNS.items():
        plain = fast._re
        for text, pos, end in windows:
            got, want = fast.search(text, pos, end), plain.search(text, pos, end)
            assert _answer(got) == _answer(want), (name, text)
            assert [_answer(m) for m in fast.finditer(text, pos, end)] == [
                _answer(m) for m in plain.finditer(text, pos, end)], (name, text)
            assert fast.findall(text, pos, end) == plain.findall(text, pos, end), (name, text)


@pytest.mark.parametrize("source, words", [
    (r"в\s+сумме|вместе|общ(?:ий|его)\s+объем", ("сумме", "объем", "вместе")),   # one run per alternative
    (r"по сравнению|к 2030", ("к 2030", "по сравнению")),   # a space is a literal too
    (r"к уровню|к 20\d\d", ("к ",)),                    # the parser takes the common "к " out in front
    (r"чем\s+в|с\s+н", None),                           # "с", "н": runs too short to be worth a test
    (r"(?:а|б)вгд", ("вгд",)),                          # no alternation at the top: the sequence's run
    (r"ab?c", None),                                    # "a", "c": the optional b breaks the run
])
def test_a_literal_gate_asks_for_a_run_every_alternative_needs(source, words):
    import re

    from etl.extract.gates import LiteralGated

    gate = LiteralGated(re.compile(source)).gate
    assert (gate and set(gate.words)) == (words and set(words))   # WordGate keeps no order among equal lengths


def test_the_gated_confidence_patterns_answer_as_their_regex():
    """confidence's yes/no patterns behind a LiteralGated gate: the same answer on every sentence of the
    hard corpus, on random text and on each alternative written out."""
    from bench.gen_hard import generate_hard
    from etl.extract import confidence
    from etl.extract.gates import LiteralGated
    from etl.extract.sentences import split_sentences

    texts = [t[a:b].lower() for t in (a["text"] for a in generate_hard(40)) for a, b in split_sentences(t)]
    texts += _random_texts(2000, 3) + ["", "к 20", "чем\u00a0в"] + [f"и {w}." for w in (
        "в сумме", "вместе", "совокупно", "суммарный", "в  целом с", "общего объем", "планирует", "намерены",
        "намечено", "рассчитывают", "цель", "задача", "нарастить", "довести", "выйти на", "может", "могут",
        "прогноз", "ожидается", "к 2030", "чем в", "по сравнению", "в сравнении", "относительно", "против",
        "к уровню", "к аналогичному")]
    gated = [confidence._SUM, confidence._TARGET_WORDS, confidence._COMPARE]
    assert all(isinstance(g, LiteralGated) and g.gate is not None for g in gated)
    found = 0
    for g in gated:
        for text in texts:
            for pos, endpos in ((0, len(text)), (3, len(text) - 2)):
                want = g.rx.search(text, pos, endpos)
                got = g.search(text, pos, endpos)
                assert (got and got.span()) == (want and want.span()), (g.rx.pattern[:30], text)
                found += want is not None
    assert found > 100


@pytest.mark.parametrize("source, words", [
    (r"с\s+начала|за\s+(?:истекш|минувш)\w+\s+период", ("истекш", "минувш", "начала")),   # one set per alternative
    (r"(?:с\s+)?(?:январ\w*|ма[йя])\s+\d", ("ма", "январ")),   # inside a group: one per alternative
    (r"(?:январ|май)?\s+год", ("год",)),      # an optional group needs nothing
    (r"(?:ab)+c|(?:de){2}f", ("ab", "de")),    # a repeat that must run once needs its body
    (r"x\d|год", None),                        # "x": a run too short
    (r"(?i:год)", None),                       # flags of its own: left alone
])
def test_the_words_a_pattern_needs(source, words):
    from etl.extract.caseless import required_words

    assert required_words(source) == words


def test_every_caseless_match_holds_a_word_its_pattern_needs():
    """The scan of a caseless pattern is skipped where none of `needs` stands: on the hard corpus and
    on random text, each match the plain pattern finds holds one."""
    import re

    from bench.gen_hard import generate_hard

    texts = [a["text"].lower() for a in generate_hard(60)] + _random_texts(1500, 9)
    gated = [rx for rx in _caseless_patterns() if rx.needs]
    assert len(gated) >= 5
    found = 0
    for rx in gated:
        plain = re.compile(lower_source(rx.pattern))
        for text in texts:
            for m in plain.finditer(text):
                found += 1
                assert any(w in m.group() for w in rx.needs), (rx.pattern[:40], m.group())
    assert found > 500


def test_a_word_gated_pattern_answers_as_re_where_its_words_are_and_are_not():
    """The patterns fast_patterns.WORD_GATED names test their needed words once per text: each is
    gated, every match re finds on the corpora holds one of its words (lower-cased), and on texts
    with and without the words, in windows, upper case and outside the plain set, it answers as re."""
    import etl.extract as extract
    from bench.gen_hard import generate_hard
    from etl.extract.fast_patterns import WORD_GATED
    from etl.extract.sentences import split_sentences

    gated = {f"{mod}.{name}": extract._FAST_PATTERNS[f"{mod}.{name}"] for mod, names in WORD_GATED.items()
             for name in names}
    assert gated and all(fp is not None and fp.needs for fp in gated.values()), gated
    sents = [a["text"][x:y] for a in generate_hard(80) for x, y in split_sentences(a["text"])]
    hits = 0
    for name, fast in gated.items():
        plain = fast._re
        texts = sents + [f"{w} и {w.upper()}. Сейчас, в среднем за год, за аналогичный период 2023 года"
                         for w in fast.needs] + ["ПОСЛЕДНИЕ ГОДЫ \u212a", "за все время сотрудничества", ""]
        for text in texts:
            for pos, end in ((0, len(text)), (5, len(text)), (0, max(0, len(text) - 30))):
                assert _answer(fast.search(text, pos, end)) == _answer(plain.search(text, pos, end)), (name, text)
                assert [_answer(m) for m in fast.finditer(text, pos, end)] == [
                    _answer(m) for m in plain.finditer(text, pos, end)], (name, text)
            for m in plain.finditer(text):
                hits += 1
                assert any(w in m.group().lower() for w in fast.needs), (name, m.group())
    assert hits > 50
