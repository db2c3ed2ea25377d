"""Extraction rules: places and pairs.

One row per rule of docs/extraction.md ("Places"), on invented sentences;
the rows of every batch that added such a rule are here, whatever the batch."""

import datetime as dt

import pytest

from etl.extract import extract
from etl.extract.places import find_places
from tests.extract.rules_helpers import FULL, Y24, dated_facts, dated_facts_with_change, facts, fields


@pytest.mark.parametrize("text, expected", [
    pytest.param("Посол Армении на встрече с главой Тывы сказал, что в 2024 году товарооборот Армении "
                 "и России составил $7 млрд.", [("turnover", "AM", "RU", 7e9, "USD", None)],
                 id="sides-next-to-keyword"),
    pytest.param("В 2024 году внешнеторговый оборот Омской области с Арменией составил $9 млн.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="foreign-trade-with-partner"),
    pytest.param("Товарооборот Омской области и Армении в 2024 году вырос на 20 %. Генконсул Армении "
                 "уточнил, что в 2024 году экспорт вырос на 30 %.",
                 [("turnover", "RU-OMS", "AM", None, None, 20.0), ("export", "RU-OMS", "AM", None, None, 30.0)],
                 id="running-pair-keeps-order"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил $9 млн. В пятерку также вошли "
                 "Грузия ($5 млн) и Молдова ($4 млн).",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("turnover", "RU-OMS", "GE", 5e6, "USD", None),
                  ("turnover", "RU-OMS", "MD", 4e6, "USD", None)], id="partners-with-bracketed-amounts"),
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
    pytest.param("Делегация Омской области прибыла в Армению. Стороны отметили, что в 2024 году товарооборот "
                 "составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="storony-are-the-two-named-places"),
    # Since 1.40.24 a visit of two places of different countries introduces their trade (train-real's
    # labels read "В Ашхабаде премьер Казахстана встретился с президентом Туркменистана. … товарооборот …"
    # as that pair); with no meeting the sentence still gives no guess (below).
    pytest.param("Делегация Омской области прибыла в Армению. В 2024 году товарооборот составил 9 млн "
                 "долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="a-visit-introduces-the-pair"),
    pytest.param("Омская область и Армения. В 2024 году товарооборот составил 9 млн долларов.", [],
                 id="no-mutual-word-no-guess"),
    pytest.param("Армения остается главным покупателем омской продукции: в 2024 году экспорт области "
                 "в эту горную страну составил 9 млн долларов.", [("export", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="preposition-before-adjective"),
    pytest.param("Армения рассчитывает, что товарооборот с Омской областью превысит 1 млрд долларов. Посол "
                 "сказал, что цель — перешагнуть 1 миллиард долларов, а Ереван и Омск должны выиграть.",
                 [("turnover", "AM", "RU-OMS", 1e9, "USD", None)], id="restated-with-capitals"),
    pytest.param("Омский облисполком и Армения планируют довести товарооборот до 1 млрд долларов к 2027 году.",
                 [("turnover", "RU-OMS", "AM", 1e9, "USD", None)], id="adjective-generic-is-a-side"),
    pytest.param("Торговля Омской области и Армении за полугодие: экспорт — 4 млрд рублей, импорт — 2 млрд рублей.",
                 [("export", "RU-OMS", "AM", 4e9, "RUB", None), ("import", "RU-OMS", "AM", 2e9, "RUB", None)],
                 id="pair-before-colon"),
    pytest.param("Делегация Омской области прибыла в Ереван. В 2024 году товарооборот между регионами "
                 "составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="mezhdu-regionami-is-mutual"),
    pytest.param("Премьер Беларуси и губернатор Омской области встретились в Минске. За полгода взаимный "
                 "товарооборот составил 9 млн долларов.", [("turnover", "BY", "RU-OMS", 9e6, "USD", None)],
                 id="venue-city-gives-way-to-its-country"),
    pytest.param("Омская область и Армения подписали план. В 2024 году товарооборот между ними составил 9 млн "
                 "долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="mezhdu-nimi"),
    pytest.param("Главными торговыми партнерами Омской области в 2024 году стали Казахстан (900 млн долларов) и "
                 "Армения (9 млн долларов).", [("turnover", "RU-OMS", "KZ", 9e8, "USD", None),
                                               ("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="trade-partners-with-bracketed-figures"),
    pytest.param("Переговоры Минска и Еревана прошли успешно. Товарооборот двух стран в 2024 году составил "
                 "9 млн долларов.", [("turnover", "BY", "AM", 9e6, "USD", None)], id="dvuh-stran-are-countries"),
    pytest.param("Губернатор Омской области заявил, что Армения входит в число основных торговых партнеров "
                 "региона. В 2024 году товарооборот составил 9 млн долларов.",
                 # 'региона' repeating Omsk no longer moves it after Armenia (1.41.110): the region reports
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="trade-intro-sentence-names-the-pair"),
    pytest.param("В 2024 году экспорт Омской области в Армению вырос на 14 %, а импорт армянской продукции — "
                 "на 6 %. Общий товарооборот превысил 9 млн долларов.",
                 [("export", "RU-OMS", "AM", None, None, 14.0), ("import", "RU-OMS", "AM", None, None, 6.0),
                  ("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="total-after-export-and-import"),
    pytest.param("В Омске прошел форум с участием армянских фирм. Товарооборот двух регионов в 2024 году составил "
                 "9 млн долларов.".replace("армянских фирм", "фирм Гродненской области"),
                 [("turnover", "RU-OMS", "BY-HR", 9e6, "USD", None)], id="dvuh-regionov-is-mutual"),
    pytest.param("Армения — один из главных торговых партнеров Омской области в СНГ: в 2024 году товарооборот "
                 "между ними вырос на 15 %.", [("turnover", "RU-OMS", "AM", None, None, 15.0)],
                 id="group-a-partner-is-ranked-in-is-no-partner"),
    pytest.param("Армения стала крупнейшим партнером Омской области среди стран ЕАЭС: в 2024 году товарооборот "
                 "с ней составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="sredi-stran-is-a-ranking"),
    pytest.param("В 2024 году товарооборот Омской области со странами СНГ вырос на 15 %.", [],
                 id="group-as-partner-still-no-fact"),
    pytest.param("Омская область дружит с Курганской областью, а губернатор поручил вдвое нарастить омский "
                 "товарооборот с Арменией.", [("turnover", "RU-OMS", "AM", None, None, 100)],
                 id="change-before-keyword-takes-the-keywords-places"),
    pytest.param("Глава государства поручил втрое нарастить товарооборот Омской области с Арменией.",
                 [("turnover", "RU-OMS", "AM", None, None, 200)], id="glava-gosudarstva-is-no-group"),
])
def test_places(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("«В 2024 году мы продали в Армению товаров на 5 млн долларов, а купили там на 9 млн», — "
                 "сообщил губернатор Омской области.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 5e6, "USD", "2024-01-01", "2024-12-31"),
                  ("import", "RU-OMS", "AM", 9e6, "USD", "2024-01-01", "2024-12-31")],
                 id="speaker-after-quote-is-the-side"),
    pytest.param("Импорт Армении из Омской области за полугодие составил 2 млн долларов, экспорт в столицу "
                 "России — 6 млн долларов.", "2025-08-01",
                 [("import", "AM", "RU-OMS", 2e6, "USD", "2025-01-01", "2025-06-30"),
                  ("export", "AM", "RU-MOW", 6e6, "USD", "2025-01-01", "2025-06-30")], id="stolitsa-rossii"),
])
def test_places_dated(text, published, expected):
    assert dated_facts(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Импорт Витебской области в 2024 году: Россия — 2 млрд долларов (рост на 3 %), Германия — "
                 "150 млн долларов.", "2025-03-01",
                 [("import", "BY-VI", "RU", 2e9, "USD", *Y24, 3.0),
                  ("import", "BY-VI", "DE", 150e6, "USD", *Y24, None)],
                 id="no-preposition-across-punctuation"),
    pytest.param("Основные торговые партнеры Витебской области за полугодие (импорт): Россия — $1,1 млрд, "
                 "Китай — $0,2 млрд.",
                 "2024-08-01",
                 [("import", "BY-VI", "RU", 1.1e9, "USD", "2024-01-01", "2024-06-30", None),
                  ("import", "BY-VI", "CN", 0.2e9, "USD", "2024-01-01", "2024-06-30", None)],
                 id="table-subject-before-keyword"),
    pytest.param("Губернатор Курганской области посетил Могилев. Экспорт региона в Беларусь за 2024 год составил "
                 "40 млн долларов.", "2025-03-01",
                 [("export", "RU-KGN", "BY", 40e6, "USD", *Y24, None)],
                 id="region-not-in-the-named-partner-country"),
    pytest.param("Товарооборот Тверской области с Беларусью в 2024 году составил 700 млн долларов. Главными "
                 "партнерами региона были Витебская и Минская области: на них пришлось 250 и 200 млн долларов "
                 "соответственно.", "2025-03-01",
                 [("turnover", "RU-TVE", "BY", 700e6, "USD", *Y24, None),
                  ("turnover", "RU-TVE", "BY-VI", 250e6, "USD", *Y24, None),
                  ("turnover", "RU-TVE", "BY-MI", 200e6, "USD", *Y24, None)],
                 id="partners-portions-continue-the-flow"),
    pytest.param("Могилевская и Смоленская области: итоги года. Товарооборот областей в 2024 году составил 150 млн "
                 "долларов.", "2025-03-01",
                 [("turnover", "BY-MA", "RU-SMO", 150e6, "USD", *Y24, None)], id="turnover-of-the-regions-is-mutual"),
    pytest.param("— Как идет торговля с Беларусью? — В прошлом году мы вышли на 600 млн долларов, — ответил "
                 "губернатор Тульской области.", "2025-03-01",
                 [("turnover", "RU-TUL", "BY", 600e6, "USD", *Y24, None)], id="answer-continues-the-question"),
    pytest.param("— Экспорт в Беларусь за полугодие превысил 90 млн долларов. Это много? — Да, и мы рассчитываем к "
                 "концу года выйти на 200 млн долларов, — сказал губернатор Тульской области.", "2025-08-01",
                 [("export", "RU-TUL", "BY", 90e6, "USD", "2025-01-01", "2025-06-30", None),
                  ("export", "RU-TUL", "BY", 200e6, "USD", "2025-01-01", "2025-12-31", None)],
                 id="interview-line-is-about-the-interviewee"),
    pytest.param("Товарооборот Брестской области с Ульяновской областью за 2024 год составил 30 млн долларов. С "
                 "Пензенской — 20 млн долларов.", "2025-03-01",
                 [("turnover", "BY-BR", "RU-ULY", 30e6, "USD", *Y24, None),
                  ("turnover", "BY-BR", "RU-PNZ", 20e6, "USD", *Y24, None)], id="elliptic-line-continues"),
    pytest.param("Доля Витебской области в общем экспорте Беларуси в Россию за 2024 год составила 9 %, или около "
                 "1,4 млрд долларов.", "2025-03-01",
                 [("export", "BY-VI", "RU", 1.4e9, "USD", *Y24, None)], id="share-holder-is-the-side"),
    pytest.param("— Как идет торговля с белорусскими областями? — Лидирует Брестская область: в 2024 году "
                 "товарооборот с ней составил 90 млн долларов. На втором месте Гродненская — 60 млн долларов, — "
                 "рассказал министр экономики Тульской области.", "2025-03-01",
                 [("turnover", "BY-BR", "RU-TUL", 90e6, "USD", *Y24, None),
                  ("turnover", "RU-TUL", "BY-HR", 60e6, "USD", *Y24, None)], id="ranked-line-in-an-interview"),
    pytest.param("Гродненская область — Калужская область: товарооборот растет. За 2024 год он увеличился на 10 %, до "
                 "60 млн долларов.", "2025-03-01",
                 [("turnover", "BY-HR", "RU-KLU", 60e6, "USD", *Y24, 10.0)], id="figure-less-intro-sets-the-topic"),
    pytest.param("В 2024 году товарооборот Тверской области с Беларусью составил 500 млн долларов. На Минскую и "
                 "Гомельскую области пришлось 150 и 90 млн долларов соответственно.", "2025-03-01",
                 [("turnover", "RU-TVE", "BY", 500e6, "USD", *Y24, None),
                  ("turnover", "RU-TVE", "BY-MI", 150e6, "USD", *Y24, None),
                  ("turnover", "RU-TVE", "BY-HO", 90e6, "USD", *Y24, None)], id="portions-and-coordinated-oblasts"),
    pytest.param("Товарооборот со странами ЕАЭС за 2024 год (млн долларов): Россия — 50 000, Казахстан — 1 100, — "
                 "сообщили в Минэкономики Беларуси.", "2025-03-01",
                 [("turnover", "BY", "RU", 50e9, "USD", *Y24, None),
                  ("turnover", "BY", "KZ", 1.1e9, "USD", *Y24, None)],
                 id="reporter-named-after-the-table"),
    pytest.param("— Кто ваши главные партнеры в Беларуси? — Брестская область — 70 млн долларов, Гродненская — 40 млн "
                 "долларов, это данные за 2024 год, — ответил губернатор Тульской области.", "2025-03-01",
                 [("turnover", "RU-TUL", "BY-BR", 70e6, "USD", *Y24, None),
                  ("turnover", "RU-TUL", "BY-HR", 40e6, "USD", *Y24, None)], id="partners-question"),
    pytest.param("— А сколько вы закупили? — В прошлом году регион закупил белорусских товаров на 900 млн рублей, — "
                 "ответил министр транспорта Омской области.", "2025-03-01",
                 [("import", "RU-OMS", "BY", 900e6, "RUB", *Y24, None)], id="region-is-the-interviewee"),
])
def test_places_dated_with_change(text, published, expected):
    assert dated_facts_with_change(text, published) == expected


def test_question_sets_topic():
    """Turnover is an unordered pair; the speaker's region should be `a` but comes second (open)."""
    (f,) = extract("— Каков товарооборот с Арменией? — По итогам 2024 года он составил 9 млн долларов, — "
                   "ответил губернатор Омской области.", dt.date(2025, 3, 1))
    assert (f.metric, {f.a, f.b}, f.value, str(f.period_start)) == ("turnover", {"RU-OMS", "AM"}, 9e6, "2024-01-01")


@pytest.mark.parametrize("text, code", [
    pytest.param("Минский облисполком", "BY-MI", id="city-adjective-before-oblast-word"),
    pytest.param("Гомельский облисполком", "BY-HO", id="oblast-adjective-before-oblast-word"),
    pytest.param("минские предприятия", "BY-HM", id="city-adjective-alone"),
    pytest.param("Могилевского облисполкома", "BY-MA", id="adjective-first-parsed-as-surname"),
    pytest.param("губернатор Омской области Василий Орлов", "RU-OMS", id="surname-after-first-name"),
])
def test_adjective_with_generic(text, code):
    (m,) = find_places(text)
    assert m.code == code

# Rules of extractor 1.38.0 (issue 9, classes seen on real text), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Генконсул Казахстана в Омске встретился с губернатором Новосибирской области. В 2024 "
                 "году товарооборот региона с Казахстаном вырос на 9 %.", "2025-03-01",
                 [("turnover", "RU-NVS", "KZ", None, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="consul-seat-is-no-side"),
    pytest.param("Монголия — один из ключевых партнеров Иркутской области. В 2024 году экспорт составил "
                 "90 млн долларов, импорт — 20 млн долларов.", "2025-03-01",
                 [("export", "RU-IRK", "MN", 90e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("import", "RU-IRK", "MN", 20e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="partner-of-sets-the-pair"),
    pytest.param("Казахстан остается надежным партнером Омской области: в 2024 году товарооборот между "
                 "нашими территориями вырос на 9 %.", "2025-03-01",
                 [("turnover", "RU-OMS", "KZ", None, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="between-our-territories"),
    pytest.param("В 2011 году товарооборот Гомельской области с Черниговской областью вырос в два раза.", "2012-03-01",
                 [("turnover", "BY-HO", "UA-74", None, "eq", "2011-01-01", "2011-12-31", 100, "reported")],
                 id="ukrainian-oblast"),
    pytest.param("В 2017 году товарооборот ЗКО с Оренбургской областью составил 600 млн долларов.", "2018-03-01",
                 [("turnover", "KZ-ZAP", "RU-ORE", 600e6, "eq", "2017-01-01", "2017-12-31", None, "reported")],
                 id="kazakh-abbreviation"),
    pytest.param("Одним из надежных регионов-партнеров Казахстана остается Курганская область: в 2024 "
                 "году товарооборот вырос на 9 %.", "2025-03-01",
                 [("turnover", "KZ", "RU-KGN", None, "eq", "2024-01-01", "2024-12-31", 9.0, "reported")],
                 id="one-of-the-partner-regions-is-a-rank"),
])
def test_places_full(text, published, expected):
    assert fields(text, published, *FULL) == expected

# More rules of extractor 1.38.0 (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("«Наш товарооборот с Беларусью в прошлом году превысил 900 млн долларов», — напомнил "
                 "губернатор Тверской области, назвав Брестскую и Витебскую области главными партнерами.", "2025-03-01",
                 [("turnover", "RU-TVE", "BY", 900e6, "gt", "2024-01-01", "2024-12-31", None, "reported")],
                 id="speaker-phrase-only"),
])
def test_places_full_more(text, published, expected):
    assert fields(text, published, *FULL) == expected

# Rules of extractor 1.38.0 added last (issue 9), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Экспорт Витебской области за полугодие превысил $1,5 млрд, а в Российскую Федерацию "
                 "область сделала поставки на $590 млн.", "2025-08-01",
                 [("export", "BY-VI", "RU", 590e6, "eq", "2025-01-01", "2025-06-30", None, "reported")],
                 id="keyword-clause-after-an-amount-gives-the-pair"),
    pytest.param("В 2024 году татарстано-узбекистанский товарооборот вырос на 27 % и составил 370 млн "
                 "долларов.", "2025-03-01",
                 [("turnover", "RU-TA", "UZ", 370e6, "eq", "2024-01-01", "2024-12-31", 27.0, "reported")],
                 id="compound-adjective-variant"),
])
def test_places_full_last(text, published, expected):
    assert fields(text, published, *FULL) == expected


# General rules of extractor 1.40.3–1.41.2 (issue 9, docs/extraction.md), on sentences written for them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Товарооборот России и Армении за 2024 год составил 900 млн долларов, на долю Омской области "
                 "пришлось около 2 %.", "2025-03-01",
                 [("turnover", "RU", "AM", 9e8, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-share-named-after-the-figure-keeps-the-sides"),
    pytest.param("Армянский министр побывал в Омской области. «За 2024 год мы наторговали на 90 млн долларов, а это "
                 "на 15 % больше», — сказал армянский министр.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 9e7, "eq", "2024-01-01", "2024-12-31", 15.0, "reported")],
                 id="the-speaker-after-a-quote-past-a-later-figure"),
    pytest.param("Губернатор Омской области рассказал о поставках зерна по всей России. «В 2024 году мы наторговали "
                 "на 90 млн долларов», — сказал посол Армении.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 9e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-context-region-beats-its-own-country"),
    pytest.param("Армения стала одним из главных партнеров омских предприятий. Если в 2023 году доля Армении в "
                 "товарообороте Омской области со странами ЕАЭС была 8 %, то в 2024 году товарооборот составил 50 "
                 "млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 5e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-group-a-share-is-taken-of-is-no-partner"),
    pytest.param("Товарооборот Омской области с Арменией вырос на 5 %. На долю стран ЕАЭС пришлось 74 % экспорта "
                 "области, или 1,2 млрд долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", None, "eq", None, None, 5.0, "reported")],
                 id="a-groups-own-share-stays-the-groups"),
    pytest.param("Губернатор Омской области встретился с послом Армении. «В 2024 году товарооборот превысил 60 млн "
                 "долларов», — сказал посол, пригласив омичей на выставку в Россию.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 6e7, "gt", "2024-01-01", "2024-12-31", None, "reported")],
                 id="places-past-the-speakers-phrase-are-no-side"),
    pytest.param("Из Армении в Омскую область в 2024 году ввезено товаров на 10 млн долларов.", "2025-03-01",
                 [("import", "RU-OMS", "AM", 1e7, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-capitalised-preposition-is-no-first-name"),
    pytest.param("В 2024 году товарооборот Тульщины с Арменией составил 20 млн долларов. Товарооборот Приамурья с "
                 "Китаем достиг 900 млн долларов, а экспорт с Сахалина в Японию вырос на 5 %.", "2025-03-01",
                 [("turnover", "RU-TUL", "AM", 2e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "RU-AMU", "CN", 9e8, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "RU-SAK", "JP", None, "eq", "2024-01-01", "2024-12-31", 5.0, "reported")],
                 id="regions-by-their-nicknames"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией составил 20 млн долларов, Приамурья с "
                 "Китаем — 900 млн долларов, а экспорт с Сахалина в Японию вырос на 5 %.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 2e7, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "RU-AMU", "CN", 9e8, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "RU-SAK", "JP", None, "eq", "2024-01-01", "2024-12-31", 5.0, "reported")],
                 id="a-gapped-clause-names-its-own-reporting-side"),
])
def test_places_general(text, published, expected):
    assert fields(text, published, *FULL) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Губернатор Омской области провел переговоры в Минске. В 2024 году товарооборот региона с "
                 "республикой вырос на 16 %.", "2025-03-01",
                 [("turnover", "RU-OMS", "BY", None, "eq", "2024-01-01", "2024-12-31", 16.0, "reported")],
                 id="a-venue-is-not-the-region-and-stands-for-its-republic"),
    pytest.param("Премьер Армении посетил Омскую область. За 2024 год товарооборот между двумя странами превысил "
                 "3 млрд долларов.", "2025-03-01",
                 [("turnover", "AM", "RU", 3e9, "gt", "2024-01-01", "2024-12-31", None, "reported")],
                 id="dvumya-stranami-is-the-pair-not-a-group"),
    pytest.param("Во Владимире обсудили связи области с Арменией. За 2024 год товарооборот с Республикой Армения "
                 "вырос на 4 %.", "2025-03-01",
                 [("turnover", "RU-VLA", "AM", None, "eq", "2024-01-01", "2024-12-31", 4.0, "reported")],
                 id="a-centre-that-is-a-first-name-after-vo-and-a-state-word-before-the-name"),
    pytest.param("За 2024 год экспорт Омской области вырос на 8 %, в регионе работают 5 совместных "
                 "российско-армянских предприятий.", "2025-03-01",
                 [], id="an-adjective-of-firms-names-no-side"),
    pytest.param("Импорт Омской области за 2024 год составил 800 млн долларов, из них из Армении — 30 млн "
                 "долларов.", "2025-03-01",
                 [("import", "RU-OMS", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-breakdowns-partner-is-not-the-totals"),
    pytest.param("За 2024 год импорт Омской области вырос на 6 %, из Армении — на 15 %.", "2025-03-01",
                 [("import", "RU-OMS", "AM", None, "eq", "2024-01-01", "2024-12-31", 15.0, "reported")],
                 id="a-later-figures-partner-is-its-own"),
    pytest.param("Экспорт Омской области в Венгрию за 2024 год составил 11 млн долларов, в Чехию — 6 млн долларов.",
                 "2025-03-01",
                 [("export", "RU-OMS", "HU", 11e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "RU-OMS", "CZ", 6e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="countries-outside-regions-csv"),
    pytest.param("Губернатор Омской области провел переговоры с председателем Гомельского облисполкома. Товарооборот "
                 "регионов в 2024 году превысил 90 млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "BY-HO", 90e6, "gt", "2024-01-01", "2024-12-31", None, "reported")],
                 id="trade-of-the-regions-is-their-pair-not-a-group"),
    pytest.param("В Гомеле прошла встреча с делегацией Омской области. По итогам 2024 года товарооборот составил 90 "
                 "млн долларов.", "2025-03-01",
                 [("turnover", "BY-HO", "RU-OMS", 90e6, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="a-meeting-of-two-places-introduces-their-trade"),
    pytest.param("Премьер Армении встретился в Омске с губернатором Омской области. Торговля растет: за 2024 год "
                 "товарооборот увеличился на 11 %.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", None, "eq", "2024-01-01", "2024-12-31", 11.0, "reported")],
                 id="met-with-introduces-their-trade"),
    pytest.param("Экспорт Омской области за 2024 год составил 900 млн долларов, главным рынком осталась Армения.",
                 "2025-03-01", [], id="a-place-in-a-later-clause-without-a-preposition-is-no-partner"),
    pytest.param("Торговля Гомельской области с приграничными регионами Украины растет: за 2011 год товарооборот с "
                 "Черниговской областью вырос в два раза, а с Волынской — втрое.", "2012-03-01",
                 [("turnover", "BY-HO", "UA-74", None, "eq", "2011-01-01", "2011-12-31", 100.0, "reported"),
                  ("turnover", "BY-HO", "UA-07", None, "eq", "2011-01-01", "2011-12-31", 200.0, "reported")],
                 id="a-named-region-beats-its-countrys-regions-and-an-oblast-adjective-alone"),
])
def test_places_venue_general(text, published, expected):
    assert fields(text, published, *FULL) == expected


# Composed set of 1.41.42 (issue 9, class "a missed fact": places in the forms other writers use —
# official names, nicknames, abbreviations, autonomous districts), written before the extractor was
# run on them: "<phrase> в 2024 году составил 100 млн долларов." gives one fact of that pair.
@pytest.mark.parametrize("phrase, pair", [
    ("Товарооборот Беларуси с Российской Федерацией", {"BY", "RU"}),
    ("Товарооборот Минска с Российской Федерацией", {"BY-HM", "RU"}),
    ("Товарооборот между Минском и Пекином", {"BY", "CN"}),
    ("Товарооборот Нижегородской области с Республикой Беларусь", {"RU-NIZ", "BY"}),
    ("Товарооборот Брестчины и Подмосковья", {"BY-BR", "RU-MOS"}),
    ("Товарооборот Республики Саха (Якутия) с Беларусью", {"RU-SA", "BY"}),
    ("Товарооборот Беларуси и Ханты-Мансийского автономного округа – Югры", {"BY", "RU-KHM"}),
    ("Товарооборот Беларуси и Северной столицы", {"BY", "RU-SPE"}),
    ("Товарооборот Гомельской области и Черниговской области Украины", {"BY-HO", "UA-74"}),
    ("Товарооборот Беларуси и провинции Шаньдун", {"BY", "CN-SD"}),
    ("Товарооборот Беларуси с Объединенными Арабскими Эмиратами", {"BY", "AE"}),
    ("Товарооборот Беларуси и Азербайджанской Республики", {"BY", "AZ"}),
    ("Товарооборот Беларуси и Киргизстана", {"BY", "KG"}),
    ("Товарооборот Беларуси с Туркменией", {"BY", "TM"}),
    ("Товарооборот Беларуси с Литовской Республикой", {"BY", "LT"}),
    ("Товарооборот Беларуси с Турецкой Республикой", {"BY", "TR"}),
    ("Товарооборот Кузбасса с Белоруссией", {"RU-KEM", "BY"}),
    ("Товарооборот Беларуси с Еврейской автономной областью", {"BY", "RU-YEV"}),
    ("Товарооборот Беларуси и Ямало-Ненецкого автономного округа", {"BY", "RU-YAN"}),
    ("Товарооборот Гродно и Смоленска", {"BY-HR", "RU-SMO"}),
    ("Товарооборот Минщины и Смоленщины", {"BY-MI", "RU-SMO"}),
    ("Товарооборот Беларуси и Ливана", {"BY", "LB"}),
])
def test_places_in_other_forms(phrase, pair):
    assert [{f.a, f.b} for f in extract(f"{phrase} в 2024 году составил 100 млн долларов.", dt.date(2025, 3, 1))] \
        == [pair]


# Composed set of 1.41.44 (issue 9): enumerations and shares of places, written before the extractor
# was run on them. (metric, a, b, value).
@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот Могилевской области с регионами России в 2024 году: со Смоленской областью — 400 млн "
                 "долларов, с Брянской — 300 млн долларов, с Московской — 900 млн долларов.",
                 [("turnover", "BY-MA", "RU-SMO", 400e6), ("turnover", "BY-MA", "RU-BRY", 300e6),
                  ("turnover", "BY-MA", "RU-MOS", 900e6)], id="an-elided-oblast-after-an-oblast"),
    pytest.param("В 2024 году на долю Москвы пришлось 5 млрд долларов белорусского экспорта в Россию, на долю "
                 "Санкт-Петербурга — 2 млрд долларов.",
                 [("export", "BY", "RU-MOW", 5e9), ("export", "BY", "RU-SPE", 2e9)], id="a-share-in-money-of-a-place"),
    pytest.param("Доля Москвы в белорусском экспорте в Россию в 2024 году составила 20 %, или 5 млрд долларов.",
                 [("export", "BY", "RU-MOW", 5e9)], id="a-share-of-the-partner-country"),
    pytest.param("Доля Брестской области в общем экспорте Беларуси в Россию в 2024 году составила 12 %, или 1,9 млрд "
                 "долларов.", [("export", "BY-BR", "RU", 1.9e9)], id="a-share-of-the-reporting-country"),
    pytest.param("В 2024 году на долю стран СНГ пришлось 10 млрд долларов белорусского экспорта.", [],
                 id="a-share-of-a-group-stays-no-fact"),
    pytest.param("Товарооборот Армении и Грузии за 2024 год достиг 1,2 млрд долларов. Основную долю составил армянский "
                 "экспорт — 700 млн долларов.", [("turnover", "AM", "GE", 1.2e9), ("export", "AM", "GE", 7e8)],
                 id="the-flow-with-the-largest-share-and-its-level"),
])
def test_places_enumerations_and_shares(text, expected):
    assert [(f.metric, f.a, f.b, f.value) for f in extract(text, dt.date(2025, 3, 1))] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Губернатор Челябинской области Алексей Текслер провел переговоры в Минске. «В прошлом году мы вышли "
                 "на 700 миллионов долларов товарооборота», — сказал губернатор.",
                 [("turnover", "RU-CHE", "BY", 700e6)], id="a-venue-capital-from-context-is-its-state"),
    pytest.param("Губернатор Челябинской области провел переговоры в Минске с председателем Мингорисполкома. "
                 "Товарооборот области со столицей Беларуси в 2024 году составил 90 млн долларов.",
                 [("turnover", "RU-CHE", "BY-HM", 90e6)], id="the-capital-named-as-a-partner-stays-the-city"),
])
def test_venue_capitals(text, expected):
    """Composed for 1.41.45 (issue 9, wrong places): a capital named only as the meeting's venue."""
    assert [(f.metric, f.a, f.b, f.value) for f in extract(text, dt.date(2025, 3, 1))] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот между нашими странами в прошлом году вырос до 8 млрд долларов, отметил посол Китая в "
                 "Беларуси.", [("turnover", {"BY", "CN"}, 8e9)], id="mutual-word-and-an-ambassador-after-it"),
    pytest.param("Экспорт в Китай в 2024 году вырос на 10 %, сообщил министр экономики Беларуси.",
                 [("export", {"BY", "CN"}, None)], id="the-speakers-country-reports"),
    pytest.param("Экспорт в 2024 году вырос на 10 %, сообщил губернатор Брестской области.", [],
                 id="a-speaker-alone-is-no-pair"),
])
def test_speaker_named_after_the_figure(text, expected):
    """Composed for 1.41.48 (issue 9, missed facts): a speaker named after the figure with no quotation
    marks ("…, отметил посол Китая в Беларуси.") is a last layer of sides, like the speaker of a quote."""
    assert [(f.metric, {f.a, f.b}, f.value) for f in extract(text, dt.date(2025, 3, 1))] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Беларусь и Казахстан — стратегические партнеры. В прошлом году товарооборот вырос на 9 %, экспорт — "
                 "на 12 %.", [("turnover", "BY", "KZ", 9.0), ("export", "BY", "KZ", 12.0)], id="strategic-partners"),
    pytest.param("Губернатор Брестской области встретился с послом Китая. За 2024 год товарооборот вырос на 18 %.",
                 [("turnover", "BY-BR", "CN", 18.0)], id="a-meeting"),
    pytest.param("Посол Беларуси в Китае провел переговоры с губернатором провинции Шаньдун. Торговля с провинцией в "
                 "2024 году выросла на 35 %.", [("turnover", "BY", "CN-SD", 35.0)], id="a-province-by-its-generic"),
])
def test_introductions_name_the_pair(text, expected):
    """Composed for 1.41.56 (issue 9, missed change-only facts): a figure-less sentence that names two places
    of different countries as partners, or their meeting, gives the pair of the next sentence's figures."""
    assert [(f.metric, f.a, f.b, f.change_pct) for f in extract(text, dt.date(2025, 3, 1))] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Раис Татарстана встретился с послом Беларуси. Товарооборот республики с Беларусью в 2024 году "
                 "составил 600 млн долларов.", [("turnover", "RU-TA", "BY", 6e8)], id="a-title-that-is-also-a-name"),
    pytest.param("Аким Алматы сообщил, что товарооборот с Беларусью в 2024 году составил 300 млн долларов.",
                 [("turnover", "KZ-75", "BY", 3e8)], id="akim-of-a-city-pymorphy-does-not-know"),
    pytest.param("Василий Орлов сообщил, что экспорт Беларуси в Россию в 2024 году вырос на 5 %.",
                 [("export", "BY", "RU", None)], id="a-surname-that-is-also-a-city-stays-a-surname"),
])
def test_place_after_a_first_name(text, expected):
    """Composed for 1.41.60 (issue 9, missed facts): a word that is only a place name ("Татарстана") after a
    capitalised word that is also a first name ("Раис") is the place, not a surname."""
    assert [(f.metric, f.a, f.b, f.value) for f in extract(text, dt.date(2025, 3, 1))] == expected
