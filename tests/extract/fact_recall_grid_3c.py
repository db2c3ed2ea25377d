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


BATCH_42: dict = {}


BATCH_43: dict = {}


BATCH_44: dict = {}


BATCH_45: dict = {}


BATCH_46: dict = {}


BATCH_47: dict = {}


BATCH_48: dict = {}


BATCH_49: dict = {}
