"""Extraction rules: direction: who exports, who imports.

One row per rule of docs/extraction.md ("Places"), on invented sentences;
the rows of every batch that added such a rule are here, whatever the batch."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.rules_helpers import FULL, Y24, dated_facts, dated_facts_with_change, facts, fields


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году экспорт Омской области в Армению вырос на 5 %, а импорт из Армении, "
                 "наоборот, упал на 3 %.", [("export", "RU-OMS", "AM", None, None, 5.0),
                                          ("import", "RU-OMS", "AM", None, None, -3.0)],
                 id="naoborot-is-not-turnover"),
    pytest.param("Крупнейшим импортером омской продукции в 2024 году стала Грузия ($5 млн).",
                 [("export", "RU-OMS", "GE", 5e6, "USD", None)], id="importer-of-our-goods-is-export"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил $9 млн, из которых "
                 "$6 млн пришлось на экспорт и $3 млн — на импорт.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("export", "RU-OMS", "AM", 6e6, "USD", None),
                  ("import", "RU-OMS", "AM", 3e6, "USD", None)], id="label-after-amount"),
    # "… пришлось/приходится на экспорт" labels the amount before it only inside its clause: across
    # ", причём" the amounts before continue the article's topic (segments.py, 1.41.104).
    pytest.param("Товарооборот Свердловской области с Китаем растёт третий год подряд. Он составил 8 млрд "
                 "долларов в 2022 году, 9,5 млрд в 2023-м и 10,2 млрд в 2024-м, причём почти треть приходится "
                 "на экспорт области в Китай — 3 млрд долларов.",
                 [("turnover", "RU-SVE", "CN", 8e9, "USD", None), ("turnover", "RU-SVE", "CN", 9.5e9, "USD", None),
                  ("turnover", "RU-SVE", "CN", 10.2e9, "USD", None), ("export", "RU-SVE", "CN", 3e9, "USD", None)],
                 id="label-after-amount-stops-at-clause-break"),
    pytest.param("Товарооборот Омской области с Арменией вырос. В 2024 году он составил $9 млн, при этом на "
                 "экспорт пришлось $6 млн.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("export", "RU-OMS", "AM", 6e6, "USD", None)],
                 id="label-before-amount-after-clause-break"),
    pytest.param("В 2024 году омские компании закупили в Армении товаров на 5 млн долларов.",
                 [("import", "RU-OMS", "AM", 5e6, "USD", None)], id="bought-in-locative-is-source"),
    pytest.param("В 2024 году омскими компаниями закуплено в Армении товаров на 5 млн долларов.",
                 [("import", "RU-OMS", "AM", 5e6, "USD", None)], id="passive-zakupleno"),
    pytest.param("В 2024 году армянские фирмы закупили в Подмосковье товаров на 7 млн долларов.",
                 [("import", "AM", "RU-MOS", 7e6, "USD", None)], id="bought-in-ambiguous-case-is-source"),
    pytest.param("В 2024 году Армения поставила в Подмосковье товаров на 7 млн долларов.",
                 [("export", "AM", "RU-MOS", 7e6, "USD", None)], id="supplied-to-ambiguous-case-is-destination"),
    pytest.param("В 2024 году Армения ввезла в Омскую область товаров на 5 млн долларов.",
                 [("import", "RU-OMS", "AM", 5e6, "USD", None)], id="brought-into-accusative-is-destination"),
    pytest.param("В 2024 году Армения продала Омской области товаров на 3 млн долларов.",
                 [("export", "AM", "RU-OMS", 3e6, "USD", None)], id="dative-buyer-after-selling-verb"),
    pytest.param("Омская область и Армения в 2024 году наторговали на 9 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="natorgovali"),
    pytest.param("В 2024 году Омская область закупила у Армении товаров на 5 млн рублей, продала армянским "
                 "партнерам товаров на 3 млн рублей.", [("import", "RU-OMS", "AM", 5e6, "RUB", None),
                                                       ("export", "RU-OMS", "AM", 3e6, "RUB", None)],
                 id="adjective-with-dative-noun-is-a-buyer"),
    pytest.param("Доля Армении в экспорте Омской области в 2024 году достигла 5 %, при этом сам экспорт в "
                 "Армению составил 9 млн долларов.", [("export", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="later-mention-gives-direction"),
    pytest.param("В 2024 году Армения закупила в Омской области продукции на 5 млн долларов, а отгрузила туда — "
                 "на 3 млн долларов.", [("import", "AM", "RU-OMS", 5e6, "USD", None),
                                        ("export", "AM", "RU-OMS", 3e6, "USD", None)], id="otgruzila-tuda"),
])
def test_direction(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В 2024 году экспорт Омской области в Армению и импорт оттуда составили 4 и 7 млн "
                 "долларов соответственно.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 4e6, "USD", "2024-01-01", "2024-12-31"),
                  ("import", "RU-OMS", "AM", 7e6, "USD", "2024-01-01", "2024-12-31")],
                 id="respective-keywords"),
    pytest.param("За полугодие омские фирмы отправили в Армению товаров на 2 млн долларов.", "2025-08-01",
                 [("export", "RU-OMS", "AM", 2e6, "USD", "2025-01-01", "2025-06-30")],
                 id="otpravili-passes-the-gate"),
    pytest.param("Отгружено в Омскую область за полугодие армянской продукции на 3 млн долларов.", "2025-08-01",
                 [("export", "AM", "RU-OMS", 3e6, "USD", "2025-01-01", "2025-06-30")], id="otgruzheno-passes-the-gate"),
    pytest.param("Армения за полугодие продала в Омскую область товаров на 5 млн долларов; закупки на Кубани "
                 "составили 1 млрд рублей.", "2025-08-01",
                 [("export", "AM", "RU-OMS", 5e6, "USD", "2025-01-01", "2025-06-30"),
                  ("import", "AM", "RU-KDA", 1e9, "RUB", "2025-01-01", "2025-06-30")],
                 id="bought-na-locative-is-source"),
])
def test_direction_dated(text, published, expected):
    assert dated_facts(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В 2024 году Гомельская область закупила в Китае товаров на 200 млн долларов, в Германии — на "
                 "60 млн долларов.", "2025-03-01",
                 [("import", "BY-HO", "CN", 200e6, "USD", *Y24, None),
                  ("import", "BY-HO", "DE", 60e6, "USD", *Y24, None)],
                 id="country-name-read-as-a-place-for-the-locative"),
    pytest.param("В 2024 году Гомельская область поставила в Брянскую область продукции на 500 млн долларов, "
                 "закупив там товаров на 200 млн долларов.", "2025-03-01",
                 [("export", "BY-HO", "RU-BRY", 500e6, "USD", *Y24, None),
                  ("import", "BY-HO", "RU-BRY", 200e6, "USD", *Y24, None)], id="gerund-is-a-keyword"),
    pytest.param("Товарооборот Башкортостана с Гомельской областью в 2024 году составил 80 млн долларов. Из них "
                 "экспорт Гомельщины — 50 млн долларов.", "2025-03-01",
                 [("turnover", "RU-BA", "BY-HO", 80e6, "USD", *Y24, None),
                  ("export", "BY-HO", "RU-BA", 50e6, "USD", *Y24, None)], id="place-right-after-keyword-owns-the-flow"),
    pytest.param("В 2024 году товарооборот Тверской области с Беларусью составил 500 млн долларов. Из них на "
                 "Витебскую область пришлось 200 млн долларов.", "2025-03-01",
                 [("turnover", "RU-TVE", "BY", 500e6, "USD", *Y24, None),
                  ("turnover", "BY-VI", "RU-TVE", 200e6, "USD", *Y24, None)], id="portion-of-them"),
    pytest.param("Основными поставщиками товаров в Гомельскую область в 2024 году были Россия (2,2 млрд долларов) и "
                 "Китай (400 млн долларов).", "2025-03-01",
                 [("import", "BY-HO", "RU", 2.2e9, "USD", *Y24, None),
                  ("import", "BY-HO", "CN", 400e6, "USD", *Y24, None)],
                 id="suppliers-are-import"),
    pytest.param("В 2024 году экспорт Гродненской области в Казахстан составил 90 млн долларов, в Китай и из Китая — "
                 "40 и 150 млн долларов соответственно.", "2025-03-01",
                 [("export", "BY-HR", "KZ", 90e6, "USD", *Y24, None),
                  ("export", "BY-HR", "CN", 40e6, "USD", *Y24, None),
                  ("import", "BY-HR", "CN", 150e6, "USD", *Y24, None)], id="to-and-from-respectively"),
    pytest.param("На Гомельщине в 2024 году экспорт товаров в Россию вырос на 6 %, до 900 млн долларов.",
                 "2025-03-01", [("export", "BY-HO", "RU", 900e6, "USD", *Y24, 6.0)], id="locative-na-is-the-exporter"),
])
def test_direction_dated_with_change(text, published, expected):
    assert dated_facts_with_change(text, published) == expected

# Rules of extractor 1.38.0 (issue 9, classes seen on real text), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В 2015 году товарооборот Литвы и Калининградской области составил 230 млн долларов. "
                 "Экспорт калининградских товаров составил 90 млн долларов, импорт литовских — 140 млн "
                 "долларов.", "2016-03-01",
                 [("turnover", "LT", "RU-KGD", 230e6, "eq", "2015-01-01", "2015-12-31", None, "reported"),
                  ("export", "RU-KGD", "LT", 90e6, "eq", "2015-01-01", "2015-12-31", None, "reported"),
                  ("import", "RU-KGD", "LT", 140e6, "eq", "2015-01-01", "2015-12-31", None, "reported")],
                 id="origin-adjective-after-flow"),
    pytest.param("В 2024 году товарооборот Иркутской области и Беларуси превысил 77 млн долларов, а "
                 "импорт белорусской продукции вырос на 16,5 %.", "2025-03-01",
                 [("turnover", "RU-IRK", "BY", 77e6, "gt", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "RU-IRK", "BY", None, "eq", "2024-01-01", "2024-12-31", 16.5, "reported")],
                 id="import-of-partner-goods"),
])
def test_direction_full(text, published, expected):
    assert fields(text, published, *FULL) == expected

# More rules of extractor 1.38.0 (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Китай — главный торговый партнер Омской области: в 2024 году товарооборот с ним достиг"
                 " 15 млрд рублей, из этой суммы 11 млрд рублей приходится на импорт и 4 млрд рублей — "
                 "на экспорт.", "2025-03-01",
                 [("turnover", "RU-OMS", "CN", 15e9, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "RU-OMS", "CN", 11e9, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "RU-OMS", "CN", 4e9, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="prihoditsya-na-labels-the-amount"),
])
def test_direction_full_more(text, published, expected):
    assert fields(text, published, *FULL) == expected


# General rules of extractor 1.40.3–1.41.2 (issue 9, docs/extraction.md), on sentences written for them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Раньше Армения поставляла в Омскую область коньяк, а в 2024 году отгружала туда разных "
                 "товаров на 20 млн долларов.", "2025-03-01",
                 [("export", "AM", "RU-OMS", 20e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="imperfective-otgruzhala"),
    pytest.param("Товарооборот Армении с Омской областью за 2024 год составил 30 млн долларов, из них 12 млн "
                 "долларов пришлось на армянский экспорт, а 18 млн долларов — на импорт.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 30e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "AM", "RU-OMS", 12e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "AM", "RU-OMS", 18e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="label-with-an-owner-adjective"),
    pytest.param("Объем армянских поставок в Омскую область за 2024 год увеличился на 7 %.", "2025-03-01",
                 [("export", "AM", "RU-OMS", None, "eq", "2024-01-01", "2024-12-31", 7.0, "reported")],
                 id="genitive-plural-postavok"),
    pytest.param("Рост закупок Омской области в Армении в 2024 году составил 5 %.", "2025-03-01",
                 [("import", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 5.0, "reported")],
                 id="genitive-plural-zakupok"),
    pytest.param("Взаимные поставки Армении и Омской области за 2024 год составили 25 млн долларов.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 25e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="mutual-deliveries-are-turnover"),
    pytest.param("Импортные поставки Омской области из Армении за 2024 год составили 9 млн долларов.", "2025-03-01",
                 [("import", "RU-OMS", "AM", 9e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="import-deliveries-are-import"),
    pytest.param("Объем экспорта-импорта Омской области с Арменией за 2024 год составил 25 млн долларов.",
                 "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 25e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="export-import-is-turnover"),
    pytest.param("Омская делегация побывала на форуме в Ереване. Губернатор назвал Армению одним из основных "
                 "торговых партнеров региона: за 2024 год товарооборот вырос на 12 %, в том числе экспорт — на 9 %.",
                 "2025-03-01",
                 [("turnover", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 12.0, "reported"),
                  ("export", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="the-owner-of-a-partner-reports-the-flow"),
    pytest.param("На форуме российских и армянских регионов в Ереване вице-губернатор Омской области назвал Армению "
                 "одним из важнейших партнеров региона. В 2024 году товарооборот вырос на 12 %, а экспорт — на 9 %.",
                 "2025-03-01",
                 [("turnover", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 12.0, "reported"),
                  ("export", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="the-owner-of-a-partner-among-more-places-reports-the-next-sentence"),
    pytest.param("По данным торгпредства Армении в Омске, в 2024 году товарооборот Омской области и Армении составил "
                 "40 млн долларов; на экспорт пришлось 15 млн долларов, на импорт — 25 млн долларов.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 4e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "AM", "RU-OMS", 1.5e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "AM", "RU-OMS", 2.5e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="the-source-of-the-statistics-reports-the-flows"),
    pytest.param("По данным армянской таможни, в 2024 году экспорт Омской области в Армению составил 15 млн "
                 "долларов.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 1.5e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-preposition-beats-the-source-of-the-statistics"),
    pytest.param("Армения в 2024 году приобрела у Омской области товаров на 12 млн долларов.", "2025-03-01",
                 [("import", "AM", "RU-OMS", 1.2e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="priobrela-is-buying-like-kupila"),
    pytest.param("Губернатор Омской области встретился с послом Армении. В 2024 году импорт области вырос на 8 %, а "
                 "экспорт Армении — на 5 %.", "2025-03-01",
                 [("import", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 8.0, "reported"),
                  ("export", "AM", "RU-OMS", None, "eq", "2024-01-01", "2024-12-31", 5.0, "reported")],
                 id="the-place-after-a-flow-word-owns-it-with-a-context-partner"),
    pytest.param("В 2024 году продажи омских товаров в Армению выросли на 12 %, отгрузки в Грузию — на 8 %, а "
                 "товарообмен Омской области с Казахстаном — на 5 %.", "2025-03-01",
                 [("export", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 12.0, "reported"),
                  ("export", "RU-OMS", "GE", None, "eq", "2024-01-01", "2024-12-31", 8.0, "reported"),
                  ("turnover", "RU-OMS", "KZ", None, "eq", "2024-01-01", "2024-12-31", 5.0, "reported")],
                 id="prodazhi-otgruzki-and-tovaroobmen-are-flow-words"),
    pytest.param("В 2024 году в Армению было продано омских товаров на 12 млн долларов, а из Армении в Омскую область "
                 "завезено продукции на 3 млн долларов.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 1.2e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "RU-OMS", "AM", 3e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="passive-prodano-with-a-destination-before-it-and-zavezeno"),
])
def test_direction_general(text, published, expected):
    assert fields(text, published, *FULL) == expected


# Composed set of 1.41.46 (issue 9, direction): an adjective right before a flow word owns the flow;
# written before the extractor was run on them. (metric, a, b, change_pct).
@pytest.mark.parametrize("text, expected", [
    pytest.param("В первом полугодии 2025 года взаимная торговля Беларуси и Казахстана прибавила 9 %, а белорусский "
                 "экспорт — 11 %.", [("turnover", "BY", "KZ", 9.0), ("export", "BY", "KZ", 11.0)],
                 id="elliptic-adjective-export"),
    pytest.param("В первом полугодии 2025 года товарооборот Беларуси и Казахстана вырос на 9 %. Казахстанский экспорт "
                 "увеличился на 11 %.", [("turnover", "BY", "KZ", 9.0), ("export", "KZ", "BY", 11.0)],
                 id="the-partners-adjective-export-in-the-next-sentence"),
    pytest.param("В первом полугодии 2025 года товарооборот Беларуси и Казахстана вырос на 9 %. Белорусский импорт "
                 "сократился на 4 %.", [("turnover", "BY", "KZ", 9.0), ("import", "BY", "KZ", -4.0)],
                 id="the-reporting-sides-adjective-import"),
    pytest.param("В первом полугодии 2025 года товарооборот Беларуси и Казахстана вырос на 9 %. Казахстанский импорт "
                 "из Беларуси увеличился на 11 %.", [("turnover", "BY", "KZ", 9.0), ("import", "KZ", "BY", 11.0)],
                 id="adjective-import-with-a-source"),
])
def test_adjective_owns_the_flow(text, expected):
    assert [(f.metric, f.a, f.b, f.change_pct) for f in extract(text, dt.date(2025, 8, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Импорт Казахстана в 2024 году составил 60 млрд долларов, из них на Россию пришлось 17 млрд "
                 "долларов, на Китай — 15 млрд долларов.",
                 [("import", "KZ", "RU", 17e9), ("import", "KZ", "CN", 15e9)], id="portions-of-an-owners-import"),
    pytest.param("Экспорт Узбекистана в 2024 году составил 25 млрд долларов, из них на Россию пришлось 3 млрд "
                 "долларов.", [("export", "UZ", "RU", 3e9)], id="portion-of-an-owners-export"),
    pytest.param("Экспорт Беларуси в 2024 году составил 45 млрд долларов, на Россию пришлось 25 млрд долларов, на "
                 "Китай — 4 млрд долларов.", [("export", "BY", "RU", 25e9), ("export", "BY", "CN", 4e9)],
                 id="portions-without-iz-nih"),
])
def test_portions_of_a_countrys_flow(text, expected):
    """Composed for 1.41.49 (issue 9, direction): "на X пришлось" labels a partner's portion of the owner's
    flow — no destination; the owner (the place right after the flow word) reports it."""
    assert [(f.metric, f.a, f.b, f.value) for f in extract(text, dt.date(2025, 3, 1))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Что касается торговли Беларуси с Арменией, то в 2024 году она составила 1,1 млрд долларов.",
     ("turnover", "AM", "BY")),
    ("Если говорить о товарообороте Беларуси с Арменией, то в 2024 году он вырос до 1,1 млрд долларов.",
     ("turnover", "AM", "BY")),
    ("По товарообороту с Арменией Беларусь в 2024 году вышла на 1,1 млрд долларов.", ("turnover", "AM", "BY")),
    ("С Арменией в 2024 году товарооборот Беларуси составил 1,1 млрд долларов.", ("turnover", "AM", "BY")),
    ("Армения в 2024 году закупила у Беларуси товаров более чем на 800 млн долларов.", ("import", "AM", "BY")),
    ("В Армению в 2024 году из Беларуси поставлено товаров на 800 млн долларов.", ("export", "BY", "AM")),
    ("Белорусские товары в 2024 году были поставлены в Армению на сумму 800 млн долларов.", ("export", "BY", "AM")),
    ("Армянские компании в 2024 году приобрели белорусской продукции на 800 млн долларов.", ("import", "AM", "BY")),
    ("В 2024 году объем поставок белорусской продукции на армянский рынок составил 800 млн долларов.",
     ("export", "BY", "AM")),
    ("В 2024 году на рынок Армении было поставлено белорусской продукции на 800 млн долларов.", ("export", "BY", "AM")),
])
def test_flows_in_other_word_orders(text, expected):
    """Composed for 1.41.55 (issue 9, wrong places): the same flows in other word orders; "на рынок X" is a
    destination. A turnover pair is unordered (compared sorted)."""
    (f,) = extract(text, dt.date(2025, 3, 1))
    got = (f.metric, *sorted((f.a, f.b))) if f.metric == "turnover" else (f.metric, f.a, f.b)
    assert got == expected
