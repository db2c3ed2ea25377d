"""Composed cases of the fact grid, round 3, part 3 (test_fact_recall_grammar_3.py; part 1 in
fact_recall_grid_3.py says what the rows are). Each batch was written down with its expected facts before the
extractor ran on it."""

from tests.extract.fact_scope_shapes import E, T

USD, RUB, EUR = "USD", "RUB", "EUR"


BATCH_38: dict = {}

HEADLINED_38 = [
    ("Гродненщина — Калининград: товарооборот растет",
     "По итогам 2024 года он увеличился на 14 % и составил 380 млн долларов.",
     [(T, "BY-HR", "RU-KGD", 3.8e8, USD, 14.0)]),
    ("Беларусь и Пермский край нарастили торговлю",
     "В 2024 году объем взаимной торговли достиг 210 млн долларов. Экспорт белорусских товаров вырос на 20 %.",
     [(T, "BY", "RU-PER", 2.1e8, USD, None), (E, "BY", "RU-PER", None, None, 20.0)]),
    ("Экспорт Могилевской области в Китай вырос втрое",
     "По данным облисполкома, поставки составили 150 млн долларов.", [(E, "BY-MA", "CN", 1.5e8, USD, 200.0)]),
    ("Инвестиции в Брестскую область",
     "Российские компании вложили в экономику Брестской области 200 млн долларов.", []),
]


BATCH_39: dict = {}


BATCH_40: dict = {}

# Batch 41 (written after batch 40, before these ran): plans, goals and forecasts; rows end with the status.
TARGET_STATUS_41 = [
    ("Задача на 2025 год — товарооборот Гомельской области с Татарстаном в 300 млн долларов.",
     [(T, "BY-HO", "RU-TA", 3e8, USD, None, "target")]),
    ("Губернатор Курской области поставил цель нарастить экспорт в Беларусь до 100 млн долларов к 2026 году.",
     [(E, "RU-KRS", "BY", 1e8, USD, None, "target")]),
    ("Товарооборот Беларуси и Вьетнама может достичь 1 млрд долларов.", [(T, "BY", "VN", 1e9, USD, None, "target")]),
    ("По прогнозу, в 2025 году товарооборот России и Беларуси превысит 60 млрд долларов.",
     [(T, "RU", "BY", 6e10, USD, None, "target")]),
    ("Ориентир для Могилевской области и Калужской области — 500 млн долларов товарооборота.",
     [(T, "BY-MA", "RU-KLU", 5e8, USD, None, "target")]),
    ("В 2024 году товарооборот Брестской области с Москвой составил 700 млн долларов, а в 2025-м стороны "
     "рассчитывают на 800 млн.",
     [(T, "BY-BR", "RU-MOW", 7e8, USD, None, "reported"), (T, "BY-BR", "RU-MOW", 8e8, USD, None, "target")]),
    ("Товарооборот Беларуси и Китая, по оценкам экспертов, к 2030 году удвоится.",
     [(T, "BY", "CN", None, None, 100.0, "target")]),
    ("Товарооборот Беларуси и Узбекистана в 2024 году составил 1,2 млрд долларов, поставлена задача выйти на 2 млрд.",
     [(T, "BY", "UZ", 1.2e9, USD, None, "reported"), (T, "BY", "UZ", 2e9, USD, None, "target")]),
]


BATCH_42: dict = {}


BATCH_43: dict = {}


BATCH_44: dict = {}


BATCH_45: dict = {}


BATCH_46: dict = {}


BATCH_47: dict = {}


BATCH_48: dict = {}


BATCH_49: dict = {}
