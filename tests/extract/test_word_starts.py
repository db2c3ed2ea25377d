"""The word-start scans (etl/extract/fast_patterns.py WORD_START, char_dispatch.word_start_scan): a
pattern opening with a lookbehind over all of it finds its matches after a character outside the
lookbehind's class; each test checks that the shortcut is in place and answers as the plain scan."""

import importlib
import random
import re

import pytest

from etl.extract.caseless import CaselessPattern
from etl.extract.char_dispatch import dispatch_pattern, started_finditer, started_search, word_start_scan


def _answer(m):
    return m and (m.span(), m.group(), m.groups(), m.groupdict(), m.lastgroup)


def _texts() -> list[str]:
    from bench.gen_hard import generate_hard
    from etl.extract.sentences import split_sentences

    sents = [a["text"][x:y] for a in generate_hard(60) for x, y in split_sentences(a["text"])]
    # words glued to letters before and after, capitals, digits and the text's edges
    return sents + ["Товарооборотэкспорт импорта, ЭКСПОРТ-импорт(поставки)", "мяса мясо", "", "планируется",
                    "XЭкспорт 5 % вырос в 2 раза; неэкспорт", "цены\u00a0на нефть, цена, сальдо", "ё Ёмкость"]


def test_every_listed_pattern_has_its_word_start_scan():
    import etl.extract  # noqa: F401 - installs the fast patterns
    from etl.extract.fast_patterns import WORD_START

    for module_name, names in WORD_START.items():
        module = importlib.import_module(module_name)
        for name in names:
            rx = getattr(module, name)
            on = rx._lower_search is not rx.lower.search if isinstance(rx, CaselessPattern) else rx._starts
            assert on, f"{module_name}.{name}"


def test_the_listed_patterns_answer_as_re_in_windows():
    import etl.extract  # noqa: F401
    from etl.extract.fast_patterns import WORD_START

    rng = random.Random(7)
    texts = _texts()
    for module_name, names in WORD_START.items():
        module = importlib.import_module(module_name)
        for name in names:
            rx = getattr(module, name)
            plain = rx.any_case if isinstance(rx, CaselessPattern) else rx._re
            for text in texts:
                a = rng.randrange(len(text) + 1)
                b = rng.randrange(a, len(text) + 1)
                for pos, end in ((0, len(text)), (a, b), (a, len(text)), (0, b)):
                    assert _answer(rx.search(text, pos, end)) == _answer(plain.search(text, pos, end)), (name, text)
                    assert [_answer(m) for m in rx.finditer(text, pos, end)] == [
                        _answer(m) for m in plain.finditer(text, pos, end)], (name, text)


@pytest.mark.parametrize("source", [r"(?<![а-яё])(?:аб|в)", r"(?<![а-яё])а|(?<![а-яё])б\w*",
                                    r"(?P<x>(?<![а-яё])(?:рост|спад))|(?P<y>(?<![а-яё])экспорт\w*)", r"(?<!\d)\d+"])
def test_a_word_start_scan_finds_the_dispatched_scans_matches(source):
    scan, starts = dispatch_pattern(source), word_start_scan(source)
    assert starts is not None
    search = started_search(scan, starts)
    for text in ["аб в вв ав", "бег абв, а б", "ростспад рост экспорта", "", "а", "xа яб", "12 а3 45б"]:
        for pos in range(len(text) + 1):
            assert _answer(search(text, pos)) == _answer(scan.search(text, pos)), (text, pos)
            assert [m.span() for m in started_finditer(search)(text, pos)] == [
                m.span() for m in scan.finditer(text, pos)], (text, pos)


@pytest.mark.parametrize("source", [r"экспорт", r"(?<![а-яё])а|б", r"(?<!аб)в", r"(?<=\s)а", r"(?<![^а])б"])
def test_a_pattern_not_opening_with_one_class_lookbehind_gets_none(source):
    assert word_start_scan(source) is None
    assert word_start_scan(r"(?<![а-яё])рост", re.I) is None   # ignoring case: left to the lower-case scan
