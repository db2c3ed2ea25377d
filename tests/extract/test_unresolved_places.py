"""Issue 3's "unknown or unsure" contract for places, on invented sentences: a trade figure whose
partner (or reporting side) is named by a single-place reference that cannot be resolved comes out
with that side null and a note; groups, single-sided totals and non-trade figures still give no
fact; a generic word with a referent in the headline is resolved."""

import datetime as dt
import json

import duckdb
import pytest

from etl.extract import extract
from tests.conftest import run_cli

PUB = dt.date(2025, 8, 14)


def _facts(text, title=None):
    return [(f.metric, f.a, f.b, f.value, f.change_pct, f.notes) for f in extract(text, PUB, title)]


@pytest.mark.parametrize("text, title, expected", [
    pytest.param("В 2024 году товарооборот Брянской области с республикой составил 9 млн долларов.", None,
                 [("turnover", "RU-BRY", None, 9e6, None,
                   "partner unresolved: 'с республикой' has no single referent in the article")],
                 id="generic-partner-without-referent"),
    pytest.param("В 2024 году товарооборот Брянской области с этой страной вырос на 12 %.", None,
                 [("turnover", "RU-BRY", None, None, 12.0,
                   "partner unresolved: 'с этой страной' has no single referent in the article")],
                 id="anaphoric-country-without-referent"),
    pytest.param("В 2024 году товарооборот Брянской области с партнером вырос на 12 %.", None,
                 [("turnover", "RU-BRY", None, None, 12.0,
                   "partner unresolved: 'с партнером' has no single referent in the article")],
                 id="partner-word"),
    pytest.param("В 2024 году товарооборот с республикой составил 9 млн долларов.",
                 "Брянская область наращивает торговлю",
                 [("turnover", "RU-BRY", None, 9e6, None,
                   "partner unresolved: 'с республикой' has no single referent in the article")],
                 id="subject-from-headline-partner-unresolved"),
    pytest.param("Губернатор Брянской области провел переговоры с делегацией. "
                 "В 2024 году стороны нарастили товарооборот до 5 млн долларов.", None,
                 [("turnover", "RU-BRY", None, 5e6, None,
                   "partner unresolved: 'стороны' — the article names only one side")],
                 id="storony-with-one-side-named"),
    pytest.param("В 2024 году товарооборот Брянской области с Тмутараканью составил 5 млн долларов.", None,
                 [("turnover", "RU-BRY", None, 5e6, None, "place not in reference list: 'Тмутараканью'")],
                 id="unknown-name-after-s"),
    pytest.param("В 2024 году экспорт Брянской области в Тмутаракань составил 4 млн долларов, "
                 "а в Беларусь — 9 млн долларов.", None,
                 [("export", "RU-BRY", None, 4e6, None, "place not in reference list: 'Тмутаракань'"),
                  ("export", "RU-BRY", "BY", 9e6, None, "")],
                 id="unknown-destination-beside-a-known-one"),
    pytest.param("В 2024 году товарооборот Брянской области с Беларусью составил 9 млн долларов, "
                 "а с Тмутараканью — 4 млн долларов.", None,
                 [("turnover", "RU-BRY", "BY", 9e6, None, ""),
                  ("turnover", "RU-BRY", None, 4e6, None, "place not in reference list: 'Тмутараканью'")],
                 id="unknown-partner-does-not-take-the-running-pair"),
    pytest.param("В 2024 году импорт Брянской области из Зурбагана вырос на 7 %.", None,
                 [("import", "RU-BRY", None, None, 7.0, "place not in reference list: 'Зурбагана'")],
                 id="unknown-source-after-iz"),
    pytest.param("В 2024 году Республика нарастила экспорт в Китай до 5 млн долларов.", None,
                 [("export", None, "CN", 5e6, None,
                   "reporting side unresolved: 'Республика' has no single referent in the article")],
                 id="reporting-side-unresolved"),
])
def test_unresolved_side_is_null_with_a_note(text, title, expected):
    assert _facts(text, title) == expected


@pytest.mark.parametrize("text, title", [
    pytest.param("В 2024 году товарооборот Брянской области со странами СНГ вырос на 12 %.", None,
                 id="group-partner"),
    pytest.param("В 2024 году товарооборот Брянской области с регионами составил 9 млн долларов.", None,
                 id="plural-generic-is-a-group"),
    pytest.param("В 2024 году поставки из-за рубежа в Брянскую область выросли на 12 %.", None,
                 id="from-abroad"),
    pytest.param("В 2024 году экспорт Брянской области в Европу составил 5 млн долларов.", None,
                 id="continent-is-a-group"),
    pytest.param("В 2024 году товарооборот Брянской области с Прибалтикой составил 5 млн долларов.", None,
                 id="macro-region-is-a-group"),
    pytest.param("Внешнеторговый оборот области в 2024 году составил 5 млн долларов.", "Брянская область",
                 id="single-sided-total"),
    pytest.param("Экспорт Брянской области в 2024 году составил 5 млн долларов.", None,
                 id="single-sided-export"),
    pytest.param("Экспорт со стороны области в 2024 году составил 5 млн долларов.", "Брянская область",
                 id="so-storony-is-one-side"),
    pytest.param("Спортсмены области завоевали три медали. Стороны планируют довести товарооборот до "
                 "3 млрд долларов к 2027 году.", "Брянская область: новости дня",
                 id="storony-with-the-side-only-in-the-headline"),
    pytest.param("В 2024 году инвестиции Брянской области в Тмутаракань составили 5 млн долларов.", None,
                 id="investment-is-not-trade"),
    pytest.param("В 2024 году розничный товарооборот в Тмутаракани составил 5 млн долларов.", None,
                 id="locative-unknown-is-a-venue"),
    pytest.param("В 2024 году товарооборот Брянской области с Газпромом составил 5 млн долларов.", None,
                 id="organisation-is-not-a-place"),
    pytest.param("В 2024 году товарооборот с Иваном Петровым составил 5 млн долларов.", "Брянская область",
                 id="person-is-not-a-place"),
])
def test_no_fact(text, title):
    assert _facts(text, title) == []


def test_macro_region_beside_a_known_partner_is_no_null_fact():
    facts = _facts("В 2024 году экспорт Брянской области в Беларусь составил 9 млн долларов, "
                   "а в Скандинавию — 5 млн долларов.")
    assert all(a and b for _, a, b, *_ in facts)


def test_resolvable_generic_takes_the_headline_subject():
    facts = _facts("В 2024 году товарооборот Беларуси с регионом составил 9 млн долларов.",
                   "Делегация Брянской области посетила Минск")
    assert [(m, {a, b}, v) for m, a, b, v, _, _ in facts] == [("turnover", {"BY", "RU-BRY"}, 9e6)]
    assert all(a and b for _, a, b, *_ in facts)


def test_null_side_fact_loads_into_the_warehouse(tmp_path):
    src = tmp_path / "unresolved.jsonl"
    rows = [{"id": "inv-1", "published": "2025-08-14", "title": "Брянская область и Тмутаракань",
             "text": "В 2024 году товарооборот Брянской области с Тмутараканью составил 5 млн долларов."}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    proc = run_cli("build", "--source", str(src), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        facts = con.execute("SELECT metric, a, b, value, currency, pair, notes FROM facts").fetchall()
        series = con.execute("SELECT count(*) FROM pair_series WHERE pair IS NULL OR a IS NULL").fetchone()[0]
    assert facts == [("turnover", "RU-BRY", None, 5e6, "USD", None,
                      "place not in reference list: 'Тмутараканью'")]
    assert series == 0
