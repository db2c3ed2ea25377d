"""Issue 10, point 8 (names): every ISO 3166 code the data can hold is named in the UI's language,
in Russian in Cyrillic, never a bare code, never a Latin-script name in the Russian UI."""

from __future__ import annotations

import csv
import re

import duckdb
import pycountry
import pytest

from etl.places import extra_names, place_name
from etl.reference import reference_dir, regions_by_code
from tests.conftest import run_cli
from tests.dashboard.conftest import make_db
from tests.honest.fixtures import ARTICLES, Y24

CYRILLIC = re.compile("[А-Яа-яЁё]")
LATIN = re.compile("[A-Za-z]")


def extractable_codes() -> set[str]:
    """Every code extraction can put into a fact or an event: the gazetteer's files."""
    codes = set(regions_by_code()) | set(extra_names())
    for name, column in (("extra_places.csv", "code"), ("aliases.csv", "code")):
        with (reference_dir() / name).open(encoding="utf-8", newline="") as fh:
            codes |= {part for row in csv.DictReader(fh) for part in row[column].split("+") if part}  # "BY+RU": both
    return codes


def assert_named(code: str) -> None:
    ru, en = place_name(code, "ru"), place_name(code, "en")
    assert CYRILLIC.search(ru) and not LATIN.search(ru), f"{code}: Russian name {ru!r}"
    assert en != code and not CYRILLIC.search(en), f"{code}: English name {en!r}"


def test_every_code_the_extractor_can_produce_has_both_names():
    for code in sorted(extractable_codes()):
        assert_named(code)


def test_every_country_has_a_russian_name():
    for country in pycountry.countries:
        assert CYRILLIC.search(place_name(country.alpha_2, "ru")), country.alpha_2


def test_every_place_in_the_built_sample_has_both_names(sample_db):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        codes = {c for (c,) in con.execute("SELECT a FROM facts UNION SELECT b FROM facts UNION "
                                           "SELECT a FROM events UNION SELECT b FROM events").fetchall() if c}
    assert {"KZ-VOS", "CN-XJ", "TJ-KT"} <= codes  # the codes that used to show raw or in Latin script
    for code in sorted(codes):
        assert_named(code)


@pytest.mark.parametrize("code,ru,en", [
    ("KZ-VOS", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    ("CN-XJ", "Синьцзян-Уйгурский автономный район", "Xinjiang Uygur Autonomous Region"),
    ("CN-HL", "Хэйлунцзян", "Heilongjiang"),
    ("UZ-TO", "Ташкентская область", "Tashkent Region"),  # not "Ташкент", the city (UZ-TK)
    ("BY-HR", "Гродненская область", "Grodno Region"),
])
def test_preferred_forms(code, ru, en):
    assert (place_name(code, "ru"), place_name(code, "en")) == (ru, en)


def test_an_untranslated_iso_name_shows_its_code_and_a_typo_stays_visible():
    assert place_name("BE-BRU", "ru") == "Bruxelles-Capitale, Région de (BE-BRU)"
    assert place_name("XX-YYY", "ru") == "XX-YYY"


def test_place_names_csv_rows_are_whole_and_outside_regions_csv():
    with (reference_dir() / "place_names.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["source_ru"] and r["country"] == r["code"].split("-")[0] for r in rows)
    assert not {r["code"] for r in rows} & set(regions_by_code())


def test_a_former_iso_code_in_the_data_is_a_valid_filter(tmp_path):
    facts = [("N1", "turnover", "KZ-VOS", "RU-ALT", 300e6, "USD", "eq", None, None, None, "reported",
              "Товарооборот 300 млн $.", "period not stated")]
    db = make_db(tmp_path / "kz.duckdb", facts, ARTICLES)
    out = tmp_path / "kz.csv"
    proc = run_cli("export", "--db", str(db), "--region", "KZ-VOS", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_bytes().decode("utf-8-sig")
    assert "Восточно-Казахстанская область" in text and "East Kazakhstan Region" in text
    listed = run_cli("regions", "казахстанская")
    assert listed.returncode == 0 and "KZ-VOS\tВосточно-Казахстанская область\tEast Kazakhstan Region" in listed.stdout


def test_the_pair_page_names_a_chinese_province_in_russian(app_factory, tmp_path):
    facts = [("N1", "turnover", "CN-XJ", "KZ", 2e9, "USD", "eq", *Y24, None, "reported", "Товарооборот 2 млрд $.", "")]
    db = make_db(tmp_path / "xj.duckdb", facts, ARTICLES)
    at = app_factory("pair", db=db, lang="ru", pair="CN-XJ~KZ").run()
    assert not at.exception
    assert at.caption[0].value == "Синьцзян-Уйгурский автономный район ↔ Казахстан"
    shown = " ".join(str(m.label) for m in at.metric) + at.dataframe[0].value.to_csv()
    assert "CN-XJ" not in shown and "Xinjiang" not in shown
