"""Rows for the rules added after batch gen15 (docs/extraction.md), on invented sentences:
text, published → (metric, a, b, value, currency, period_start, period_end, change_pct)."""

import datetime as dt

import pytest

from etl.extract import extract


def _facts(text, published):
    return [(f.metric, f.a, f.b, f.value, f.currency, str(f.period_start), str(f.period_end), f.change_pct)
            for f in extract(text, dt.date.fromisoformat(published))]


Y24 = ("2024-01-01", "2024-12-31")


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
    pytest.param("Товарооборот Гомельской области с регионами России за 2024 год: Москва — 500 млн долларов (−4 %), "
                 "Брянская область — 300 млн долларов (+2 %).", "2025-03-01",
                 [("turnover", "BY-HO", "RU-MOW", 500e6, "USD", *Y24, -4.0),
                  ("turnover", "BY-HO", "RU-BRY", 300e6, "USD", *Y24, 2.0)],
                 id="minus-sign-in-brackets"),
    pytest.param("Товарооборот магазинов белорусских товаров в Омске за 2024 год вырос до 900 млн рублей.",
                 "2025-03-01", [], id="shops-turnover-is-retail"),
    pytest.param("По данным министерства промышленности и торговли Пензенской области, в 2024 году регион "
                 "поставил в Беларусь продукции на 2 млрд рублей.", "2025-03-01",
                 [("export", "RU-PNZ", "BY", 2e9, "RUB", *Y24, None)],
                 id="ministry-name-is-no-keyword"),
    pytest.param("Губернатор Курганской области посетил Могилев. Экспорт региона в Беларусь за 2024 год составил "
                 "40 млн долларов.", "2025-03-01",
                 [("export", "RU-KGN", "BY", 40e6, "USD", *Y24, None)],
                 id="region-not-in-the-named-partner-country"),
    pytest.param("Витебская и Могилевская области в 2024 году продали в Псковскую область продукции на 70 млн и "
                 "40 млн долларов соответственно.", "2025-03-01",
                 [("export", "BY-VI", "RU-PSK", 70e6, "USD", *Y24, None),
                  ("export", "BY-MA", "RU-PSK", 40e6, "USD", *Y24, None)],
                 id="respective-coordinated-subjects-and-shared-currency"),
    pytest.param("Товарооборот Тверской области с Беларусью в 2024 году составил 700 млн долларов. Главными "
                 "партнерами региона были Витебская и Минская области: на них пришлось 250 и 200 млн долларов "
                 "соответственно.", "2025-03-01",
                 [("turnover", "RU-TVE", "BY", 700e6, "USD", *Y24, None),
                  ("turnover", "RU-TVE", "BY-VI", 250e6, "USD", *Y24, None),
                  ("turnover", "RU-TVE", "BY-MI", 200e6, "USD", *Y24, None)],
                 id="partners-portions-continue-the-flow"),
])
def test_gen15_rules(text, published, expected):
    assert _facts(text, published) == expected
