"""Extraction rules: amounts, currencies and bounds.

One row per rule of docs/extraction.md ("Amounts", "Currency" and "Bound, change, status"), on invented sentences;
the rows of every batch that added such a rule are here, whatever the batch."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.rules_helpers import FULL, Y24, dated_facts, dated_facts_with_change, facts, fields


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил 50 млн юаней (около $7 млн), "
                 "увеличившись на 4 %.", [("turnover", "RU-OMS", "AM", 50e6, "CNY", 4.0)],
                 id="equivalent-in-brackets"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил порядка 50 млн долларов "
                 "(по данным таможни – 50,4 млн долларов).", [("turnover", "RU-OMS", "AM", 50.4e6, "USD", None)],
                 id="precise-figure-in-brackets"),
    pytest.param("Товарооборот Омской области с Арменией в 2023 году составил 40 млн долларов, "
                 "а в первом полугодии 2024 - 25 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 40e6, "USD", None), ("turnover", "RU-OMS", "AM", 25e6, "USD", None)],
                 id="year-dash-is-not-a-range"),
    pytest.param("В 2024 году экспорт Омской области в Армению составил $3,3 млрд. Доля Армении "
                 "в экспорте области выросла.", [("export", "RU-OMS", "AM", 3.3e9, "USD", None)],
                 id="sentence-ends-after-mlrd"),
    pytest.param("В 2024 году товарооборот Омской области с Грузией и Молдовой составил $5 млн и $4 млн "
                 "соответственно.", [("turnover", "RU-OMS", "GE", 5e6, "USD", None),
                                     ("turnover", "RU-OMS", "MD", 4e6, "USD", None)], id="respectively"),
    pytest.param("Товарооборот Омской области с Арменией и Грузией в 2024 году составил 9 и 4 млн долларов "
                 "соответственно.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None),
                                    ("turnover", "RU-OMS", "GE", 4e6, "USD", None)], id="shared-multiplier"),
    pytest.param("Губернатор Омской области Иван Орлов сообщил, что за 2023-й товарооборот региона с Арменией "
                 "превысил триста миллионов долларов.", [("turnover", "RU-OMS", "AM", 3e8, "USD", None)],
                 id="year-with-i-suffix-and-hundreds-in-words"),
])
def test_amounts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("С начала года товарооборот Омской области с Арменией в долларовом выражении достиг 30 млн.",
                 "2025-05-20", [("turnover", "RU-OMS", "AM", 30e6, "USD", "2025-01-01", "2025-04-30")],
                 id="dollar-equivalent-names-currency"),
    pytest.param("За полугодие Армения поставила в Омскую область товаров на сумму 4 млн долларов.", "2025-08-01",
                 [("export", "AM", "RU-OMS", 4e6, "USD", "2025-01-01", "2025-06-30")], id="na-summu-is-trade"),
])
def test_amounts_dated(text, published, expected):
    assert dated_facts(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Витебская и Могилевская области в 2024 году продали в Псковскую область продукции на 70 млн и "
                 "40 млн долларов соответственно.", "2025-03-01",
                 [("export", "BY-VI", "RU-PSK", 70e6, "USD", *Y24, None),
                  ("export", "BY-MA", "RU-PSK", 40e6, "USD", *Y24, None)],
                 id="respective-coordinated-subjects-and-shared-currency"),
    pytest.param("Экспорт Тульской области в страны ЕАЭС за 2024 год (млн рублей): Беларусь — 2 150, Армения — 90.",
                 "2025-03-01",
                 [("export", "RU-TUL", "BY", 2.15e9, "RUB", *Y24, None),
                  ("export", "RU-TUL", "AM", 90e6, "RUB", *Y24, None)],
                 id="table-unit-in-a-header"),
    pytest.param("За 2024 год товарооборот Брестской области с Москвой составил около полумиллиарда долларов.",
                 "2025-03-01", [("turnover", "BY-BR", "RU-MOW", 0.5e9, "USD", *Y24, None)], id="polumilliarda"),
    pytest.param("Экспорт Брестской области по странам за 2024 год, млн долл.: Россия — 3 400, Польша — 250.",
                 "2025-03-01",
                 [("export", "BY-BR", "RU", 3.4e9, "USD", *Y24, None),
                  ("export", "BY-BR", "PL", 250e6, "USD", *Y24, None)],
                 id="unit-after-a-comma"),
])
def test_amounts_dated_with_change(text, published, expected):
    assert dated_facts_with_change(text, published) == expected


@pytest.mark.parametrize("text, published, bounds", [
    pytest.param("Экспорт Гомельской области в Орловскую область в 2024 году не превысил 30 млн долларов.",
                 "2025-03-01", ["lt"], id="ne-prevysil"),
    pytest.param("Товарооборот Гомельской области с Тверской областью в 2025 году, по прогнозу, составит от 80 до 90 "
                 "млн долларов.", "2025-03-01", ["gt", "lt"], id="ot-do-range"),
])
def test_bounds_of_plans_and_ranges(text, published, bounds):
    assert [f.bound for f in extract(text, dt.date.fromisoformat(published))] == bounds


@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот Могилевской области с Калужской областью в 2024 году превысил четверть "
                 "миллиарда долларов.", [(250e6, "gt", None)], id="quarter-of-a-billion"),
    pytest.param("В 2024 году экспорт Могилевской области в Калужскую область составил почти три четверти "
                 "миллиарда российских рублей.", [(750e6, "approx", None)], id="three-quarters"),
    pytest.param("Экспорт Могилевской области в Калужскую область в 2024 году составил около трети "
                 "миллиона долларов.", [(1e6 / 3, "approx", None)], id="a-third-of-a-million"),
    # an increase by a quarter of a billion is an amount, not a 25 % change
    pytest.param("Товарооборот Могилевской области с Калужской областью в 2024 году вырос на четверть "
                 "миллиарда долларов и достиг 1,2 млрд долларов.", [(1.2e9, "eq", None)], id="up-by-quarter-billion"),
    pytest.param("Товарооборот Могилевской области с Калужской областью в 2024 году вырос на четверть и "
                 "достиг 1,2 млрд долларов.", [(1.2e9, "eq", 25.0)], id="up-by-a-quarter"),
])
def test_fractions_of_a_multiplier(text, expected):
    got = [(f.value, f.bound, f.change_pct) for f in extract(text, dt.date(2025, 3, 1))]
    assert [(pytest.approx(v), b, c) for v, b, c in expected] == got

# More rules of extractor 1.38.0 (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В первом квартале 2024 года товарооборот Беларуси и Казахстана составил 1 млрд 250 млн"
                 " 400 тыс долларов.", "2024-06-01",
                 [("turnover", "BY", "KZ", 1.2504e9, "eq", "2024-01-01", "2024-03-31", None, "reported")],
                 id="amount-in-parts"),
])
def test_amounts_full_more(text, published, expected):
    assert fields(text, published, *FULL) == expected

# Rules of extractor 1.38.0 added last (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В 2024 году из-за сложностей с платежами объем торговли Приморского края с Китаем "
                 "снизился до шести миллиардов долларов.", "2025-03-01",
                 [("turnover", "RU-PRI", "CN", 6e9, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="not-trade-word-inside-a-cause"),
])
def test_amounts_full_last(text, published, expected):
    assert fields(text, published, *FULL) == expected


# General rules of extractor 1.40.3–1.41.2 (issue 9, docs/extraction.md), on sentences written for them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 30 млн долларов, превысив "
                 "показатель 2023 года на 4 млн долларов.", "2025-03-01",
                 [("export", "BY-HO", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="an-excess-over-a-base-is-an-increment"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год подобрался под 30 млн долларов.", "2025-03-01",
                 [("export", "BY-HO", "AM", 30e6, "approx", "2024-01-01", "2024-12-31", None, "reported")],
                 id="pod-before-an-amount-is-approximate"),
    pytest.param("В 2024 году экспорт Гомельской области в Армению составил 2 млн 340 тыс 500, импорт — 1 млн 20 тыс "
                 "долларов.", "2025-03-01",
                 [("export", "BY-HO", "AM", 2340500.0, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "BY-HO", "AM", 1020000.0, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="bare-units-after-thousands-close-the-parts"),
    pytest.param("Товарооборот Гомельской области с Арменией в 2024 году вырос с 40 до 50 млн долларов.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", 4e7, "eq", "2023-01-01", "2023-12-31", None, "reported"),
                  ("turnover", "BY-HO", "AM", 5e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-bare-base-level-takes-the-new-levels-scale"),
    pytest.param("Товарооборот Гомельской области с Арменией с 2019 до 2024 года вырос на 25 %.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 25.0, "reported")],
                 id="years-from-to-are-no-base-level"),
    pytest.param("Товарооборот Гомельской области с Арменией в 2024 году составил 50 млн долларов (экспорт — 40 млн, "
                 "импорт — 10 млн).", "2025-03-01",
                 [("turnover", "BY-HO", "AM", 5e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "BY-HO", "AM", 4e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "BY-HO", "AM", 1e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-flow-word-in-brackets-labels-a-part-not-a-restatement"),
    pytest.param("Экспорт Гомельской области в Узбекистан в 2024 году составил 12,5 млн дол., а импорт оттуда — около "
                 "150 млрд сумов.", "2025-03-01",
                 [("export", "BY-HO", "UZ", 12.5e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "BY-HO", "UZ", 150e9, "approx", "2024-01-01", "2024-12-31", None, "reported")],
                 id="dol-abbreviation-and-uzbek-sums"),
])
def test_amounts_general(text, published, expected):
    assert fields(text, published, *FULL) == expected


# Composed set of 1.41.39 (issue 9, class "a missed fact": amounts, trade words and places in forms
# other writers use), written before the extractor was run on them. (metric, a, b, value, currency,
# bound) of each fact; every sentence is about 2024 and published 2025-03-01.
_NB = "\u00a0"


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году товарооборот Беларуси и Казахстана составил свыше 1,6 миллиарда долларов.",
                 [("turnover", "BY", "KZ", 1.6e9, "USD", "gt")], id="svyshe-milliarda"),
    pytest.param("Товарооборот Беларуси и Армении в 2024 году достиг полумиллиарда долларов.",
                 [("turnover", "BY", "AM", 5e8, "USD", "eq")], id="polumilliarda"),
    pytest.param("В 2024 году товарооборот Беларуси и Вьетнама составил $1,2 млрд.",
                 [("turnover", "BY", "VN", 1.2e9, "USD", "eq")], id="dollar-sign-before"),
    pytest.param("В 2024 году товарооборот Беларуси и Монголии составил 45,6 млн долл. США.",
                 [("turnover", "BY", "MN", 45.6e6, "USD", "eq")], id="doll-ssha"),
    pytest.param("В 2024 году экспорт Беларуси в Лаос составил 350 тыс. долларов.",
                 [("export", "BY", "LA", 3.5e5, "USD", "eq")], id="tys-dollarov"),
    pytest.param("В 2024 году товарооборот Гомельской области с Брянской областью составил 12,5 млрд руб.",
                 [("turnover", "BY-HO", "RU-BRY", 12.5e9, "RUB", "eq")], id="mlrd-rub"),
    pytest.param(f"В 2024 году товарооборот Беларуси и Кубы составил 45{_NB}600{_NB}000 долларов.",
                 [("turnover", "BY", "CU", 45.6e6, "USD", "eq")], id="nbsp-thousands"),
    pytest.param("В 2024 году товарооборот Беларуси и Китая достиг восьми миллиардов долларов.",
                 [("turnover", "BY", "CN", 8e9, "USD", "eq")], id="number-word-genitive"),
    pytest.param("Объём взаимной торговли Беларуси и Узбекистана в 2024 году составил 1,2 млрд долларов США.",
                 [("turnover", "BY", "UZ", 1.2e9, "USD", "eq")], id="obyom-vzaimnoy-torgovli"),
    pytest.param("Внешнеторговый оборот Беларуси с Ираном в 2024 году составил 140 млн долларов.",
                 [("turnover", "BY", "IR", 140e6, "USD", "eq")], id="vneshnetorgovyy-oborot-with-partner"),
    pytest.param("В 2024 году объем торговли между Беларусью и Индонезией превысил 100 млн долларов.",
                 [("turnover", "BY", "ID", 100e6, "USD", "gt")], id="obyem-torgovli-mezhdu"),
    pytest.param("Товарооборот Беларуси и Турции в 2024 году вырос до 1,5 млрд долларов.",
                 [("turnover", "BY", "TR", 1.5e9, "USD", "eq")], id="vyros-do"),
    pytest.param("Двусторонний товарооборот Беларуси и Азербайджана в 2024 году составил 450 млн долларов.",
                 [("turnover", "BY", "AZ", 450e6, "USD", "eq")], id="dvustoronniy"),
    pytest.param("Взаимная торговля Беларуси и Таджикистана в 2024 году достигла 130 млн долларов.",
                 [("turnover", "BY", "TJ", 130e6, "USD", "eq")], id="vzaimnaya-torgovlya-dostigla"),
    pytest.param("В 2024 году торговый оборот Беларуси и Грузии составил 190 млн долларов.",
                 [("turnover", "BY", "GE", 190e6, "USD", "eq")], id="torgovyy-oborot"),
    pytest.param("В 2024 году товарооборот Республики Беларусь и Кыргызской Республики составил 260 млн долларов.",
                 [("turnover", "BY", "KG", 260e6, "USD", "eq")], id="kyrgyzskaya-respublika"),
    pytest.param("В 2024 году товарооборот Белоруссии и Киргизии составил 260 млн долларов.",
                 [("turnover", "BY", "KG", 260e6, "USD", "eq")], id="belorussiya-kirgiziya"),
    pytest.param("В 2024 году товарооборот между РБ и КНР составил 8 млрд долларов.",
                 [("turnover", "BY", "CN", 8e9, "USD", "eq")], id="rb-knr"),
    pytest.param("В 2024 году товарооборот Гродненщины с Калининградской областью составил 410 млн долларов.",
                 [("turnover", "BY-HR", "RU-KGD", 410e6, "USD", "eq")], id="grodnenshchina"),
    pytest.param("В 2024 году товарооборот Витебщины со Псковщиной составил 120 млн долларов.",
                 [("turnover", "BY-VI", "RU-PSK", 120e6, "USD", "eq")], id="vitebshchina-pskovshchina"),
    pytest.param("В 2024 году экспорт белорусских товаров в Узбекистан составил 600 млн долларов США.",
                 [("export", "BY", "UZ", 600e6, "USD", "eq")], id="eksport-belorusskih-tovarov"),
    pytest.param("В 2024 году Беларусь экспортировала в Казахстан товаров на 1,1 млрд долларов.",
                 [("export", "BY", "KZ", 1.1e9, "USD", "eq")], id="eksportirovala-tovarov-na"),
    pytest.param("В 2024 году Беларусь импортировала из Китая продукции на 5 млрд долларов.",
                 [("import", "BY", "CN", 5e9, "USD", "eq")], id="importirovala-iz"),
    pytest.param("Товарооборот Беларуси и ОАЭ в 2024 году составил 700 млн долларов.",
                 [("turnover", "BY", "AE", 700e6, "USD", "eq")], id="oae"),
    pytest.param("В 2024 году товарооборот Минской области с Подмосковьем составил 1 млрд 200 млн долларов.",
                 [("turnover", "BY-MI", "RU-MOS", 1.2e9, "USD", "eq")], id="podmoskovye-amount-in-parts"),
    pytest.param("В 2024 году товарооборот Беларуси и Татарстана превысил 600 миллионов долларов.",
                 [("turnover", "BY", "RU-TA", 600e6, "USD", "gt")], id="tatarstan"),
    pytest.param("В 2024 году товарооборот Беларуси с Башкирией составил 400 млн долларов.",
                 [("turnover", "BY", "RU-BA", 400e6, "USD", "eq")], id="bashkiriya"),
    pytest.param("В 2024 году товарооборот Беларуси и Кузбасса составил 250 млн долларов.",
                 [("turnover", "BY", "RU-KEM", 250e6, "USD", "eq")], id="kuzbass"),
    pytest.param("В 2024 году товарооборот Беларуси и Югры составил 50 млн долларов.",
                 [("turnover", "BY", "RU-KHM", 50e6, "USD", "eq")], id="yugra"),
    pytest.param("В 2024 году товарооборот Беларуси с Ленобластью составил 900 млн долларов.",
                 [("turnover", "BY", "RU-LEN", 900e6, "USD", "eq")], id="lenoblast"),
    pytest.param("В 2024 году товарооборот Беларуси и Сербии составил 230 млн американских долларов.",
                 [("turnover", "BY", "RS", 230e6, "USD", "eq")], id="amerikanskih-dollarov"),
    pytest.param("В 2024 году товарооборот Беларуси и Кубы составил порядка 40 млн $.",
                 [("turnover", "BY", "CU", 40e6, "USD", "approx")], id="dollar-sign-after"),
    pytest.param("В 2024 году товарооборот Беларуси и Китая составил 8 миллиардов 200 миллионов долларов.",
                 [("turnover", "BY", "CN", 8.2e9, "USD", "eq")], id="words-in-parts"),
    pytest.param("В 2024 году товарооборот Беларуси и Вьетнама составил 160 млн USD.",
                 [("turnover", "BY", "VN", 160e6, "USD", "eq")], id="usd-after"),
    pytest.param("В 2024 году товарооборот Беларуси и Омской области составил 4,5 млрд российских рублей.",
                 [("turnover", "BY", "RU-OMS", 4.5e9, "RUB", "eq")], id="rossiyskih-rubley"),
    pytest.param("В 2024 году товарооборот Брестской области с Польшей составил 300 млн евро.",
                 [("turnover", "BY-BR", "PL", 300e6, "EUR", "eq")], id="evro"),
    pytest.param("В 2024 году товарооборот Беларуси и Казахстана составил полтора миллиарда долларов.",
                 [("turnover", "BY", "KZ", 1.5e9, "USD", "eq")], id="poltora-milliarda"),
    pytest.param("В 2024 году товарооборот Беларуси и Азербайджана составил почти полмиллиарда долларов.",
                 [("turnover", "BY", "AZ", 5e8, "USD", "approx")], id="pochti-polmilliarda"),
    pytest.param("Беларусь и Армения в 2024 году наторговали на 1,1 млрд долларов.",
                 [("turnover", "BY", "AM", 1.1e9, "USD", "eq")], id="natorgovali"),
    pytest.param("В 2024 году Армения закупила в Беларуси товаров на 210 млн долларов.",
                 [("import", "AM", "BY", 210e6, "USD", "eq")], id="zakupila-v"),
    pytest.param("В 2024 году белорусско-армянский товарооборот составил 1,1 млрд долларов.",
                 [("turnover", "BY", "AM", 1.1e9, "USD", "eq")], id="two-country-adjective"),
    pytest.param("В 2024 году объем внешней торговли Беларуси с Эквадором составил 90 млн долларов.",
                 [("turnover", "BY", "EC", 90e6, "USD", "eq")], id="vneshney-torgovli-s-partner"),
    pytest.param("По итогам 2024 года товарооборот Беларуси и Пакистана составил 95,3 млн долл.",
                 [("turnover", "BY", "PK", 95.3e6, "USD", "eq")], id="doll-at-the-end"),
    pytest.param("В 2024 году товарооборот Беларуси и Ирана составил сто сорок миллионов долларов.",
                 [("turnover", "BY", "IR", 140e6, "USD", "eq")], id="compound-number-words"),
    pytest.param("В 2024 году товарооборот Беларуси и Египта составил 0,29 млрд долларов.",
                 [("turnover", "BY", "EG", 0.29e9, "USD", "eq")], id="fraction-of-a-billion"),
    pytest.param("В 2024 году Беларусь продала в Монголию товаров на 30 млн долларов, а купила там — на 3 млн "
                 "долларов.", [("export", "BY", "MN", 30e6, "USD", "eq"), ("import", "BY", "MN", 3e6, "USD", "eq")],
                 id="prodala-kupila"),
    pytest.param("В 2024 году товарооборот Беларуси и Вьетнама составил свыше 2-х миллиардов долларов.",
                 [("turnover", "BY", "VN", 2e9, "USD", "gt")], id="digit-with-a-case-ending"),
    pytest.param("В 2024 году товарооборот Беларуси и Вьетнама составил более 3-х млрд долларов.",
                 [("turnover", "BY", "VN", 3e9, "USD", "gt")], id="digit-with-a-case-ending-abbreviated"),
    pytest.param("В 2024 году товарооборот Беларуси и Вьетнама составил около трех с половиной миллиардов долларов.",
                 [("turnover", "BY", "VN", 3.5e9, "USD", "approx")], id="words-and-a-half"),
])
def test_amounts_in_other_forms(text, expected):
    assert fields(text, "2025-03-01", "metric", "a", "b", "value", "currency", "bound") == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Главные торговые партнеры Витебской области в 2024 году (млн долларов): Россия — 1900, Латвия — 120, "
                 "Китай — 60.", [("turnover", "BY-VI", "RU", 1.9e9), ("turnover", "BY-VI", "LV", 1.2e8),
                                 ("turnover", "BY-VI", "CN", 6e7)], id="a-year-like-number-after-a-place"),
    pytest.param("Экспорт Витебской области в Россию (млн долларов): 2023 — 1800, 2024 — 1900.",
                 [("export", "BY-VI", "RU", 1.8e9), ("export", "BY-VI", "RU", 1.9e9)], id="years-label-the-rows"),
])
def test_table_rows(text, expected):
    """Composed for 1.41.50 (issue 9, missed facts): a table's unit in a header; a four-digit number after a
    place and a dash is an amount ("Россия — 1900"), after a year it labels the row."""
    assert [(f.metric, f.a, f.b, f.value) for f in extract(text, dt.date(2025, 3, 1))] == expected


@pytest.mark.parametrize("subject, verb, metric", [
    ("объем экспортно-импортных операций Беларуси с Вьетнамом", "составил", "turnover"),
    ("объем взаимных поставок товаров между Беларусью и Вьетнамом", "составил", "turnover"),
    ("объем экспорта и импорта между Беларусью и Вьетнамом", "составил", "turnover"),
    ("суммарный объем торговли Беларуси и Вьетнама", "составил", "turnover"),
    ("внешнеторговый товарооборот Беларуси и Вьетнама", "составил", "turnover"),
    ("взаимная торговля товарами и услугами Беларуси и Вьетнама", "составила", "turnover"),
    ("объем внешней торговли товарами Беларуси с Вьетнамом", "составил", "turnover"),
    ("продажи белорусских товаров во Вьетнам", "составили", "export"),
    ("вывоз белорусских товаров во Вьетнам", "составил", "export"),
    ("ввоз товаров из Вьетнама в Беларусь", "составил", "import"),
    ("закупки вьетнамских товаров Беларусью", "составили", "import"),
])
def test_trade_words(subject, verb, metric):
    """Composed for 1.41.51 (issue 9, missed facts): the names other writers give a flow."""
    text = f"В 2024 году {subject} {verb} 160 млн долларов."
    assert [f.metric for f in extract(text, dt.date(2025, 3, 1))] == [metric]


@pytest.mark.parametrize("qualified, bound", [
    ("составил чуть более 300 млн долларов", "gt"), ("составил немногим более 300 млн долларов", "gt"),
    ("перевалил за 300 млн долларов", "gt"), ("составил чуть менее 300 млн долларов", "lt"),
    ("не превысил 300 млн долларов", "lt"), ("составил без малого 300 млн долларов", "approx"),
    ("оценивается примерно в 300 млн долларов", "approx"), ("составил ориентировочно 300 млн долларов", "approx"),
    ("составил порядка трехсот миллионов долларов", "approx"), ("составил почти $300 млн", "approx"),
])
def test_bound_qualifiers(qualified, bound):
    """Composed for 1.41.58 (issue 9): the qualifiers other writers put before an amount."""
    text = f"В 2024 году товарооборот Беларуси и Армении {qualified}."
    assert [f.bound for f in extract(text, dt.date(2025, 3, 1))] == [bound]
