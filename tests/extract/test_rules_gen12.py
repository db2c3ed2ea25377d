"""Rows for the rules added after batches gen12–gen14 (docs/extraction.md), on invented sentences:
text, published → (metric, a, b, value, currency, period_start, period_end)."""

import datetime as dt

import pytest

from etl.extract import extract


def _facts(text, published):
    return [(f.metric, f.a, f.b, f.value, f.currency, str(f.period_start), str(f.period_end))
            for f in extract(text, dt.date.fromisoformat(published))]


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Сальдо внешней торговли Омской области с Арменией в 2024 году превысило 12 млн долларов.",
                 "2025-03-01", [], id="balance-before-keyword"),
    pytest.param("С начала года товарооборот Омской области с Арменией в долларовом выражении достиг 30 млн.",
                 "2025-05-20", [("turnover", "RU-OMS", "AM", 30e6, "USD", "2025-01-01", "2025-04-30")],
                 id="dollar-equivalent-names-currency"),
    pytest.param("Экспорт Армении в Омскую область за полугодие составил 8 млн долларов против 6 млн "
                 "долларов годом ранее.", "2025-08-20",
                 [("export", "AM", "RU-OMS", 8e6, "USD", "2025-01-01", "2025-06-30"),
                  ("export", "AM", "RU-OMS", 6e6, "USD", "2024-01-01", "2024-06-30")],
                 id="protiv-year-earlier"),
    pytest.param("В 2024 году экспорт Омской области в Армению и импорт оттуда составили 4 и 7 млн "
                 "долларов соответственно.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 4e6, "USD", "2024-01-01", "2024-12-31"),
                  ("import", "RU-OMS", "AM", 7e6, "USD", "2024-01-01", "2024-12-31")],
                 id="respective-keywords"),
    pytest.param("«В 2024 году мы продали в Армению товаров на 5 млн долларов, а купили там на 9 млн», — "
                 "сообщил губернатор Омской области.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 5e6, "USD", "2024-01-01", "2024-12-31"),
                  ("import", "RU-OMS", "AM", 9e6, "USD", "2024-01-01", "2024-12-31")],
                 id="speaker-after-quote-is-the-side"),
    pytest.param("Омская область нарастила экспорт в Армению до 15 млн долларов. Эти данные за 2024 год "
                 "привел министр.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 15e6, "USD", "2024-01-01", "2024-12-31")],
                 id="period-in-the-next-sentence"),
    pytest.param("В 2023 и 2024 годах экспорт Омской области в Армению составил 3 и 5 млн долларов "
                 "соответственно.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 3e6, "USD", "2023-01-01", "2023-12-31"),
                  ("export", "RU-OMS", "AM", 5e6, "USD", "2024-01-01", "2024-12-31")],
                 id="respective-years"),
    pytest.param("За полугодие омские фирмы отправили в Армению товаров на 2 млн долларов.", "2025-08-01",
                 [("export", "RU-OMS", "AM", 2e6, "USD", "2025-01-01", "2025-06-30")],
                 id="otpravili-passes-the-gate"),
    pytest.param("За полугодие Армения поставила в Омскую область товаров на сумму 4 млн долларов.", "2025-08-01",
                 [("export", "AM", "RU-OMS", 4e6, "USD", "2025-01-01", "2025-06-30")], id="na-summu-is-trade"),
    pytest.param("Отгружено в Омскую область за полугодие армянской продукции на 3 млн долларов.", "2025-08-01",
                 [("export", "AM", "RU-OMS", 3e6, "USD", "2025-01-01", "2025-06-30")], id="otgruzheno-passes-the-gate"),
    pytest.param("Импорт Армении из Омской области за полугодие составил 2 млн долларов, экспорт в столицу "
                 "России — 6 млн долларов.", "2025-08-01",
                 [("import", "AM", "RU-OMS", 2e6, "USD", "2025-01-01", "2025-06-30"),
                  ("export", "AM", "RU-MOW", 6e6, "USD", "2025-01-01", "2025-06-30")], id="stolitsa-rossii"),
    pytest.param("Армения за полугодие продала в Омскую область товаров на 5 млн долларов; закупки на Кубани "
                 "составили 1 млрд рублей.", "2025-08-01",
                 [("export", "AM", "RU-OMS", 5e6, "USD", "2025-01-01", "2025-06-30"),
                  ("import", "AM", "RU-KDA", 1e9, "RUB", "2025-01-01", "2025-06-30")],
                 id="bought-na-locative-is-source"),
    pytest.param("Средний объем одной экспортной поставки армянских фирм в Омскую область в 2024 году составил "
                 "30 тыс. долларов.", "2025-03-01", [], id="one-delivery-average"),
    pytest.param("Число армянских экспортеров, работающих с Омской областью, за 2024 год выросло на 15 %.",
                 "2025-03-01", [], id="exporters-are-firms"),
    pytest.param("Товарооборот Омской области с Арменией в прошлом году составил 9 млн долларов, а в нынешнем, "
                 "по планам, превысит 12 млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", "2024-01-01", "2024-12-31"),
                  ("turnover", "RU-OMS", "AM", 12e6, "USD", "2025-01-01", "2025-12-31")], id="elided-year"),
])
def test_gen12_rule(text, published, expected):
    assert _facts(text, published) == expected


@pytest.mark.parametrize("text, pct", [
    pytest.param("Армения показала двукратный рост экспорта в Омскую область в 2024 году — до 6 млн долларов.",
                 100.0, id="twofold-growth"),
    pytest.param("Армения показала трехкратное снижение экспорта в Омскую область в 2024 году — до 2 млн "
                 "долларов.", -66.6667, id="threefold-fall"),
])
def test_fold_adjective_is_a_change(text, pct):
    (f,) = extract(text, dt.date(2025, 3, 1))
    assert f.change_pct == pct


def test_question_sets_topic():
    """Turnover is an unordered pair; the speaker's region should be `a` but comes second (open)."""
    (f,) = extract("— Каков товарооборот с Арменией? — По итогам 2024 года он составил 9 млн долларов, — "
                   "ответил губернатор Омской области.", dt.date(2025, 3, 1))
    assert (f.metric, {f.a, f.b}, f.value, str(f.period_start)) == ("turnover", {"RU-OMS", "AM"}, 9e6, "2024-01-01")
