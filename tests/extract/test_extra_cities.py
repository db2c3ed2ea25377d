"""Cities of partner regions outside regions.csv (data/reference/extra_cities.csv): found in their
case forms as the region they belong to, for facts and events alike."""

import csv
import datetime as dt

import pytest

from etl.extract import extract
from etl.extract.places import find_places, place_kinds
from etl.reference import reference_dir


@pytest.mark.parametrize("text,code", [
    ("делегация прибыла в Харбин", "CN-HL"),
    ("переговоры в Урумчи", "CN-XJ"),
    ("меморандум с Цзинанем", "CN-SD"),   # a guessed word, declined by its ending
    ("ярмарка в Яньтае", "CN-SD"),
    ("связи с Кызылордой", "KZ-KZY"),
    ("рейс из Усть-Каменогорска", "KZ-VOS"),
    ("выставка в Намангане", "UZ-NG"),
    ("делегация Худжанда", "TJ-SU"),
    ("форум в Алматы", "KZ-75"),   # a city of republican significance, a region of its own
    ("в Алма-Ате", "KZ-75"),
    ("из Бобруйска", "BY-MA"),
    ("в Нур-Султане", "KZ"),   # the capital by its former name
])
def test_city_is_its_region(text, code):
    assert [m.code for m in find_places(text) if m.code] == [code]


def test_every_city_belongs_to_a_known_region():
    with (reference_dir() / "extra_cities.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for r in rows:
        assert r["code"] in place_kinds() and r["code"].startswith(r["country"] + "-"), r


def test_a_generic_city_word_refers_to_the_city_named_in_its_sentence():
    facts = extract("В Муданьцзян пришли 30 российских компаний, а товарооборот между городом и Россией "
                    "за 2024 год составил 2,1 млрд юаней.", dt.date(2025, 3, 1))
    assert [(f.a, f.b, f.value) for f in facts] == [("CN-HL", "RU", 2.1e9)]


def test_contracts_signed_are_no_trade():
    facts = extract("Предприятия Самарканда и Омской области заключили экспортные договоры на поставку "
                    "техники на $12 млн.", dt.date(2025, 3, 1))
    assert facts == []


def test_oblasts_outside_regions_csv_are_named_by_their_adjective_too():
    text = "Документы подписали Павлодарская и Омская, Западно-Казахстанская и Оренбургская области."
    assert [m.code for m in find_places(text)] == ["KZ-PAV", "RU-OMS", "KZ-ZAP", "RU-ORE"]
