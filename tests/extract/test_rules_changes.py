"""Extraction rules: changes and growth indices.

One row per rule of docs/extraction.md ("Bound, change, status"), on invented sentences;
the rows of every batch that added such a rule are here, whatever the batch."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.rules_helpers import FULL, Y24, dated_facts_with_change, facts, fields


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2024 году экспорт Омской области в Армению, снизившись на 6 %, превысил $9 млн.",
                 [("export", "RU-OMS", "AM", 9e6, "USD", -6.0)], id="verb-after-change-is-not-its-sign"),
    pytest.param("В 2024 году торговля Омской области упала: с Грузией — на 5 %, с Молдовой — на 4 %.",
                 [("turnover", "RU-OMS", "GE", None, None, -5.0), ("turnover", "RU-OMS", "MD", None, None, -4.0)],
                 id="partners-with-dashed-changes"),
    pytest.param("В 2024 году товарооборот Омской области с Грузией составил $5 млн, а торговля с Молдовой "
                 "выросла на 4 % и составила $3 млн.",
                 [("turnover", "RU-OMS", "GE", 5e6, "USD", None), ("turnover", "RU-OMS", "MD", 3e6, "USD", 4.0)],
                 id="change-does-not-cross-a-clause"),
    pytest.param("Товарооборот Омской области с Арменией в 2024 году вырос на 12 %. В 2024 году "
                 "оборот составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", 12.0)],
                 id="change-joins-value-of-another-sentence"),
    pytest.param("В 2024 году торговля Омской области с Арменией достигла 9 млн долларов, или 3 % всего "
                 "оборота, — на 12 % больше, чем годом ранее.", [("turnover", "RU-OMS", "AM", 9e6, "USD", 12.0)],
                 id="repeated-keyword-without-amount"),
    pytest.param("Экспорт Омской области в Армению за пять лет вырос в 4 раза: в 2019 году область "
                 "поставила туда продукции на 2 млн долларов.",
                 [("export", "RU-OMS", "AM", 2e6, "USD", None), ("export", "RU-OMS", "AM", None, None, 300.0)],
                 id="colon-details-keep-their-own-change"),
    pytest.param("Экспорт Омской области в Армению вырос в 2 раза. В 2024 году область реализовала в Армению "
                 "товаров на 8 млн долларов при задании в 6 млн долларов.",
                 [("export", "RU-OMS", "AM", 8e6, "USD", 100.0), ("export", "RU-OMS", "AM", 6e6, "USD", None)],
                 id="change-joins-new-level-not-plan"),
    pytest.param("В 2023 году товарооборот Армении и Грузии достиг $2 млрд, а за 10 месяцев 2024 года "
                 "прибавил еще 10%.", [("turnover", "AM", "GE", 2e9, "USD", None),
                                       ("turnover", "AM", "GE", None, None, 10.0)], id="pribavil-eshche"),
    pytest.param("Экспорт Армении в Грузию вырос в полтора раза. За 9 месяцев 2024 года экспорт Армении "
                 "в Грузию составил $24 млн с ростом на 47 %.", [("export", "AM", "GE", 24e6, "USD", 47.0)],
                 id="lead-rounded-change-restated"),
    pytest.param("Поставки из Армении в Омскую область выросли в 2 раза за полугодие: армянские фирмы "
                 "отгрузили в регион товаров на 6 млн долларов.",
                 [("export", "AM", "RU-OMS", 6e6, "USD", 100.0)], id="change-before-colon-joins-same-period"),
    pytest.param("Товарооборот Омской области и Армении в январе–мае достиг 9 млн долларов. Это на 12 % "
                 "больше, чем годом ранее.", [("turnover", "RU-OMS", "AM", 9e6, "USD", 12.0)],
                 id="eto-sentence-comments-last-figure"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией вырос на 16 %. В январе–апреле рост "
                 "продолжился: +7,5 %.", [("turnover", "RU-OMS", "AM", None, None, 16.0),
                                          ("turnover", "RU-OMS", "AM", None, None, 7.5)], id="growth-continued"),
    pytest.param("В 2024 году экспорт Омской области в Армению вырос на 12 %, а импорт — на 7,5 %.",
                 [("export", "RU-OMS", "AM", None, None, 12.0), ("import", "RU-OMS", "AM", None, None, 7.5)],
                 id="dash-percent-repeats-the-last-change"),
    pytest.param("В первом квартале товарооборот Армении и Грузии составил 2 млрд долларов, увеличившись к тому же "
                 "периоду 2024 года на 65 млн долларов.", [("turnover", "AM", "GE", 2e9, "USD", None)],
                 id="increment-after-a-comparison-base"),
    pytest.param("В первом квартале товарооборот Армении и Грузии составил 2 млрд долларов, сократившись по "
                 "сравнению с прошлым годом на 30 млн долларов.", [("turnover", "AM", "GE", 2e9, "USD", None)],
                 id="decrement-after-po-sravneniyu"),
])
def test_changes(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Товарооборот Гомельской области с регионами России за 2024 год: Москва — 500 млн долларов (−4 %), "
                 "Брянская область — 300 млн долларов (+2 %).", "2025-03-01",
                 [("turnover", "BY-HO", "RU-MOW", 500e6, "USD", *Y24, -4.0),
                  ("turnover", "BY-HO", "RU-BRY", 300e6, "USD", *Y24, 2.0)],
                 id="minus-sign-in-brackets"),
    pytest.param("Темп роста экспорта Минской области в Калужскую область за 2024 год составил 112 %.", "2025-03-01",
                 [("export", "BY-MI", "RU-KLU", None, None, *Y24, 12.0)], id="growth-index-with-words-between"),
    pytest.param("— Как изменился импорт из Беларуси? — За полгода он вырос на 7 %, — сообщил губернатор Тверской "
                 "области.", "2025-08-01",
                 [("import", "RU-TVE", "BY", None, None, "2025-01-01", "2025-06-30", 7.0)], id="change-only-answer"),
    pytest.param("— Насколько сократились поставки в Беларусь? — За полгода на 5 %, до 80 млн долларов, — ответил "
                 "губернатор Курской области.", "2025-08-01",
                 [("export", "RU-KRS", "BY", 80e6, "USD", "2025-01-01", "2025-06-30", -5.0)],
                 id="answer-keeps-the-question-direction"),
    pytest.param("В 2024 году товарооборот Армении с Грузией вырос на 12 %, до 3 млрд долларов. Подъем не "
                 "прекратился и в этом году: за январь–апрель рост составил 5 % к тому же периоду.", "2025-06-01",
                 [("turnover", "AM", "GE", 3e9, "USD", *Y24, 12.0),
                  ("turnover", "AM", "GE", None, None, "2025-01-01", "2025-04-30", 5.0)],
                 id="growth-after-a-colon-in-a-comment-sentence"),
    pytest.param("Внешнеторговый оборот Армении с Грузией в первом квартале 2024 г. увеличился на 15 %, а за весь "
                 "2023 г. товарооборот составил 90 млн долларов.", "2024-06-01",
                 [("turnover", "AM", "GE", 90e6, "USD", "2023-01-01", "2023-12-31", None),
                  ("turnover", "AM", "GE", None, None, "2024-01-01", "2024-03-31", 15.0)],
                 id="za-ves-god-is-a-period-not-total-trade"),
])
def test_changes_dated_with_change(text, published, expected):
    assert dated_facts_with_change(text, published) == expected


@pytest.mark.parametrize("text, pct", [
    pytest.param("Армения показала двукратный рост экспорта в Омскую область в 2024 году — до 6 млн долларов.",
                 100.0, id="twofold-growth"),
    pytest.param("Армения показала трехкратное снижение экспорта в Омскую область в 2024 году — до 2 млн "
                 "долларов.", -66.6667, id="threefold-fall"),
])
def test_fold_adjective_is_a_change(text, pct):
    (f,) = extract(text, dt.date(2025, 3, 1))
    assert f.change_pct == pct

# Rules of extractor 1.38.0 (issue 9, classes seen on real text), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В 2024 году Беларусь наторговала с Ростовской областью на 500 млн долларов, и это 25 %"
                 " прироста.", "2025-03-01",
                 [("turnover", "BY", "RU-ROS", 500e6, "eq", "2024-01-01", "2024-12-31", 25.0, "reported")],
                 id="percent-of-growth"),
    pytest.param("В 2024 году товарооборот Гродненской области с Пензенской областью вырос вдвое, или на"
                 " 40 млн долларов, и достиг 80 млн долларов.", "2025-03-01",
                 [("turnover", "BY-HR", "RU-PNZ", 80e6, "eq", "2024-01-01", "2024-12-31", 100, "reported")],
                 id="or-by-an-increment"),
    pytest.param("В 2024 году товарооборот Минской области с Тверской областью сократился на 20 % — с "
                 "500 млн до 400 млн долларов.", "2025-03-01",
                 [("turnover", "BY-MI", "RU-TVE", 500e6, "eq", "2023-01-01", "2023-12-31", None, "reported"),
                  ("turnover", "BY-MI", "RU-TVE", 400e6, "eq", "2024-01-01", "2024-12-31", -20.0, "reported")],
                 id="from-to-levels"),
    pytest.param("В 2024 году товарооборот Брестской области с Узбекистаном составил 50 млн долларов "
                 "(темп 112,5 %).", "2025-03-01",
                 [("turnover", "BY-BR", "UZ", 50e6, "eq", "2024-01-01", "2024-12-31", 12.5, "reported")],
                 id="index-after-temp"),
    pytest.param("В 2024 году товарооборот Брестской области с Узбекистаном составил 60 млн долларов, "
                 "или 108 процентов по отношению к 2023 году.", "2025-03-01",
                 [("turnover", "BY-BR", "UZ", 60e6, "eq", "2024-01-01", "2024-12-31", 8.0, "reported")],
                 id="index-po-otnosheniyu"),
    pytest.param("В 2024 году экспорт Брестской области в Россию рос с темпом роста почти 113 %.", "2025-03-01",
                 [("export", "BY-BR", "RU", None, "approx", "2024-01-01", "2024-12-31", 13.0, "reported")],
                 id="index-with-qualifier"),
    pytest.param("Экспорт Витебской области в Казахстан в 2024 году вырос: рост составил более 30 %.", "2025-03-01",
                 [("export", "BY-VI", "KZ", None, "gt", "2024-01-01", "2024-12-31", 30.0, "reported")],
                 id="qualifier-after-rost-sostavil"),
    pytest.param("Экспорт Витебской области в Казахстан в 2024 году вырос фактически в 2 раза.", "2025-03-01",
                 [("export", "BY-VI", "KZ", None, "approx", "2024-01-01", "2024-12-31", 100.0, "reported")],
                 id="fakticheski-is-approximate"),
    pytest.param("За последние пять лет товарооборот Беларуси и Турции удвоился.", "2025-03-01",
                 [("turnover", "BY", "TR", None, "eq", None, None, 100, "reported")],
                 id="udvoilsya-passes-the-gate"),
    pytest.param("Ожидается, что в 2025 году товарооборот Беларуси и Сербии составит 400 млн долларов "
                 "или вырастет на 15 процентов.", "2025-03-01",
                 [("turnover", "BY", "RS", 400e6, "eq", "2025-01-01", "2025-12-31", 15.0, "target")],
                 id="future-growth-verb"),
])
def test_changes_full(text, published, expected):
    assert fields(text, published, *FULL) == expected

# More rules of extractor 1.38.0 (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В 2024 году товарооборот Беларуси и Армении составил 300 млн долларов, снижение — 4 %.", "2025-03-01",
                 [("turnover", "BY", "AM", 300e6, "eq", "2024-01-01", "2024-12-31", -4.0, "reported")],
                 id="noun-dash-change"),
    pytest.param("В 2024 году товарооборот Беларуси и Армении достиг 300 млн долларов. Рост к 2023 году "
                 "составил 12 %.", "2025-03-01",
                 [("turnover", "BY", "AM", 300e6, "eq", "2024-01-01", "2024-12-31", 12.0, "reported")],
                 id="growth-stated-in-the-next-sentence"),
    pytest.param("В 2024 году товарооборот Беларуси и Монголии составил 40 млн долларов. По сравнению с "
                 "2023 годом он вырос на 9 %.", "2025-03-01",
                 [("turnover", "BY", "MN", 40e6, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="pronoun-change-in-the-next-sentence"),
])
def test_changes_full_more(text, published, expected):
    assert fields(text, published, *FULL) == expected

# Rules of extractor 1.38.0 added last (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Всего за пять лет товарооборот Нижегородской области с Китаем увеличился в 2,6 раза, а"
                 " экспорт нижегородских товаров в Китай — в 2,5 раза.", "2025-03-01",
                 [("turnover", "RU-NIZ", "CN", None, "eq", None, None, 160.0, "reported"),
                  ("export", "RU-NIZ", "CN", None, "eq", None, None, 150.0, "reported")],
                 id="nizhegorodskih-is-no-comparative"),
    pytest.param("Внешнеторговый оборот Волгоградской области с Казахстаном в 2024 году прирос на 70 % –"
                 " это 230 млн долларов.", "2025-03-01",
                 [("turnover", "RU-VGG", "KZ", 230e6, "eq", "2024-01-01", "2024-12-31", 70.0, "reported")],
                 id="prirosl-is-growth"),
    pytest.param("В 2024 году на треть сократился экспорт Беларуси в Литву, на 20 % снизился импорт из "
                 "Польши.", "2025-03-01",
                 [("export", "BY", "LT", None, "eq", "2024-01-01", "2024-12-31", -33.3, "reported"),
                  ("import", "BY", "PL", None, "eq", "2024-01-01", "2024-12-31", -20.0, "reported")],
                 id="change-before-its-keyword"),
])
def test_changes_full_last(text, published, expected):
    assert fields(text, published, *FULL) == expected


# General rules of extractor 1.40.3–1.41.2 (issue 9, docs/extraction.md), on sentences written for them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Прирост товарооборота Гомельской области с Арменией за первое полугодие составил почти 9 %.",
                 "2025-08-01",
                 [("turnover", "BY-HO", "AM", None, "approx", "2025-01-01", "2025-06-30", 9.0, "reported")],
                 id="change-noun-with-keyword-and-places-then-verb"),
    pytest.param("Снижение экспорта Гомельской области в Армению в 2024 году составило 6 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", -6.0, "reported")],
                 id="fall-noun-with-keyword"),
    pytest.param("Экспорт Гомельской области в Армению по итогам 2024 года показал рост в 11 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 11.0, "reported")],
                 id="rost-v-percent"),
    pytest.param("Товарооборот Гомельской области с Арменией в 2024 году составил 70 млн долларов. Темп роста "
                 "составил 112 %.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", 70e6, "eq", "2024-01-01", "2024-12-31", 12.0, "reported")],
                 id="growth-index-in-the-next-sentence-joins-the-figure"),
    pytest.param("В 2024 году Гомельская область продала Армении втрое больше, чем Грузии.", "2025-03-01",
                 [], id="a-multiple-against-another-partner-is-no-change"),
    pytest.param("В 2024 году поставки Гомельской области в Армению выросли в натуральном выражении на 40 %, "
                 "а в денежном — на 12 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 12.0, "reported")],
                 id="a-change-in-kind-is-not-in-money"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 30 млн долларов, импорт — 12 млн "
                 "долларов, увеличившись соответственно на 9 и 14 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", 9.0, "reported"),
                  ("import", "BY-HO", "AM", 12e6, "eq", "2024-01-01", "2024-12-31", 14.0, "reported")],
                 id="changes-listed-with-sootvetstvenno"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 30 млн долларов с приростом 9 %.",
                 "2025-03-01",
                 [("export", "BY-HO", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="s-prirostom"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 30 млн долларов, прирост к 2023 году "
                 "— 9 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="growth-noun-with-a-base-and-a-dash"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 30 млн долларов, а рентабельность "
                 "поставок выросла на 2 процентных пункта.", "2025-03-01",
                 [("export", "BY-HO", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="percentage-points-are-no-change"),
    pytest.param("За 2024 год товарооборот Гомельской области с Арменией составил 50 млн долларов (108 % к уровню "
                 "2023 года), в том числе экспорт — 30 млн долларов (121 %), импорт — 20 млн долларов (92 %).",
                 "2025-03-01",
                 [("turnover", "BY-HO", "AM", 50e6, "eq", "2024-01-01", "2024-12-31", 8.0, "reported"),
                  ("export", "BY-HO", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", 21.0, "reported"),
                  ("import", "BY-HO", "AM", 20e6, "eq", "2024-01-01", "2024-12-31", -8.0, "reported")],
                 id="bare-bracketed-percents-after-an-index-are-indices"),
    pytest.param("Товарооборот Гомельской области с Арменией за 2024 год составил 50 млн долларов. Темп роста "
                 "экспорта — 121 %, импорта — 92 %.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", 50e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 21.0, "reported"),
                  ("import", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", -8.0, "reported")],
                 id="growth-index-of-a-flow-with-a-dash"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 12 млн долларов, или 60 % к уровню "
                 "2023 года.", "2025-03-01",
                 [("export", "BY-HO", "AM", 12e6, "eq", "2024-01-01", "2024-12-31", -40.0, "reported")],
                 id="a-low-index-with-no-growth-word-is-a-fall"),
    pytest.param("Товарооборот Гомельской области с Арменией за 2024 год вырос на 6 % за счет роста экспорта на "
                 "11 %.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 6.0, "reported"),
                  ("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 11.0, "reported")],
                 id="a-cause-with-its-own-change-is-its-flows"),
    pytest.param("В 2024 году поставки Гомельской области в Армению упали на две трети, а закупки оттуда выросли "
                 "на три четверти.", "2025-03-01",
                 [("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", -66.7, "reported"),
                  ("import", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 75.0, "reported")],
                 id="two-thirds-and-three-quarters-are-fractions"),
    pytest.param("Экспорт Гомельской области в Армению в 2024 году составил почти 140 % к предыдущему году, а "
                 "импорт оттуда за тот же год составил 104 процента.", "2025-03-01",
                 [("export", "BY-HO", "AM", None, "approx", "2024-01-01", "2024-12-31", 40.0, "reported"),
                  ("import", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 4.0, "reported")],
                 id="a-flow-that-amounts-to-over-100-percent-is-an-index"),
    pytest.param("По словам губернатора, товарооборот Гомельской области с Арменией в 2023 году составил 115 %, а в "
                 "2024-м — более 125 %.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", None, "eq", "2023-01-01", "2023-12-31", 15.0, "reported"),
                  ("turnover", "BY-HO", "AM", None, "gt", "2024-01-01", "2024-12-31", 25.0, "reported")],
                 id="a-dash-index-keeps-its-qualifier"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год вырос на 8 %. В 2025 году область намерена "
                 "нарастить поставки туда до 115 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", None, "eq", "2024-01-01", "2024-12-31", 8.0, "reported"),
                  ("export", "BY-HO", "AM", None, "eq", "2025-01-01", "2025-12-31", 15.0, "target")],
                 id="raise-a-flow-to-over-100-percent-is-an-index"),
    pytest.param("Товарооборот Гомельской области с Арменией за 2024 год составил 50 млн долларов, при этом экспорт "
                 "превысил импорт в четыре раза.", "2025-03-01",
                 [("turnover", "BY-HO", "AM", 5e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="one-flow-against-the-other-is-no-change"),
    pytest.param("Импорт Гомельской области из Армении в 2024 году был в 3 раза меньше экспорта.", "2025-03-01", [],
                 id="a-flow-smaller-than-the-other-is-no-change"),
    pytest.param("Экспорт Гомельской области в Армению за 2024 год составил 30 млн долларов. Прирост к предыдущему "
                 "году — 9 %.", "2025-03-01",
                 [("export", "BY-HO", "AM", 3e7, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="a-growth-noun-and-a-dash-in-the-next-sentence-joins-the-figure"),
])
def test_changes_general(text, published, expected):
    assert fields(text, published, *FULL) == expected
