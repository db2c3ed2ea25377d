"""Rows for the rules added while measuring generalization (docs/extraction.md), on invented
sentences: text → (metric, a, b, value, currency, change_pct)."""

import datetime as dt

import pytest

from etl.extract import extract
from etl.extract.places import find_places

PUB = dt.date(2025, 8, 14)


def _facts(text):
    return [(f.metric, f.a, f.b, f.value, f.currency, f.change_pct) for f in extract(text, PUB)]


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


@pytest.mark.parametrize("text, expected", [
    pytest.param("Омский облисполком и Армения планируют довести товарооборот до 1 млрд долларов к 2027 году.",
                 [("turnover", "RU-OMS", "AM", 1e9, "USD", None)], id="adjective-generic-is-a-side"),
    pytest.param("Торговля Омской области и Армении за полугодие: экспорт — 4 млрд рублей, импорт — 2 млрд рублей.",
                 [("export", "RU-OMS", "AM", 4e9, "RUB", None), ("import", "RU-OMS", "AM", 2e9, "RUB", None)],
                 id="pair-before-colon"),
    pytest.param("Делегация Омской области прибыла в Ереван. В 2024 году товарооборот между регионами "
                 "составил 9 млн долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="mezhdu-regionami-is-mutual"),
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
    pytest.param("Поставки из Армении в Омскую область выросли в 2 раза за полугодие: армянские фирмы "
                 "отгрузили в регион товаров на 6 млн долларов.",
                 [("export", "AM", "RU-OMS", 6e6, "USD", 100.0)], id="change-before-colon-joins-same-period"),
    pytest.param("Товарооборот Омской области и Армении в январе–мае достиг 9 млн долларов. Это на 12 % "
                 "больше, чем годом ранее.", [("turnover", "RU-OMS", "AM", 9e6, "USD", 12.0)],
                 id="eto-sentence-comments-last-figure"),
    pytest.param("Товарооборот Омской области с Арменией и Грузией в 2024 году составил 9 и 4 млн долларов "
                 "соответственно.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None),
                                    ("turnover", "RU-OMS", "GE", 4e6, "USD", None)], id="shared-multiplier"),
    pytest.param("В 2024 году Армения продала Омской области товаров на 3 млн долларов.",
                 [("export", "AM", "RU-OMS", 3e6, "USD", None)], id="dative-buyer-after-selling-verb"),
    pytest.param("В 2024 году дилеры Омской области продали армянской техники на 3 млн долларов.", [],
                 id="adjective-after-selling-verb-is-no-buyer"),
    pytest.param("Омская область и Армения в 2024 году наторговали на 9 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="natorgovali"),
    pytest.param("Товарооборот Омской области с Арменией за шесть месяцев достиг 9 млн долларов. В прошлом году "
                 "за аналогичный период он составлял 7 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("turnover", "RU-OMS", "AM", 7e6, "USD", None)],
                 id="analogous-period-of-last-year"),
    pytest.param("В 2024 году товарооборот Омской области с Арменией вырос на 16 %. В январе–апреле рост "
                 "продолжился: +7,5 %.", [("turnover", "RU-OMS", "AM", None, None, 16.0),
                                          ("turnover", "RU-OMS", "AM", None, None, 7.5)], id="growth-continued"),
    pytest.param("Премьер Беларуси и губернатор Омской области встретились в Минске. За полгода взаимный "
                 "товарооборот составил 9 млн долларов.", [("turnover", "BY", "RU-OMS", 9e6, "USD", None)],
                 id="venue-city-gives-way-to-its-country"),
    pytest.param("Омская область и Армения подписали план. В 2024 году товарооборот между ними составил 9 млн "
                 "долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="mezhdu-nimi"),
    pytest.param("В 2024 году Омская область закупила у Армении товаров на 5 млн рублей, продала армянским "
                 "партнерам товаров на 3 млн рублей.", [("import", "RU-OMS", "AM", 5e6, "RUB", None),
                                                       ("export", "RU-OMS", "AM", 3e6, "RUB", None)],
                 id="adjective-with-dative-noun-is-a-buyer"),
    pytest.param("В 2024 году туристический экспорт Омской области в Армению вырос на 18 %.", [],
                 id="tourist-export-is-not-goods"),
    pytest.param("На товарной бирже армянские покупатели приобрели омского леса на 2 млн долларов.", [],
                 id="commodity-exchange-is-not-trade-statistics"),
    pytest.param("Губернатор Омской области Иван Орлов сообщил, что за 2023-й товарооборот региона с Арменией "
                 "превысил триста миллионов долларов.", [("turnover", "RU-OMS", "AM", 3e8, "USD", None)],
                 id="year-with-i-suffix-and-hundreds-in-words"),
    pytest.param("Главными торговыми партнерами Омской области в 2024 году стали Казахстан (900 млн долларов) и "
                 "Армения (9 млн долларов).", [("turnover", "RU-OMS", "KZ", 9e8, "USD", None),
                                               ("turnover", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="trade-partners-with-bracketed-figures"),
    pytest.param("Переговоры Минска и Еревана прошли успешно. Товарооборот двух стран в 2024 году составил "
                 "9 млн долларов.", [("turnover", "BY", "AM", 9e6, "USD", None)], id="dvuh-stran-are-countries"),
    pytest.param("Губернатор Омской области заявил, что к 2027 году товарооборот с Арменией должен вырасти "
                 "вдвое.", [("turnover", "RU-OMS", "AM", None, None, 100.0)], id="dolzhen-is-a-plan"),
    pytest.param("Товарооборот Омской области с Арменией в 2024 году составил 9 млн долларов. В 2025 году "
                 "стороны рассчитывают выйти на 12 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("turnover", "RU-OMS", "AM", 12e6, "USD", None)],
                 id="plan-level-continues-topic"),
    pytest.param("На поддержку экспорта омских предприятий в Армению банк выделил 30 млн рублей.", [],
                 id="support-funds-are-not-trade"),
    pytest.param("Губернатор Омской области заявил, что Армения входит в число основных торговых партнеров "
                 "региона. В 2024 году товарооборот составил 9 млн долларов.",
                 [("turnover", "AM", "RU-OMS", 9e6, "USD", None)], id="trade-intro-sentence-names-the-pair"),
    pytest.param("В 2024 году экспорт Омской области в Армению вырос на 14 %, а импорт армянской продукции — "
                 "на 6 %. Общий товарооборот превысил 9 млн долларов.",
                 [("export", "RU-OMS", "AM", None, None, 14.0), ("import", "RU-OMS", "AM", None, None, 6.0),
                  ("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="total-after-export-and-import"),
    pytest.param("Товарооборот Омской области с Арменией в 2024 году превысил 9 млн долларов и может удвоиться "
                 "к 2027 году.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None),
                                 ("turnover", "RU-OMS", "AM", None, None, 100.0)], id="plan-change-after-amount"),
    pytest.param("Цена экспортной поставки одной тонны омского масла в Армению достигла 5 тыс. долларов.", [],
                 id="price-per-tonne"),
    pytest.param("Доля Армении в экспорте Омской области в 2024 году достигла 5 %, при этом сам экспорт в "
                 "Армению составил 9 млн долларов.", [("export", "RU-OMS", "AM", 9e6, "USD", None)],
                 id="later-mention-gives-direction"),
    pytest.param("Число омских компаний, экспортирующих продукцию в Армению, за 2024 год выросло на 15 %.", [],
                 id="active-participle-describes-firms"),
    pytest.param("Годовой оборот омского торгового дома в Ереване в 2024 году превысил 2 млрд рублей.", [],
                 id="one-firms-turnover"),
    pytest.param("В 2024 году Армения закупила в Омской области продукции на 5 млн долларов, а отгрузила туда — "
                 "на 3 млн долларов.", [("import", "AM", "RU-OMS", 5e6, "USD", None),
                                        ("export", "AM", "RU-OMS", 3e6, "USD", None)], id="otgruzila-tuda"),
    pytest.param("В Омске прошел форум с участием армянских фирм. Товарооборот двух регионов в 2024 году составил "
                 "9 млн долларов.".replace("армянских фирм", "фирм Гродненской области"),
                 [("turnover", "RU-OMS", "BY-HR", 9e6, "USD", None)], id="dvuh-regionov-is-mutual"),
    pytest.param("Стоимость поставки одного омского комбайна в Армению достигает 9 млн рублей.", [],
                 id="price-of-a-delivery"),
    pytest.param("Банки в 2024 году профинансировали экспортные поставки Омской области в Армению на 4 млн долларов.",
                 [], id="financed-deliveries"),
    pytest.param("В стоимостном выражении товарооборот Омской области с Арменией в 2024 году составил 9 млн "
                 "долларов.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None)], id="stoimostnom-is-no-price"),
    pytest.param("Курс армянского драма к рублю на торгах составил 0,23 рубля, оборот торгов между Арменией "
                 "и Россией достиг 3 млрд рублей.", [], id="currency-exchange-is-not-trade"),
])
def test_general_rule(text, expected):
    assert _facts(text) == expected


def test_agreed_to_increase_is_a_target():
    (f,) = extract("Омская область и Армения договорились в 2026 году увеличить товарооборот до 15 млн долларов.",
                   PUB)
    assert (f.status, f.value, f.period_start) == ("target", 15e6, dt.date(2026, 1, 1))


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
