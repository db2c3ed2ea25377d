"""One row per extraction rule (docs/extraction.md), on invented sentences: text → facts."""

import datetime as dt

import pytest

from etl.extract import extract

PUB = dt.date(2025, 8, 14)


def _facts(text):
    return [(f.metric, f.a, f.b, f.value, f.currency, f.change_pct) for f in extract(text, PUB)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Экспорт Гродненской области в страны Азии в 2024 году вырос на 9 %.", [],
                 id="group-after-v-plural"),
    pytest.param("Оборот Татарстана с государствами-членами ОДКБ в 2024 году составил $3 млрд.", [],
                 id="group-partner-with-local-side"),
    pytest.param("Ввоз овощей в Брестскую область в 2024 году сократился на 8 %: всё привезли из-за рубежа.",
                 [], id="abroad-is-a-group"),
    pytest.param("Внешняя торговля Омской области в 2024 году выросла на 12 %.", [], id="total-trade"),
    pytest.param("Посол Армении на встрече с главой Тывы сказал, что в 2024 году товарооборот Армении "
                 "и России составил $7 млрд.", [("turnover", "AM", "RU", 7e9, "USD", None)],
                 id="sides-next-to-keyword"),
    pytest.param("В 2024 году внешнеторговый оборот Омской области с Арменией составил $9 млн.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="foreign-trade-with-partner"),
    pytest.param("В 2024 году экспорт Омской области в Армению вырос на 5 %, а импорт из Армении, "
                 "наоборот, упал на 3 %.", [("export", "RU-OMS", "AM", None, None, 5.0),
                                          ("import", "RU-OMS", "AM", None, None, -3.0)],
                 id="naoborot-is-not-turnover"),
    pytest.param("Товарооборот Омской области и Армении в 2024 году вырос на 20 %. Генконсул Армении "
                 "уточнил, что в 2024 году экспорт вырос на 30 %.",
                 [("turnover", "RU-OMS", "AM", None, None, 20.0), ("export", "RU-OMS", "AM", None, None, 30.0)],
                 id="running-pair-keeps-order"),
])
def test_rule(text, expected):
    assert _facts(text) == expected


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
    pytest.param("В 2024 году экспорт Омской области в Армению, снизившись на 6 %, превысил $9 млн.",
                 [("export", "RU-OMS", "AM", 9e6, "USD", -6.0)], id="verb-after-change-is-not-its-sign"),
    pytest.param("В 2024 году экспорт грузов из Омской области в Армению вырос на 6 %.", [],
                 id="freight-is-not-trade"),
    pytest.param("В 2024 году Армения недополучила на поставках в Омскую область 9 млн долларов.", [],
                 id="lost-revenue"),
    pytest.param("Дилеры Омской области в 2024 году продали армянской техники на 9 млн долларов.", [],
                 id="dealer-sales"),
    pytest.param("В 2024 году экспорт Омской области в Армению составил $3,3 млрд. Доля Армении "
                 "в экспорте области выросла.", [("export", "RU-OMS", "AM", 3.3e9, "USD", None)],
                 id="sentence-ends-after-mlrd"),
])
def test_amount_rule(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил $9 млн. В пятерку также вошли "
                 "Грузия ($5 млн) и Молдова ($4 млн).",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("turnover", "RU-OMS", "GE", 5e6, "USD", None),
                  ("turnover", "RU-OMS", "MD", 4e6, "USD", None)], id="partners-with-bracketed-amounts"),
    pytest.param("В 2024 году товарооборот Омской области с Грузией и Молдовой составил $5 млн и $4 млн "
                 "соответственно.", [("turnover", "RU-OMS", "GE", 5e6, "USD", None),
                                     ("turnover", "RU-OMS", "MD", 4e6, "USD", None)], id="respectively"),
    pytest.param("В 2024 году торговля Омской области упала: с Грузией — на 5 %, с Молдовой — на 4 %.",
                 [("turnover", "RU-OMS", "GE", None, None, -5.0), ("turnover", "RU-OMS", "MD", None, None, -4.0)],
                 id="partners-with-dashed-changes"),
    pytest.param("В 2024 году товарооборот Омской области с Грузией составил $5 млн, а торговля с Молдовой "
                 "выросла на 4 % и составила $3 млн.",
                 [("turnover", "RU-OMS", "GE", 5e6, "USD", None), ("turnover", "RU-OMS", "MD", 3e6, "USD", 4.0)],
                 id="change-does-not-cross-a-clause"),
    pytest.param("Крупнейшим импортером омской продукции в 2024 году стала Грузия ($5 млн).",
                 [("export", "RU-OMS", "GE", 5e6, "USD", None)], id="importer-of-our-goods-is-export"),
])
def test_list_rule(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил $9 млн, из которых "
                 "$6 млн пришлось на экспорт и $3 млн — на импорт.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("export", "RU-OMS", "AM", 6e6, "USD", None),
                  ("import", "RU-OMS", "AM", 3e6, "USD", None)], id="label-after-amount"),
    pytest.param("Товарооборот Омской области с Арменией в 2024 году вырос на 12 %. В 2024 году "
                 "оборот составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", 12.0)],
                 id="change-joins-value-of-another-sentence"),
    pytest.param("Товарооборот Омской области с Арменией вырос на 12 %. По итогам 2024 года экспорт "
                 "вырос на 20 %.", [("turnover", "RU-OMS", "AM", None, None, 12.0),
                                    ("export", "RU-OMS", "AM", None, None, 20.0)], id="lead-takes-body-period"),
    pytest.param("В 2024 году торговля Омской области с Арменией достигла 9 млн долларов, или 3 % всего "
                 "оборота, — на 12 % больше, чем годом ранее.", [("turnover", "RU-OMS", "AM", 9e6, "USD", 12.0)],
                 id="repeated-keyword-without-amount"),
    pytest.param("Экспорт Омской области в Армению за пять лет вырос в 4 раза: в 2019 году область "
                 "поставила туда продукции на 2 млн долларов.",
                 [("export", "RU-OMS", "AM", 2e6, "USD", None), ("export", "RU-OMS", "AM", None, None, 300.0)],
                 id="colon-details-keep-their-own-change"),
])
def test_article_rule(text, expected):
    assert sorted(_facts(text), key=str) == sorted(expected, key=str)


def _periods(text, published=PUB):
    return [(f.metric, f.b, f.period_start.isoformat() if f.period_start else None,
             f.period_end.isoformat() if f.period_end else None) for f in extract(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Экспорт Омской области в Армению в нынешнем году вырос на 20 %. Импорт из Армении за год "
                 "вырос в 2 раза.", dt.date(2025, 12, 20),
                 [("export", "AM", "2025-01-01", "2025-12-31"), ("import", "AM", "2025-01-01", "2025-12-31")],
                 id="bare-za-god-is-the-current-topic-year"),
    pytest.param("В январе-мае внешняя торговля Омской области выросла на 9 %. Торговля с Арменией за этот "
                 "период выросла на 12 %.", PUB, [("turnover", "AM", "2025-01-01", "2025-05-31")],
                 id="period-of-a-total-carries-on"),
    pytest.param("В январе-мае товарооборот Омской области с Арменией вырос на 9 %. Рост в этом году "
                 "показала и торговля с Грузией (на 4 %).", PUB,
                 [("turnover", "AM", "2025-01-01", "2025-05-31"), ("turnover", "GE", "2025-01-01", "2025-05-31")],
                 id="this-year-is-the-year-so-far"),
    pytest.param("В 2024 году экспорт Омской области в Армению составил 5 млн долларов, тогда как в 2023 году "
                 "поставки составили 3 млн долларов.", PUB,
                 [("export", "AM", "2024-01-01", "2024-12-31"), ("export", "AM", "2023-01-01", "2023-12-31")],
                 id="period-in-the-clause-before-the-keyword"),
])
def test_period_rule(text, published, expected):
    assert _periods(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Алтайский край в 2024 году нарастил экспорт на 5 %. Томская область при этом "
                 "набирала 2 млн долларов экспорта в год.", [], id="context-partner-crosses-a-border"),
    pytest.param("В 2024 году товарооборот Армении с Омской областью превысил 80 млн долларов, а с Томской "
                 "областью составил около 50 млн долларов.",
                 [("turnover", "AM", "RU-OMS", 8e7, "USD", None), ("turnover", "AM", "RU-TOM", 5e7, "USD", None)],
                 id="second-figure-own-partner"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил $9 млн, и при таких темпах "
                 "реально выйти на $12 млн.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None),
                                               ("turnover", "RU-OMS", "AM", 12e6, "USD", None)],
                 id="later-figure-keeps-pair"),
    pytest.param("Экспорт Омской области в Армению вырос в 2 раза. В 2024 году область реализовала в Армению "
                 "товаров на 8 млн долларов при задании в 6 млн долларов.",
                 [("export", "RU-OMS", "AM", 8e6, "USD", 100.0), ("export", "RU-OMS", "AM", 6e6, "USD", None)],
                 id="change-joins-new-level-not-plan"),
])
def test_pair_rule(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Президенты Армении и Казахстана поставили задачу нарастить товарооборот до 2 млрд долларов.",
                 [("turnover", "AM", "KZ", 2e9, "USD", None)], id="postavit-zadachu-is-not-export"),
    pytest.param("Делегация Омской области прибыла в Армению. Стороны отметили, что в 2024 году товарооборот "
                 "составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="storony-are-the-two-named-places"),
    pytest.param("Делегация Омской области прибыла в Армению. В 2024 году товарооборот составил 9 млн "
                 "долларов.", [], id="no-mutual-word-no-guess"),
    pytest.param("Товарооборот между Арменией и Казахстаном в 2024 году составил 2 млрд долларов, а к 2030 "
                 "году его планируется удвоить.", [("turnover", "AM", "KZ", 2e9, "USD", None),
                                                  ("turnover", "AM", "KZ", None, None, 100.0)], id="udvoit"),
    pytest.param("В Омской области работают 300 армянских компаний, а число участников торговли с Арменией "
                 "приближается к 3 тыс.", [], id="count-without-currency"),
])
def test_context_rule(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Весь экспорт Омской области в 2024 году превысил 1 млрд долларов.", [], id="ves-eksport"),
    pytest.param("В 2024 году внешнеторговый оборот автономного округа вырос на 9 %, до 2 млрд долларов.", [],
                 id="foreign-trade-of-a-generic-region"),
    pytest.param("Армения остается главным покупателем омской продукции: в 2024 году экспорт области "
                 "в эту горную страну составил 9 млн долларов.", [("export", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="preposition-before-adjective"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил 9 млн долларов, а "
                 "положительное сальдо торговли увеличилось на 5 %, до 3 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="balance-after-a-comma"),
])
def test_total_rule(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году товарооборот Армении с Грузией вырос на 20 %, а товарооборот с Ираном из-за "
                 "сокращения импорта уменьшился на 12 проц. Отрицательное сальдо составило 5 млрд долларов.",
                 [("turnover", "AM", "GE", None, None, 20.0), ("turnover", "AM", "IR", None, None, -12.0)],
                 id="keyword-in-a-cause-and-proc-dot"),
    pytest.param("В 2023 году товарооборот Армении и Грузии достиг $2 млрд, а за 10 месяцев 2024 года "
                 "прибавил еще 10%.", [("turnover", "AM", "GE", 2e9, "USD", None),
                                       ("turnover", "AM", "GE", None, None, 10.0)], id="pribavil-eshche"),
    pytest.param("Экспорт Армении в Грузию вырос в полтора раза. За 9 месяцев 2024 года экспорт Армении "
                 "в Грузию составил $24 млн с ростом на 47 %.", [("export", "AM", "GE", 24e6, "USD", 47.0)],
                 id="lead-rounded-change-restated"),
    pytest.param("В 2024 году поставки Армении в Грузию составили $5 млн, а за последние пять лет они "
                 "выросли в 3 раза.", [("export", "AM", "GE", 5e6, "USD", None),
                                       ("export", "AM", "GE", None, None, 200.0)], id="span-of-years"),
])
def test_clause_rule(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Армения рассчитывает, что товарооборот с Омской областью превысит 1 млрд долларов. Посол "
                 "сказал, что цель — перешагнуть 1 миллиард долларов, а Ереван и Омск должны выиграть.",
                 [("turnover", "AM", "RU-OMS", 1e9, "USD", None)], id="restated-with-capitals"),
    pytest.param("Губернатор Омской области встретился с послом Армении: скоро стороны достигнут $30 млн "
                 "товарооборота.", [("turnover", "RU-OMS", "AM", 3e7, "USD", None)], id="skoro-is-a-plan"),
    pytest.param("Сумма биржевых сделок Омской области с Арменией выросла. На экспорт омских товаров в этих "
                 "сделках пришлось 70 %, он вырос в 2 раза, до 5 млн долларов.", [], id="keyword-clause-deals"),
])
def test_repeat_rule(text, expected):
    assert _facts(text) == expected
    assert all(f.status == "target" for f in extract(text, PUB))
