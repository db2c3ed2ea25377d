"""Extraction rules: periods.

One row per rule of docs/extraction.md ("Periods"), on invented sentences;
the rows of every batch that added such a rule are here, whatever the batch."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.rules_helpers import FULL, PUB, Y24, dated_facts, dated_facts_with_change, facts, fields, periods


@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот Омской области с Арменией вырос на 12 %. По итогам 2024 года экспорт "
                 "вырос на 20 %.", [("turnover", "RU-OMS", "AM", None, None, 12.0),
                                    ("export", "RU-OMS", "AM", None, None, 20.0)], id="lead-takes-body-period"),
    pytest.param("В 2024 году поставки Армении в Грузию составили $5 млн, а за последние пять лет они "
                 "выросли в 3 раза.", [("export", "AM", "GE", 5e6, "USD", None),
                                       ("export", "AM", "GE", None, None, 200.0)], id="span-of-years"),
    pytest.param("Товарооборот Омской области с Арменией за шесть месяцев достиг 9 млн долларов. В прошлом году "
                 "за аналогичный период он составлял 7 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("turnover", "RU-OMS", "AM", 7e6, "USD", None)],
                 id="analogous-period-of-last-year"),
])
def test_periods(text, expected):
    assert facts(text) == expected


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
    # a half of a month is no half-year (1.41.114): no period rather than July–December
    pytest.param("Во второй половине июня товарооборот Брестской области с Калужской областью составил 12 млн "
                 "долларов.", dt.date(2025, 10, 1), [("turnover", "RU-KLU", None, None)],
                 id="half-of-a-month-is-no-half-year"),
    pytest.param("Во второй половине года товарооборот Брестской области с Калужской областью составил 12 млн "
                 "долларов.", dt.date(2025, 10, 1), [("turnover", "RU-KLU", "2024-07-01", "2024-12-31")],
                 id="half-of-the-year"),
])
def test_periods_periods(text, published, expected):
    assert periods(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Экспорт Армении в Омскую область за полугодие составил 8 млн долларов против 6 млн "
                 "долларов годом ранее.", "2025-08-20",
                 [("export", "AM", "RU-OMS", 8e6, "USD", "2025-01-01", "2025-06-30"),
                  ("export", "AM", "RU-OMS", 6e6, "USD", "2024-01-01", "2024-06-30")],
                 id="protiv-year-earlier"),
    pytest.param("Омская область нарастила экспорт в Армению до 15 млн долларов. Эти данные за 2024 год "
                 "привел министр.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 15e6, "USD", "2024-01-01", "2024-12-31")],
                 id="period-in-the-next-sentence"),
    pytest.param("В 2023 и 2024 годах экспорт Омской области в Армению составил 3 и 5 млн долларов "
                 "соответственно.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 3e6, "USD", "2023-01-01", "2023-12-31"),
                  ("export", "RU-OMS", "AM", 5e6, "USD", "2024-01-01", "2024-12-31")],
                 id="respective-years"),
    pytest.param("Товарооборот Омской области с Арменией в прошлом году составил 9 млн долларов, а в нынешнем, "
                 "по планам, превысит 12 млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", "2024-01-01", "2024-12-31"),
                  ("turnover", "RU-OMS", "AM", 12e6, "USD", "2025-01-01", "2025-12-31")], id="elided-year"),
])
def test_periods_dated(text, published, expected):
    assert dated_facts(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("За девять месяцев экспорт Гомельской области в Калужскую область составил 40 млн долларов. За "
                 "аналогичный период прошлого года он был равен 35 млн долларов.", "2024-10-20",
                 [("export", "BY-HO", "RU-KLU", 40e6, "USD", "2024-01-01", "2024-09-30", None),
                  ("export", "BY-HO", "RU-KLU", 35e6, "USD", "2023-01-01", "2023-09-30", None)],
                 id="same-period-last-year-shifts-the-span"),
    pytest.param("Импорт Тульской области из Беларуси за прошлый год вырос почти на четверть.", "2025-03-01",
                 [("import", "RU-TUL", "BY", None, None, *Y24, 25.0)], id="quarter-word-passes-the-prefilter"),
    pytest.param("Гомельская и Смоленская области: итоги 2024 года. Экспорт области в Смоленскую область составил "
                 "300 млн долларов.", "2025-03-01",
                 [("export", "BY-HO", "RU-SMO", 300e6, "USD", *Y24, None)], id="results-headline-gives-the-period"),
    pytest.param("— Каким был экспорт в Беларусь за девять месяцев? — Мы вышли на 90 млн долларов, — ответил "
                 "губернатор Тульской области.", "2025-11-01",
                 [("export", "RU-TUL", "BY", 90e6, "USD", "2025-01-01", "2025-09-30", None)],
                 id="question-gives-the-period-and-we-report"),
    pytest.param("В феврале товарооборот Витебской области с Псковской областью составил 11 млн долларов.",
                 "2025-03-20",
                 [("turnover", "BY-VI", "RU-PSK", 11e6, "USD", "2025-02-01", "2025-02-28", None)],
                 id="bare-month-after-v"),
    pytest.param("Экспорт Гомельской области в Курскую область в 2022 г. и 2023 г. составил 60 и 70 млн долларов "
                 "соответственно.", "2025-03-01",
                 [("export", "BY-HO", "RU-KRS", 60e6, "USD", "2022-01-01", "2022-12-31", None),
                  ("export", "BY-HO", "RU-KRS", 70e6, "USD", "2023-01-01", "2023-12-31", None)], id="years-with-g"),
    pytest.param("— Каков итог 2024 года в торговле с Гомельской областью? — Рост на 10 %, до 80 млн долларов, — "
                 "сказал губернатор Брянской области.", "2025-03-01",
                 [("turnover", "RU-BRY", "BY-HO", 80e6, "USD", *Y24, 10.0)], id="question-with-a-year"),
    pytest.param("«В будущем году мы рассчитываем выйти на товарооборот с Беларусью в 300 млн долларов», — заявил "
                 "губернатор Курганской области.", "2024-11-01",
                 [("turnover", "RU-KGN", "BY", 300e6, "USD", "2025-01-01", "2025-12-31", None)], id="next-year"),
])
def test_periods_dated_with_change(text, published, expected):
    assert dated_facts_with_change(text, published) == expected


def test_analogous_period_takes_the_previous_span():
    text = ("Товарооборот Омской области с Арменией за январь–февраль достиг 9 млн долларов. В прошлом году "
            "за аналогичный период он составлял 7 млн долларов.")
    last = extract(text, dt.date(2025, 3, 20))[-1]
    assert (last.period_start, last.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 2, 29))


def test_half_year_and_year_earlier():
    text = ("Омская область за полгода поставила в Армению товаров на 5 млн долларов. Для сравнения: годом "
            "ранее она поставляла на 4 млн долларов.")
    facts = extract(text, dt.date(2025, 9, 1))
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (5e6, dt.date(2025, 1, 1), dt.date(2025, 6, 30)), (4e6, dt.date(2024, 1, 1), dt.date(2024, 6, 30))]


@pytest.mark.parametrize("phrase", ["в прошедшем году", "в истекшем году", "в минувшем году"])
def test_past_year_words(phrase):
    (f,) = extract(f"Товарооборот Омской области с Арменией {phrase} составил 9 млн долларов.", dt.date(2025, 1, 20))
    assert (f.period_start, f.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))

# Rules of extractor 1.38.0 (issue 9, classes seen on real text), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("За последние пять лет товарооборот Витебской области с Арменией вырос в 1,5 раза.", "2025-03-01",
                 [("turnover", "BY-VI", "AM", None, "eq", None, None, 50.0, "reported")],
                 id="last-five-years-no-period"),
    pytest.param("Товарооборот Гомельской области с Тульской областью с 2019 года вырос втрое.", "2025-03-01",
                 [("turnover", "BY-HO", "RU-TUL", None, "eq", None, None, 200, "reported")],
                 id="since-a-year-no-period"),
    pytest.param("За десять лет товарооборот Могилевской области с Калужской областью вырос вдвое и "
                 "достиг 300 млн долларов.", "2025-03-01",
                 [("turnover", "BY-MA", "RU-KLU", 300e6, "eq", None, None, 100, "reported")],
                 id="span-with-a-value"),
    pytest.param("С 2018 по 2023 год товарооборот Брестской области с Курской областью увеличился на 40 "
                 "%.", "2025-03-01",
                 [("turnover", "BY-BR", "RU-KRS", None, "eq", "2023-01-01", "2023-12-31", 40.0, "reported")],
                 id="closed-span-end-year"),
    pytest.param("По сравнению с 2020 годом товарооборот Брестской области с Курской областью в 2023 "
                 "году вырос в 2 раза.", "2025-03-01",
                 [("turnover", "BY-BR", "RU-KRS", None, "eq", "2023-01-01", "2023-12-31", 100.0, "reported")],
                 id="comparison-base-is-no-span"),
    pytest.param("За последний год товарооборот Омской области с Узбекистаном вырос на 40 %.", "2025-04-28",
                 [("turnover", "RU-OMS", "UZ", None, "eq", "2024-01-01", "2024-12-31", 40.0, "reported")],
                 id="last-year-is-last-full-year"),
    pytest.param("В январе – мае 2022 года экспорт Узбекистана в Кыргызстан составил 350 млн долларов, "
                 "что на 30 % больше показателя аналогичного периода 2021 года (270 млн долларов).", "2022-07-01",
                 [("export", "UZ", "KG", 350e6, "eq", "2022-01-01", "2022-05-31", 30.0, "reported"),
                  ("export", "UZ", "KG", 270e6, "eq", "2021-01-01", "2021-05-31", None, "reported")],
                 id="bracketed-base-level"),
])
def test_periods_full(text, published, expected):
    assert fields(text, published, *FULL) == expected

# More rules of extractor 1.38.0 (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Товарооборот Беларуси и Вьетнама сейчас втрое больше, чем в 2018 году.", "2025-03-01",
                 [("turnover", "BY", "VN", None, "eq", None, None, 200, "reported")],
                 id="far-comparison-base-no-period"),
    pytest.param("За январь и три недели марта товарооборот Беларуси и Армении составил 45 млн долларов.", "2025-04-10",
                 [("turnover", "BY", "AM", 45e6, "eq", "2025-01-01", "2025-03-31", None, "reported")],
                 id="month-and-weeks-of-a-month"),
    pytest.param("Экспорт Беларуси в Армению вырос на 20 % по сравнению с январем – июнем 2024 года.", "2025-03-01",
                 [("export", "BY", "AM", None, "eq", None, None, 20.0, "reported")],
                 id="comparison-months-are-no-period"),
])
def test_periods_full_more(text, published, expected):
    assert fields(text, published, *FULL) == expected


# General rules of extractor 1.40.3–1.41.2 (issue 9, docs/extraction.md), on sentences written for them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("За январь–апрель товарооборот Армении с Омской областью составил 30 млн долларов, а за тот "
                 "же период прошлого года — 24 млн долларов.", "2025-06-10",
                 [("turnover", "AM", "RU-OMS", 30e6, "eq", "2025-01-01", "2025-04-30", None, "reported"),
                  ("turnover", "AM", "RU-OMS", 24e6, "eq", "2024-01-01", "2024-04-30", None, "reported")],
                 id="same-span-last-year-in-the-figures-own-clause"),
    pytest.param("Экспорт Армении в Омскую область за 2024 год составил 18 млн долларов против 15 млн "
                 "долларов в 2023 году.", "2025-06-10",
                 [("export", "AM", "RU-OMS", 18e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "AM", "RU-OMS", 15e6, "eq", "2023-01-01", "2023-12-31", None, "reported")],
                 id="a-period-after-the-next-figure-is-that-figures"),
    pytest.param("За истекший период текущего года экспорт Армении в Омскую область составил 9 млн долларов.",
                 "2025-06-10",
                 [("export", "AM", "RU-OMS", 9e6, "eq", "2025-01-01", "2025-05-31", None, "reported")],
                 id="elapsed-part-of-this-year-is-year-to-date"),
    pytest.param("По итогам 5-ти месяцев экспорт Армении в Омскую область составил 7 млн долларов.", "2025-07-01",
                 [("export", "AM", "RU-OMS", 7e6, "eq", "2025-01-01", "2025-05-31", None, "reported")],
                 id="months-with-a-case-ending-after-the-digit"),
    pytest.param("За полугодие 2024 года товарооборот Армении с Омской областью прибавил 6 %, а по итогам года "
                 "ожидается 40 млн долларов.", "2025-01-20",
                 [("turnover", "AM", "RU-OMS", 40e6, "eq", "2024-01-01", "2024-12-31", None, "target"),
                  ("turnover", "AM", "RU-OMS", None, "eq", "2024-01-01", "2024-06-30", 6.0, "reported")],
                 id="a-plans-bare-year-is-the-year-the-sentence-names"),
    pytest.param("По состоянию на 1 мая экспорт Армении в Омскую область составил 6 млн долларов.", "2025-06-10",
                 [("export", "AM", "RU-OMS", 6e6, "eq", "2025-01-01", "2025-04-30", None, "reported")],
                 id="as-of-the-first-of-a-month-is-the-year-so-far"),
    pytest.param("В 2024 году экспорт Армении в Омскую область вырос на 8 %. Ранее он не превышал 5 млн долларов.",
                 "2025-03-01",
                 [("export", "AM", "RU-OMS", None, "eq", "2024-01-01", "2024-12-31", 8.0, "reported"),
                  ("export", "AM", "RU-OMS", 5e6, "lt", None, None, None, "reported")],
                 id="earlier-does-not-carry-the-period"),
    pytest.param("За 2024 год товарооборот Армении с Омской областью составил 40 млн долларов, а цель — 50 млн "
                 "долларов: губернатор уверен, что ее достигнут уже в текущем году.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 40e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "AM", "RU-OMS", 50e6, "eq", "2025-01-01", "2025-12-31", None, "target")],
                 id="a-later-figureless-clause-dates-the-plan"),
    pytest.param("Экспорт Армении в Омскую область за 8 мес. 2024 г. составил 6 млн долларов, а за II кв. 2024 г. — 2 "
                 "млн долларов.", "2025-03-01",
                 [("export", "AM", "RU-OMS", 6e6, "eq", "2024-01-01", "2024-08-31", None, "reported"),
                  ("export", "AM", "RU-OMS", 2e6, "eq", "2024-04-01", "2024-06-30", None, "reported")],
                 id="abbreviated-months-and-quarters"),
    pytest.param("Экспорт Армении в Омскую область в 2021–2023 годах вырос втрое.", "2025-03-01",
                 [("export", "AM", "RU-OMS", None, "eq", "2023-01-01", "2023-12-31", 200.0, "reported")],
                 id="a-range-of-years-is-dated-by-its-end-year"),
])
def test_periods_general(text, published, expected):
    assert fields(text, published, *FULL) == expected


# Composed set of 1.41.39 (issue 9, class "a period where the text states none", FORMAT.md: no
# period is better than a guessed one; a change over several years has a null period unless a year
# is stated): sentences written before the extractor was run on them.
@pytest.mark.parametrize("text, expected", [
    pytest.param("За последние годы товарооборот Беларуси и Вьетнама вырос в полтора раза.",
                 [("turnover", "BY", "VN", None, "eq", None, None, 50.0, "reported")], id="za-poslednie-gody"),
    pytest.param("За последние три года экспорт Беларуси в Монголию увеличился втрое.",
                 [("export", "BY", "MN", None, "eq", None, None, 200.0, "reported")], id="za-poslednie-tri-goda"),
    pytest.param("За время сотрудничества товарооборот Брестской области с Китаем вырос в 4 раза.",
                 [("turnover", "BY-BR", "CN", None, "eq", None, None, 300.0, "reported")],
                 id="za-vremya-sotrudnichestva"),
    pytest.param("За десятилетие товарооборот Беларуси и Казахстана вырос в 2,5 раза.",
                 [("turnover", "BY", "KZ", None, "eq", None, None, 150.0, "reported")], id="za-desyatiletie"),
    pytest.param("В последние годы товарооборот Беларуси и Ирана стабильно растет и составляет около 200 млн "
                 "долларов.", [("turnover", "BY", "IR", 200e6, "approx", None, None, None, "reported")],
                 id="v-poslednie-gody-present-level"),
    pytest.param("Сегодня товарооборот Беларуси и Вьетнама составляет 150 млн долларов.",
                 [("turnover", "BY", "VN", 150e6, "eq", None, None, None, "reported")], id="segodnya"),
    pytest.param("В настоящее время объем взаимной торговли Беларуси и Кубы превышает 50 млн долларов.",
                 [("turnover", "BY", "CU", 50e6, "gt", None, None, None, "reported")], id="v-nastoyashchee-vremya"),
    pytest.param("В 2023 году в Минске открылся торговый дом Омской области. Товарооборот Омской области с "
                 "Беларусью составляет 60 млн долларов.",
                 [("turnover", "RU-OMS", "BY", 60e6, "eq", None, None, None, "reported")],
                 id="an-events-year-is-no-figures-period"),
    pytest.param("За годы независимости товарооборот Беларуси и Китая вырос в 20 раз.",
                 [("turnover", "BY", "CN", None, "eq", None, None, 1900.0, "reported")], id="za-gody-nezavisimosti"),
    pytest.param("Начиная с 2015 года товарооборот Беларуси и Сербии вырос почти в три раза.",
                 [("turnover", "BY", "RS", None, "approx", None, None, 200.0, "reported")], id="nachinaya-s-goda"),
    pytest.param("С 2020 по 2024 год товарооборот Беларуси и Турции вырос в 2 раза.",
                 [("turnover", "BY", "TR", None, "eq", "2024-01-01", "2024-12-31", 100.0, "reported")],
                 id="closed-span-is-dated-by-its-end"),
    pytest.param("В 2024 году товарооборот Беларуси и Армении составил 300 млн долларов. За последние пять лет "
                 "он вырос вдвое.", [("turnover", "BY", "AM", 300e6, "eq", *Y24, None, "reported"),
                                    ("turnover", "BY", "AM", None, "eq", None, None, 100.0, "reported")],
                 id="span-sentence-after-a-dated-figure"),
    pytest.param("Товарооборот Беларуси и Никарагуа за несколько лет увеличился в 3 раза и достиг 20 млн долларов.",
                 [("turnover", "BY", "NI", 20e6, "eq", None, None, 200.0, "reported")], id="za-neskolko-let-dostig"),
    pytest.param("Товарооборот Беларуси и Пакистана с 2021 года вырос в 1,8 раза.",
                 [("turnover", "BY", "PK", None, "eq", None, None, 80.0, "reported")], id="s-goda-after-keyword"),
    pytest.param("В 2024 году Беларусь и Куба подписали соглашение о сотрудничестве. За последние годы "
                 "товарооборот двух стран увеличился на 40 %.",
                 [("turnover", "BY", "CU", None, "eq", None, None, 40.0, "reported")],
                 id="a-year-of-a-signing-is-no-period-of-a-span"),
    pytest.param("Товарооборот Беларуси и Зимбабве за период с 2020 года вырос в 5 раз.",
                 [("turnover", "BY", "ZW", None, "eq", None, None, 400.0, "reported")], id="za-period-s-goda"),
    pytest.param("Товарооборот Беларуси и Вьетнама составил 150 млн долларов.",
                 [("turnover", "BY", "VN", 150e6, "eq", None, None, None, "reported")],
                 id="no-period-word-no-publication-year"),
    pytest.param("За последнее десятилетие экспорт Беларуси в Китай вырос в 3 раза.",
                 [("export", "BY", "CN", None, "eq", None, None, 200.0, "reported")], id="poslednee-desyatiletie"),
    pytest.param("За 5 лет товарооборот Беларуси и Омской области вырос на 70 %.",
                 [("turnover", "BY", "RU-OMS", None, "eq", None, None, 70.0, "reported")], id="za-5-let-digits"),
    pytest.param("Товарооборот Беларуси и Эквадора за два года вырос на 35 %.",
                 [("turnover", "BY", "EC", None, "eq", None, None, 35.0, "reported")], id="za-dva-goda"),
    pytest.param("Товарооборот Беларуси и Вьетнама в 2024 году составил 150 млн долларов. Экспорт Беларуси в "
                 "Китай за последние годы вырос в 2 раза.",
                 [("turnover", "BY", "VN", 150e6, "eq", *Y24, None, "reported"),
                  ("export", "BY", "CN", None, "eq", None, None, 100.0, "reported")],
                 id="span-in-the-next-sentence-takes-no-period"),
    pytest.param("Товарооборот Беларуси и Монголии в 2024 году составил 45 млн долларов, увеличившись за пять "
                 "лет в 3 раза.", [("turnover", "BY", "MN", 45e6, "eq", *Y24, 200.0, "reported")],
                 id="span-gerund-after-a-dated-value-joins-it"),
])
def test_periods_not_stated(text, expected):
    assert fields(text, "2025-03-01", *FULL) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("В 2015 году товарооборот Беларуси и Армении составлял 50 млн долларов, сейчас — 200 млн долларов.",
                 [("turnover", "BY", "AM", 50e6, "eq", "2015-01-01", "2015-12-31", None, "reported"),
                  ("turnover", "BY", "AM", 200e6, "eq", None, None, None, "reported")],
                 id="now-in-the-figures-clause"),
    pytest.param("По итогам 2023 года Беларусь вошла в тройку партнеров Армении. Сегодня товарооборот Беларуси и "
                 "Армении превышает 300 млн долларов.",
                 [("turnover", "AM", "BY", 300e6, "gt", None, None, None, "reported")],
                 id="today-does-not-carry-the-previous-year"),
    pytest.param("Товарооборот Беларуси и Армении в 2024 году составил 300 млн долларов. В настоящее время экспорт "
                 "Беларуси в Армению превышает 200 млн долларов в год.",
                 [("turnover", "BY", "AM", 300e6, "eq", *Y24, None, "reported"),
                  ("export", "BY", "AM", 200e6, "gt", None, None, None, "reported")],
                 id="at-present-does-not-carry"),
    pytest.param("В последние годы товарооборот Омской области с Таджикистаном превышает 4 млн долларов, а по итогам "
                 "2024 года ожидается его рост вдвое.",
                 [("turnover", "RU-OMS", "TJ", 4e6, "gt", None, None, None, "reported"),
                  ("turnover", "RU-OMS", "TJ", None, "eq", *Y24, 100.0, "target")],
                 id="recent-years-and-a-later-plans-year"),
    pytest.param("В отдельные годы экспорт Беларуси в Венесуэлу превышал 250 млн долларов, а в 2024 году он составил "
                 "5 млн долларов.",
                 [("export", "BY", "VE", 250e6, "gt", None, None, None, "reported"),
                  ("export", "BY", "VE", 5e6, "eq", *Y24, None, "reported")],
                 id="in-some-years-is-no-year"),
    pytest.param("В 2024 году товарооборот Беларуси и Армении составил 300 млн долларов. В лучшие годы экспорт "
                 "Беларуси в Армению достигал 400 млн долларов.",
                 [("turnover", "BY", "AM", 300e6, "eq", *Y24, None, "reported"),
                  ("export", "BY", "AM", 400e6, "eq", None, None, None, "reported")],
                 id="in-the-best-years-does-not-carry"),
    pytest.param("В среднем за год Беларусь поставляет в Армению товаров на 200 млн долларов.",
                 [("export", "BY", "AM", 200e6, "eq", None, None, None, "reported")], id="average-per-year"),
    pytest.param("На протяжении последних лет товарооборот Беларуси и Армении стабильно превышает 250 млн долларов.",
                 [("turnover", "BY", "AM", 250e6, "gt", None, None, None, "reported")],
                 id="over-the-last-years"),
    pytest.param("В 2024 году Беларусь поставила в Армению товаров на 210 млн долларов, а в последнее время поставки "
                 "выросли на 15 %.",
                 [("export", "BY", "AM", 210e6, "eq", *Y24, None, "reported"),
                  ("export", "BY", "AM", None, "eq", None, None, 15.0, "reported")],
                 id="lately-is-no-year"),
])
def test_periods_not_stated_in_context(text, expected):
    assert fields(text, "2025-03-01", *FULL) == expected


# Composed set of 1.41.47 (issue 9): levels of the comparison year, written before the extractor was
# run on them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("В январе–октябре экспорт Брестской области в Москву составил 320 млн долларов против 290 млн "
                 "долларов за аналогичный период прошлого года.", "2024-12-10",
                 [("export", "BY-BR", "RU-MOW", 320e6, "eq", "2024-01-01", "2024-10-31", None, "reported"),
                  ("export", "BY-BR", "RU-MOW", 290e6, "eq", "2023-01-01", "2023-10-31", None, "reported")],
                 id="protiv-za-analogichnyy-period-proshlogo-goda"),
    pytest.param("В 2024 году Курская область поставила в Беларусь продукции на 180 млн долларов. Это на 12 % меньше, "
                 "чем в 2023 году, когда объем поставок составлял 205 млн долларов.", "2025-03-03",
                 [("export", "RU-KRS", "BY", 180e6, "eq", "2024-01-01", "2024-12-31", -12.0, "reported"),
                  ("export", "RU-KRS", "BY", 205e6, "eq", "2023-01-01", "2023-12-31", None, "reported")],
                 id="the-level-of-a-kogda-clause-after-a-comparison-year"),
])
def test_levels_of_the_comparison_year(text, published, expected):
    assert fields(text, published, *FULL) == expected


# Composed set of 1.41.52 (issue 9, "a period where the text states none"): the current year, far from
# over, names no period of a reported figure; written before the extractor was run on them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Казахстан занимает третье место среди партнеров Беларуси в СНГ, в этом году товарооборот почти 300 "
                 "миллионов долларов.", "2025-09-25",
                 [("turnover", "BY", "KZ", 300e6, "approx", None, None, None, "reported")],
                 id="this-year-in-september"),
    pytest.param("Премьеры Беларуси и Казахстана отметили, что в нынешнем году взаимный товарооборот сократился на "
                 "10 %. Показатель прошлого года был рекордным: товарооборот составил 1,5 млрд долларов.", "2025-09-25",
                 [("turnover", "BY", "KZ", None, "eq", None, None, -10.0, "reported"),
                  ("turnover", "BY", "KZ", 1.5e9, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-lead-left-undated-on-purpose-takes-no-body-period"),
    pytest.param("В уходящем году товарооборот Беларуси и Казахстана вырос на 10 %.", "2025-12-11",
                 [("turnover", "BY", "KZ", None, "eq", "2025-01-01", "2025-12-31", 10.0, "reported")],
                 id="the-closing-year-in-december"),
    pytest.param("В январе–мае товарооборот Беларуси и Казахстана вырос на 9 %. Рост в этом году показал и экспорт "
                 "Беларуси в Казахстан (на 4 %).", "2025-07-01",
                 [("turnover", "BY", "KZ", None, "eq", "2025-01-01", "2025-05-31", 9.0, "reported"),
                  ("export", "BY", "KZ", None, "eq", "2025-01-01", "2025-05-31", 4.0, "reported")],
                 id="this-year-after-a-span-is-that-span"),
    pytest.param("Стороны рассчитывают, что в этом году товарооборот Беларуси и Казахстана превысит 2 млрд долларов.",
                 "2025-09-25", [("turnover", "BY", "KZ", 2e9, "gt", "2025-01-01", "2025-12-31", None, "target")],
                 id="a-plan-for-this-year-keeps-it"),
])
def test_current_year_not_over(text, published, expected):
    assert fields(text, published, *FULL) == expected


@pytest.mark.parametrize("tail", [
    "вырос на 15 % по сравнению с аналогичным периодом прошлого года.", "вырос на 15 % к уровню прошлого года.",
    "вырос на 15 % в годовом исчислении.", "вырос на 15 % год к году.",
    "продолжает расти: по предварительным данным, он увеличился на 15 %.",
])
def test_comparisons_name_no_period(tail):
    """Composed for 1.41.57 (issue 9, "a period where the text states none"): a change measured against a
    base the text does not date ("год к году", "к аналогичному периоду прошлого года") has no period."""
    assert periods(f"Товарооборот Беларуси и Армении {tail}", dt.date(2025, 8, 10)) == [("turnover", "AM", None, None)]
