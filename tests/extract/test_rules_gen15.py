"""Rows for the rules added after batches gen15–gen22 (docs/extraction.md), on invented sentences:
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
    pytest.param("В 2024 году Гомельская область закупила в Китае товаров на 200 млн долларов, в Германии — на "
                 "60 млн долларов.", "2025-03-01",
                 [("import", "BY-HO", "CN", 200e6, "USD", *Y24, None),
                  ("import", "BY-HO", "DE", 60e6, "USD", *Y24, None)],
                 id="country-name-read-as-a-place-for-the-locative"),
    pytest.param("Минский облисполком направит 20 млн рублей на продвижение экспорта в Россию в 2025 году.",
                 "2025-03-01", [], id="money-for-promotion-is-a-budget"),
    pytest.param("Могилевская и Смоленская области: итоги года. Товарооборот областей в 2024 году составил 150 млн "
                 "долларов.", "2025-03-01",
                 [("turnover", "BY-MA", "RU-SMO", 150e6, "USD", *Y24, None)], id="turnover-of-the-regions-is-mutual"),
    pytest.param("За девять месяцев экспорт Гомельской области в Калужскую область составил 40 млн долларов. За "
                 "аналогичный период прошлого года он был равен 35 млн долларов.", "2024-10-20",
                 [("export", "BY-HO", "RU-KLU", 40e6, "USD", "2024-01-01", "2024-09-30", None),
                  ("export", "BY-HO", "RU-KLU", 35e6, "USD", "2023-01-01", "2023-09-30", None)],
                 id="same-period-last-year-shifts-the-span"),
    pytest.param("— Как идет торговля с Беларусью? — В прошлом году мы вышли на 600 млн долларов, — ответил "
                 "губернатор Тульской области.", "2025-03-01",
                 [("turnover", "RU-TUL", "BY", 600e6, "USD", *Y24, None)], id="answer-continues-the-question"),
    pytest.param("— Экспорт в Беларусь за полугодие превысил 90 млн долларов. Это много? — Да, и мы рассчитываем к "
                 "концу года выйти на 200 млн долларов, — сказал губернатор Тульской области.", "2025-08-01",
                 [("export", "RU-TUL", "BY", 90e6, "USD", "2025-01-01", "2025-06-30", None),
                  ("export", "RU-TUL", "BY", 200e6, "USD", "2025-01-01", "2025-12-31", None)],
                 id="interview-line-is-about-the-interviewee"),
    pytest.param("В 2024 году Гомельская область поставила в Брянскую область продукции на 500 млн долларов, "
                 "закупив там товаров на 200 млн долларов.", "2025-03-01",
                 [("export", "BY-HO", "RU-BRY", 500e6, "USD", *Y24, None),
                  ("import", "BY-HO", "RU-BRY", 200e6, "USD", *Y24, None)], id="gerund-is-a-keyword"),
    pytest.param("Импорт Тульской области из Беларуси за прошлый год вырос почти на четверть.", "2025-03-01",
                 [("import", "RU-TUL", "BY", None, None, *Y24, 25.0)], id="quarter-word-passes-the-prefilter"),
    pytest.param("Средняя зарплата на экспортных предприятиях Гомельской области, работающих с Россией, в 2024 году "
                 "достигла 2 500 рублей.", "2025-03-01", [], id="wages-of-exporting-firms"),
    pytest.param("Товарооборот Башкортостана с Гомельской областью в 2024 году составил 80 млн долларов. Из них "
                 "экспорт Гомельщины — 50 млн долларов.", "2025-03-01",
                 [("turnover", "RU-BA", "BY-HO", 80e6, "USD", *Y24, None),
                  ("export", "BY-HO", "RU-BA", 50e6, "USD", *Y24, None)], id="place-right-after-keyword-owns-the-flow"),
    pytest.param("— Сколько стоит белорусский автобус в регионе? — Около 9 млн рублей, поставки растут, — ответил "
                 "министр транспорта Курганской области.", "2025-03-01", [], id="answer-to-a-price-question"),
    pytest.param("Товарооборот Брестской области с Ульяновской областью за 2024 год составил 30 млн долларов. С "
                 "Пензенской — 20 млн долларов.", "2025-03-01",
                 [("turnover", "BY-BR", "RU-ULY", 30e6, "USD", *Y24, None),
                  ("turnover", "BY-BR", "RU-PNZ", 20e6, "USD", *Y24, None)], id="elliptic-line-continues"),
    pytest.param("Экспорт Тульской области в страны ЕАЭС за 2024 год (млн рублей): Беларусь — 2 150, Армения — 90.",
                 "2025-03-01",
                 [("export", "RU-TUL", "BY", 2.15e9, "RUB", *Y24, None),
                  ("export", "RU-TUL", "AM", 90e6, "RUB", *Y24, None)],
                 id="table-unit-in-a-header"),
    pytest.param("Доля Витебской области в общем экспорте Беларуси в Россию за 2024 год составила 9 %, или около "
                 "1,4 млрд долларов.", "2025-03-01",
                 [("export", "BY-VI", "RU", 1.4e9, "USD", *Y24, None)], id="share-holder-is-the-side"),
    pytest.param("Гомельская и Смоленская области: итоги 2024 года. Экспорт области в Смоленскую область составил "
                 "300 млн долларов.", "2025-03-01",
                 [("export", "BY-HO", "RU-SMO", 300e6, "USD", *Y24, None)], id="results-headline-gives-the-period"),
    pytest.param("— Каким был экспорт в Беларусь за девять месяцев? — Мы вышли на 90 млн долларов, — ответил "
                 "губернатор Тульской области.", "2025-11-01",
                 [("export", "RU-TUL", "BY", 90e6, "USD", "2025-01-01", "2025-09-30", None)],
                 id="question-gives-the-period-and-we-report"),
    pytest.param("В июне цены на белорусское масло в Москве выросли на 5 %, а экспортные поставки масла составили "
                 "9 тыс. тонн.", "2025-07-10", [], id="price-change-in-its-own-clause"),
    pytest.param("Экспорт Беларуси в Приволжский федеральный округ за 2024 год составил 900 млн долларов, в том "
                 "числе в Татарстан — 300 млн долларов.", "2025-03-01",
                 [("export", "BY", "RU-TA", 300e6, "USD", *Y24, None)], id="federal-district-is-a-group"),
    pytest.param("В 2024 году товарооборот Тверской области с Беларусью составил 500 млн долларов. Из них на "
                 "Витебскую область пришлось 200 млн долларов.", "2025-03-01",
                 [("turnover", "RU-TVE", "BY", 500e6, "USD", *Y24, None),
                  ("turnover", "BY-VI", "RU-TVE", 200e6, "USD", *Y24, None)], id="portion-of-them"),
    pytest.param("— Как идет торговля с белорусскими областями? — Лидирует Брестская область: в 2024 году "
                 "товарооборот с ней составил 90 млн долларов. На втором месте Гродненская — 60 млн долларов, — "
                 "рассказал министр экономики Тульской области.", "2025-03-01",
                 [("turnover", "BY-BR", "RU-TUL", 90e6, "USD", *Y24, None),
                  ("turnover", "RU-TUL", "BY-HR", 60e6, "USD", *Y24, None)], id="ranked-line-in-an-interview"),
    pytest.param("Таможенные платежи при импорте товаров из Беларуси в Псковскую область за 2024 год составили "
                 "90 млн рублей.", "2025-03-01", [], id="customs-payments"),
    pytest.param("Основными поставщиками товаров в Гомельскую область в 2024 году были Россия (2,2 млрд долларов) и "
                 "Китай (400 млн долларов).", "2025-03-01",
                 [("import", "BY-HO", "RU", 2.2e9, "USD", *Y24, None),
                  ("import", "BY-HO", "CN", 400e6, "USD", *Y24, None)],
                 id="suppliers-are-import"),
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
    pytest.param("На развитие экспорта в Россию Гомельский облисполком в 2025 году направит 5 млн рублей.",
                 "2025-03-01", [], id="money-for-development-is-a-budget"),
    pytest.param("В феврале товарооборот Витебской области с Псковской областью составил 11 млн долларов.",
                 "2025-03-20",
                 [("turnover", "BY-VI", "RU-PSK", 11e6, "USD", "2025-02-01", "2025-02-28", None)],
                 id="bare-month-after-v"),
    pytest.param("В 2024 году экспорт Гродненской области в Казахстан составил 90 млн долларов, в Китай и из Китая — "
                 "40 и 150 млн долларов соответственно.", "2025-03-01",
                 [("export", "BY-HR", "KZ", 90e6, "USD", *Y24, None),
                  ("export", "BY-HR", "CN", 40e6, "USD", *Y24, None),
                  ("import", "BY-HR", "CN", 150e6, "USD", *Y24, None)], id="to-and-from-respectively"),
    pytest.param("За 2024 год товарооборот Брестской области с Москвой составил около полумиллиарда долларов.",
                 "2025-03-01", [("turnover", "BY-BR", "RU-MOW", 0.5e9, "USD", *Y24, None)], id="polumilliarda"),
    pytest.param("Экспорт Брестской области по странам за 2024 год, млн долл.: Россия — 3 400, Польша — 250.",
                 "2025-03-01",
                 [("export", "BY-BR", "RU", 3.4e9, "USD", *Y24, None),
                  ("export", "BY-BR", "PL", 250e6, "USD", *Y24, None)],
                 id="unit-after-a-comma"),
    pytest.param("Экспорт Гомельской области в Курскую область в 2022 г. и 2023 г. составил 60 и 70 млн долларов "
                 "соответственно.", "2025-03-01",
                 [("export", "BY-HO", "RU-KRS", 60e6, "USD", "2022-01-01", "2022-12-31", None),
                  ("export", "BY-HO", "RU-KRS", 70e6, "USD", "2023-01-01", "2023-12-31", None)], id="years-with-g"),
    pytest.param("Темп роста экспорта Минской области в Калужскую область за 2024 год составил 112 %.", "2025-03-01",
                 [("export", "BY-MI", "RU-KLU", None, None, *Y24, 12.0)], id="growth-index-with-words-between"),
    pytest.param("Посетители ярмарки в Смоленске купили белорусских товаров на 20 млн рублей.", "2025-03-01", [],
                 id="visitors-buying"),
    pytest.param("Совместное предприятие под Гомелем выпустило продукции на 40 млн долларов, половина отправлена на "
                 "экспорт в Россию.", "2025-03-01", [], id="output-of-a-plant"),
    pytest.param("— Как изменился импорт из Беларуси? — За полгода он вырос на 7 %, — сообщил губернатор Тверской "
                 "области.", "2025-08-01",
                 [("import", "RU-TVE", "BY", None, None, "2025-01-01", "2025-06-30", 7.0)], id="change-only-answer"),
    pytest.param("— Каков итог 2024 года в торговле с Гомельской областью? — Рост на 10 %, до 80 млн долларов, — "
                 "сказал губернатор Брянской области.", "2025-03-01",
                 [("turnover", "RU-BRY", "BY-HO", 80e6, "USD", *Y24, 10.0)], id="question-with-a-year"),
    pytest.param("— А сколько вы закупили? — В прошлом году регион закупил белорусских автобусов на 900 млн рублей, — "
                 "ответил министр транспорта Омской области.", "2025-03-01",
                 [("import", "RU-OMS", "BY", 900e6, "RUB", *Y24, None)], id="region-is-the-interviewee"),
    pytest.param("«В будущем году мы рассчитываем выйти на товарооборот с Беларусью в 300 млн долларов», — заявил "
                 "губернатор Курганской области.", "2024-11-01",
                 [("turnover", "BY", "RU-KGN", 300e6, "USD", "2025-01-01", "2025-12-31", None)], id="next-year"),
    pytest.param("На Гомельщине в 2024 году экспорт сельхозпродукции в Россию вырос на 6 %, до 900 млн долларов.",
                 "2025-03-01", [("export", "BY-HO", "RU", 900e6, "USD", *Y24, 6.0)], id="locative-na-is-the-exporter"),
    pytest.param("— Насколько сократились поставки в Беларусь? — За полгода на 5 %, до 80 млн долларов, — ответил "
                 "губернатор Курской области.", "2025-08-01",
                 [("export", "RU-KRS", "BY", 80e6, "USD", "2025-01-01", "2025-06-30", -5.0)],
                 id="answer-keeps-the-question-direction"),
])
def test_gen15_rules(text, published, expected):
    assert _facts(text, published) == expected


@pytest.mark.parametrize("text, published, statuses", [
    pytest.param("В 2025 году Гомельская область планирует нарастить экспорт в Москву и Санкт-Петербург до 400 и "
                 "100 млн долларов соответственно.", "2024-11-01", ["target", "target"], id="listed-targets"),
    pytest.param("В 2024 году товарооборот Гомельской области с Тверской областью достиг 90 млн долларов. В текущем "
                 "году стороны рассчитывают превысить 100 млн долларов.", "2025-02-01", ["reported", "target"],
                 id="plan-to-exceed-the-level"),
])
def test_gen17_status(text, published, statuses):
    assert [f.status for f in extract(text, dt.date.fromisoformat(published))] == statuses


@pytest.mark.parametrize("text, published, bounds", [
    pytest.param("Экспорт Гомельской области в Орловскую область в 2024 году не превысил 30 млн долларов.",
                 "2025-03-01", ["lt"], id="ne-prevysil"),
    pytest.param("Товарооборот Гомельской области с Тверской областью в 2025 году, по прогнозу, составит от 80 до 90 "
                 "млн долларов.", "2025-03-01", ["gt", "lt"], id="ot-do-range"),
])
def test_gen21_bounds(text, published, bounds):
    assert [f.bound for f in extract(text, dt.date.fromisoformat(published))] == bounds
