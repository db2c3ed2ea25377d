"""Amounts: where the value stands — before the metric, in brackets, in a running list, first in the
sentence — and that it still attaches to its flow.

Composed cases moved whole from the batch-named grids (issue 9: tests by construct, not by
batch); the comment above each group names the grid and batch it came from, and
tests/extract/facts/HISTORY.md keeps each batch's story (when written, passing before -> after).
Shapes of rows: tests/extract/facts/grids.py.

Moved from (as on main before this reorganization): fact_recall_grid.py, fact_recall_grid_2.py,
fact_recall_grid_3c.py, fact_recall_grid_3d.py, fact_recall_grid_4b.py."""

from tests.extract.facts.rows import IM, USD, E, T

# was fact_recall_grid.py BATCH_2, run by test_fact_recall_grammar.py
VALUE_PLACED_2 = [
    ("Почти 2 млрд долларов составил в 2024 году товарооборот Гомельской области с Москвой.",
     [(T, "BY-HO", "RU-MOW", 2e9, USD, None)]),
    ("На 1,8 млрд долларов наторговали в 2024 году Брестская область и Москва.",
     [(T, "BY-BR", "RU-MOW", 1.8e9, USD, None)]),
    ("Свыше 300 млн долларов — такова сумма экспорта Гродненской области в Смоленскую область за 2024 год.",
     [(E, "BY-HR", "RU-SMO", 3e8, USD, None)]),
    ("Товарооборот с Узбекистаном — 470 млн долларов по итогам 2024 года — Самарская область считает хорошим "
     "результатом.", [(T, "RU-SAM", "UZ", 4.7e8, USD, None)]),
    ("Минская область и Москва в 2024 году: товарооборот — 1,1 млрд долларов (+7,3 %).",
     [(T, "BY-MI", "RU-MOW", 1.1e9, USD, 7.3)]),
    ("Товарооборот Витебской области с Санкт-Петербургом в 2024 году составил (по предварительным данным) 410 "
     "млн долларов.", [(T, "BY-VI", "RU-SPE", 4.1e8, USD, None)]),
    ("Главное за 2024 год: экспорт Могилевской области в Россию — 2,9 млрд долларов, импорт — 1,7 млрд долларов.",
     [(E, "BY-MA", "RU", 2.9e9, USD, None), (IM, "BY-MA", "RU", 1.7e9, USD, None)]),
    ("В торговле с Казахстаном Оренбургская область в 2024 году вышла на 3 млрд долларов.",
     [(T, "RU-ORE", "KZ", 3e9, USD, None)]),
    ("Рекордным стал 2024 год: товарооборот Брестской области с Китаем составил 1,2 млрд долларов.",
     [(T, "BY-BR", "CN", 1.2e9, USD, None)]),
    ("Сумма экспорта Калужской области в Беларусь в 2024 году — 210 млн долларов.",
     [(E, "RU-KLU", "BY", 2.1e8, USD, None)]),
    ("— Мы вышли на товарооборот в 500 млн долларов с Беларусью, — заявил губернатор Липецкой области.",
     [(T, "RU-LIP", "BY", 5e8, USD, None)]),
    ("Товарооборот Курской области с Беларусью в размере 1 млрд долларов был достигнут в 2024 году.",
     [(T, "RU-KRS", "BY", 1e9, USD, None)]),
]

# was fact_recall_grid.py BATCH_4, run by test_fact_recall_grammar.py
VALUE_FIRST_4 = [
    ("850 млн долларов — такой товарооборот у Брестской области с Москвой по итогам 2024 года.",
     [(T, "BY-BR", "RU-MOW", 8.5e8, USD, None)]),
    ("Более 2 млрд долларов: столько составил товарооборот Гомельской области с Россией в 2024 году.",
     [(T, "BY-HO", "RU", 2e9, USD, None)]),
    ("$1 млрд взаимной торговли — такой рубеж Витебская область и Псковская область рассчитывают взять к 2026 году.",
     [(T, "BY-VI", "RU-PSK", 1e9, USD, None)]),
    ("Около 300 млн долларов товарооборота приходится на торговлю Минской области с Татарстаном.",
     [(T, "BY-MI", "RU-TA", 3e8, USD, None)]),
    ("850 млн долларов — такова стоимость нового завода в Бресте.", []),
    ("Более 2 млн тонн: столько грузов перевезли между Гомельской областью и Россией.", []),
    ("Стоимость белорусского экспорта в Смоленскую область в 2024 году — 1,3 млрд долларов.",
     [(E, "BY", "RU-SMO", 1.3e9, USD, None)]),
    ("Стоимость экспортного контракта Гомельской области с Брянской областью — 5 млн долларов.", []),
    ("Стоимость экспорта одного трактора в Казахстан выросла на 8 %.", []),
]

# was fact_recall_grid.py BATCH_1, run by test_fact_recall_grammar.py
VALUE_PLACED = [
    ("1,2 млрд долларов — таков товарооборот Гомельской области с Россией за 2024 год.",
     [(T, "BY-HO", "RU", 1.2e9, USD, None)]),
    ("Около 640 млн долларов — столько составил в 2024 году товарооборот Минской области с Москвой.",
     [(T, "BY-MI", "RU-MOW", 6.4e8, USD, None)]),
    ("Товарооборот Брестской области с Татарстаном (46,3 млн долларов в 2024 году) вырос на 18 %.",
     [(T, "BY-BR", "RU-TA", 4.63e7, USD, 18.0)]),
    ("Товарооборот Могилёвской области и Ульяновской области по итогам 2024 года: 73,4 млн долларов.",
     [(T, "BY-MA", "RU-ULY", 7.34e7, USD, None)]),
    ("Торговля Гродненской области с Калининградской областью в 2024 году — 390 млн долларов.",
     [(T, "BY-HR", "RU-KGD", 3.9e8, USD, None)]),
    ("Итоги 2024 года в торговле Витебской области с Псковской областью: экспорт — $120 млн, импорт — $310 млн.",
     [(E, "BY-VI", "RU-PSK", 1.2e8, USD, None), (IM, "BY-VI", "RU-PSK", 3.1e8, USD, None)]),
    ("Башкортостан и Беларусь за 2024 год: товарооборот 640 млн долларов, экспорт 210 млн, импорт 430 млн.",
     [(T, "RU-BA", "BY", 6.4e8, USD, None), (E, "RU-BA", "BY", 2.1e8, USD, None),
      (IM, "RU-BA", "BY", 4.3e8, USD, None)]),
    ("В 2024 году товарооборот Омской области с Казахстаном составил — по данным таможни — 1,3 млрд долларов.",
     [(T, "RU-OMS", "KZ", 1.3e9, USD, None)]),
    ("Экспорт Ярославской области в Беларусь, по данным таможни, составил в 2024 году 118 млн долларов.",
     [(E, "RU-YAR", "BY", 1.18e8, USD, None)]),
    ("Рекордные 520 млн долларов: таким стал товарооборот Гомельской и Смоленской областей в 2024 году.",
     [(T, "BY-HO", "RU-SMO", 5.2e8, USD, None)]),
    ("Товарооборот Беларуси и Казахстана в 2024 году — более 1,1 млрд долларов (рост на 9,5 %).",
     [(T, "BY", "KZ", 1.1e9, USD, 9.5)]),
]

# was fact_recall_grid_2.py BATCH_16, run by test_fact_recall_grammar_2.py
# Batch 16: shapes of the list-unit rule (a heading's "…, млн долларов:" for the bare numbers of the list's lines),
# written after it; the three negatives ran once as probes before they were recorded here, the positives did not.
UNIT_LISTS_16 = [
    ("Экспорт Брестской области за 2024 год, млн долларов:\n• молочная продукция — 900;\n• мясо — 400.", []),
    ("Число участников выставки, тыс. человек:\n— Россия — 12;\n— Китай — 3.", []),
    ("Товарооборот Витебской области, млн долларов:\n— 2023 год — 3 100;\n— 2024 год — 3 300.", []),
    ("Импорт Могилевской области в 2024 году, млн долларов США:\n1) из России — 2 950;\n2) из Китая — 380.",
     [(IM, "BY-MA", "RU", 2.95e9, USD, None), (IM, "BY-MA", "CN", 3.8e8, USD, None)]),
    ("Экспорт Омской области за 2024 год, млн долларов:\n— Казахстан — 1 020;\n— Беларусь — 75.",
     [(E, "RU-OMS", "KZ", 1.02e9, USD, None), (E, "RU-OMS", "BY", 7.5e7, USD, None)]),
]

# was fact_recall_grid_3c.py BATCH_42, run by test_fact_recall_grammar_3.py
# Batch 42 (written after batch 41, before these ran): the running pair across sentences.
RUNNING_42 = [
    ("Товарооборот Гродненской области с Россией в 2024 году составил 2,7 млрд долларов. Со странами дальнего "
     "зарубежья — 1,1 млрд.", [(T, "BY-HR", "RU", 2.7e9, USD, None)]),
    ("Экспорт Витебской области в Россию составил 2,5 млрд долларов. В Латвию — 90 млн.",
     [(E, "BY-VI", "RU", 2.5e9, USD, None), (E, "BY-VI", "LV", 9e7, USD, None)]),
    ("Товарооборот Беларуси и Китая составил 8 млрд долларов. Экспорт вырос на 10 %, импорт — на 5 %.",
     [(T, "BY", "CN", 8e9, USD, None), (E, "BY", "CN", None, None, 10.0), (IM, "BY", "CN", None, None, 5.0)]),
    ("В Гомеле губернатор Брянской области рассказал: экспорт региона в Беларусь вырос на 12 %.",
     [(E, "RU-BRY", "BY", None, None, 12.0)]),
    ("Губернатор Тульской области посетил Минск. Экспорт региона в республику вырос на 20 %.",
     [(E, "RU-TUL", "BY", None, None, 20.0)]),
    ("Губернатор Тульской области посетил Минскую область. Товарооборот региона с Минщиной составил 90 млн "
     "долларов.", [(T, "RU-TUL", "BY-MI", 9e7, USD, None)]),
    ("Председатель Могилевского облисполкома посетил Москву. Товарооборот области со столицей России в 2024 году — "
     "1,3 млрд долларов.", [(T, "BY-MA", "RU-MOW", 1.3e9, USD, None)]),
    ("Председатель Брестского облисполкома побывал в Санкт-Петербурге. Товарооборот с Северной столицей составил "
     "300 млн долларов.", [(T, "BY-BR", "RU-SPE", 3e8, USD, None)]),
    ("Мэр Москвы встретился с премьер-министром Беларуси. Товарооборот Москвы и Беларуси — 11 млрд долларов.",
     [(T, "RU-MOW", "BY", 1.1e10, USD, None)]),
    ("Гомельская область и Брянская область подвели итоги года. Товарооборот составил 1,1 млрд долларов. С "
     "Курской областью — 300 млн.", [(T, "BY-HO", "RU-BRY", 1.1e9, USD, None), (T, "BY-HO", "RU-KRS", 3e8, USD, None)]),
]

# was fact_recall_grid_3d.py BATCH_53, run by test_fact_recall_grammar_3.py
# Batch 53 (written after batch 52 passed whole, before these ran): gerunds, inverted order, the amount first.
ORDER_53 = [
    ("Товарооборот Беларуси и Армении в 2024 году вырос на 12 %, составив 230 млн долларов.",
     [(T, "BY", "AM", 2.3e8, USD, 12.0)]),
    ("Достигнув 1 млрд долларов, товарооборот Беларуси и Узбекистана продолжает расти.",
     [(T, "BY", "UZ", 1e9, USD, None)]),
    ("Более чем на 300 млн долларов закупила Беларусь товаров в Смоленской области в 2024 году.",
     [(IM, "BY", "RU-SMO", 3e8, USD, None)]),
    ("На 1,2 млрд долларов поставили в Россию предприятия Витебской области.",
     [(E, "BY-VI", "RU", 1.2e9, USD, None)]),
# expectation corrected after the run: "планируется удвоить" is a target of its own (+100 %, FORMAT.md)
    ("Составивший в 2024 году 640 млн долларов товарооборот Брестской области с Казахстаном планируется удвоить.",
     [(T, "BY-BR", "KZ", 6.4e8, USD, None), (T, "BY-BR", "KZ", None, None, 100.0)]),
    ("Товарооборот, который связывает Могилевскую область и Ярославскую область, в 2024 году достиг 95 млн "
     "долларов.", [(T, "BY-MA", "RU-YAR", 9.5e7, USD, None)]),
]

# was fact_recall_grid_4b.py BATCH_72, run by test_fact_recall_grammar_4.py
# Batch 72 (written after the rules of batch 71, before these ran): figures in brackets after their partner.
BRACKETS_72 = [
    ("Товарооборот Гомельской области с Китаем (132 млн долларов) вырос за год на 15 %.",
     [(T, "BY-HO", "CN", 1.32e8, USD, 15.0)]),
    ("Крупнейшими торговыми партнерами Брестской области остаются Россия (2,1 млрд долларов) и Польша (480 млн "
     "долларов).", [(T, "BY-BR", "RU", 2.1e9, USD, None), (T, "BY-BR", "PL", 4.8e8, USD, None)]),
    ("Экспорт Могилевской области в Россию (3,2 млрд долларов) и Казахстан (110 млн долларов) вырос.",
     [(E, "BY-MA", "RU", 3.2e9, USD, None), (E, "BY-MA", "KZ", 1.1e8, USD, None)]),
]

RECALL = {
    # was fact_recall_grid.py BATCH_2, run by test_fact_recall_grammar.py
    "value_placed_2": VALUE_PLACED_2,
    # was fact_recall_grid.py BATCH_4, run by test_fact_recall_grammar.py
    "value_first_4": VALUE_FIRST_4,
    # was fact_recall_grid.py BATCH_1, run by test_fact_recall_grammar.py
    "value_placed": VALUE_PLACED,
    # was fact_recall_grid_2.py BATCH_16, run by test_fact_recall_grammar_2.py
    "unit_lists_16": UNIT_LISTS_16,
    # was fact_recall_grid_3c.py BATCH_42, run by test_fact_recall_grammar_3.py
    "running-42": RUNNING_42,
    # was fact_recall_grid_3d.py BATCH_53, run by test_fact_recall_grammar_3.py
    "order-53": ORDER_53,
    # was fact_recall_grid_4b.py BATCH_72, run by test_fact_recall_grammar_4.py
    "brackets-72": BRACKETS_72,
}
