"""The composed cases of places: the pair's sides (told by adjectives, abbreviations, context), lists of partners,
totals vs pairs, sides that came out wrong (docs/extraction.md, "Places", "Enumerations of partners", "Unresolved
places").

Data: places_context.py, places_kept.py, places_lists.py, places_pairs.py, places_totals.py, places_wrong.py (beside
this module); how each shape is compared: grids.py; each batch's history: HISTORY.md. `python -m
tests.extract.facts.test_places` prints each shape's table by group."""

import pymorphy3
import pytest

from etl.extract import extract
from etl.extract.places import find_places
from etl.reference import load_regions
from tests.extract.facts import (
    places_context,
    places_kept,
    places_lists,
    places_pairs,
    places_sources,
    places_totals,
    places_wrong,
)
from tests.extract.facts.grids import (
    attach_test,
    merged,
    precision_test,
    print_tables,
    recall_test,
    scope_negative_test,
    scope_positive_test,
)
from tests.extract.rules_helpers import PUB

PARTS = (places_context, places_kept, places_lists, places_pairs, places_sources, places_totals, places_wrong)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_not_a_fact = scope_negative_test(merged(PARTS, "SCOPE_NEGATIVES"), merged(PARTS, "SCOPE_MISSED"))
test_the_pairs_fact = scope_positive_test(merged(PARTS, "SCOPE_POSITIVES"), merged(PARTS, "SCOPE_MISSED"))
test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_attached = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))


# Found with the recall grid (test_fact_recall_grammar.py on main): a compound's first part names a region only.
def test_compound_first_parts_are_generated_for_regions_only():
    text = "Гомельско-брянский товарооборот и армянско-иранские связи"
    assert [(m.code, text[m.start:m.end]) for m in find_places(text)][:2] == [("BY-HO", "Гомельско"),
                                                                              ("RU-BRY", "брянский")]
    assert "AM" not in {m.code for m in find_places(text)}


# The place part (find_places) and a pair on invented phrases (were tests/extract/test_parts.py, the table-driven
# tests of the parts).
MORPH = pymorphy3.MorphAnalyzer()


def _inflect(name: str, case: str) -> str:
    words = []
    for w in name.split():
        p = MORPH.parse(w)[0]
        f = p.inflect({case})
        word = f.word if f and p.tag.POS in ("NOUN", "ADJF") and not w.isupper() else w
        words.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(words)


def _region_rows():
    for r in load_regions():
        name = r.name_ru.split(" — ")[0].split(" (")[0]
        yield pytest.param(r.code, name, id=r.code)


@pytest.mark.parametrize("code, name", list(_region_rows()))
def test_every_region_in_two_cases(code, name):
    for phrase in (f"товарооборот с {_inflect(name, 'ablt')}", f"{name} наращивает поставки"):
        codes = [m.code for m in find_places(phrase)]
        assert code in codes, (phrase, codes)


@pytest.mark.parametrize("phrase, code", [
    pytest.param("с Подмосковьем", "RU-MOS", id="podmoskovye"),
    pytest.param("Могилевщины", "BY-MA", id="mogilevshchina"),
    pytest.param("на Гомельщине", "BY-HO", id="gomelshchina"),
    pytest.param("Брянщина", "RU-BRY", id="bryanshchina"),
    pytest.param("в Приморье", "RU-PRI", id="primorye"),
    pytest.param("Кузбасса", "RU-KEM", id="kuzbass"),
    pytest.param("Югры", "RU-KHM", id="yugra"),
    pytest.param("с Белоруссией", "BY", id="belorussiya"),
    pytest.param("с Кыргызстаном", "KG", id="kyrgyzstan"),
    pytest.param("Северной столицы", "RU-SPE", id="north-capital"),
    pytest.param("с российской столицей", "RU-MOW", id="russian-capital"),
    pytest.param("белорусской столицы", "BY-HM", id="belarus-capital"),
    pytest.param("Петербургом", "RU-SPE", id="peterburg"),
    pytest.param("импорт из РФ", "RU", id="rf"),
    pytest.param("импорт в РТ", "RU-TA", id="rt"),
    pytest.param("нижегородских компаний", "RU-NIZ", id="adjective"),
    pytest.param("Орёл и Брест", "RU-ORL", id="yo"),
])
def test_alias(phrase, code):
    assert code in [m.code for m in find_places(phrase)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Переговоры Минска и Пекина продолжились. Товарооборот между Минском и Пекином "
                 "в 2024 году составил 3 млрд долларов.", ("BY", "CN"), id="capital-as-state"),
    pytest.param("Товарооборот между «Гродненской областью» и Китаем в 2024 году вырос на 12 %.",
                 ("BY-HR", "CN"), id="quotes"),
])
def test_pair(text, expected):
    (f,) = extract(text, PUB)
    assert (f.a, f.b) == expected


if __name__ == "__main__":
    print_tables(PARTS)
