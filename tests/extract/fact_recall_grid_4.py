"""Composed cases of the fact grid, round 4 (test_fact_recall_grammar_4.py): recall by construct (issue 9 of
2026-12-07, third session). Rows are (text, [(metric, a, b, value, currency, change_pct), ...]) as in
fact_recall_grid_3.py. Each batch was written down with its expected facts before the extractor ran on it.

A restatement in another currency keeps the amount stated first (dev.jsonl and train-real.jsonl label the
restatement optional), so only the first is expected here."""

from tests.extract.fact_scope_shapes import E, T

USD, RUB, BYN, EUR = "USD", "RUB", "BYN", "EUR"


BATCH_62: dict = {}


BATCH_63: dict = {}


BATCH_64: dict = {}

HEADLINED_62 = [
    ("Могилевская область и Омская область расширяют сотрудничество",
     "Товарооборот в 2024 году составил 38 млн долларов и вырос на 15 %.", [(T, "BY-MA", "RU-OMS", 3.8e7, USD, 15.0)]),
    ("Витебская область – Тверская область: итоги года", "Товарооборот достиг 190 млн долларов.",
     [(T, "BY-VI", "RU-TVE", 1.9e8, USD, None)]),
    ("Гомельщина и Брянщина: торговля растет", "Взаимный товарооборот за 2024 год превысил 500 млн долларов.",
     [(T, "BY-HO", "RU-BRY", 5e8, USD, None)]),
    ("Брестская область наращивает поставки в Калининград",
     "Внешнеторговые операции за год составили 75 млн долларов.", [(T, "BY-BR", "RU-KGD", 7.5e7, USD, None)]),
    # batch 64
    ("Брест и Калуга: новые контракты", "Товарооборот регионов вырос до 80 млн долларов.",
     [(T, "BY-BR", "RU-KLU", 8e7, USD, None)]),
    # batch 66
    ("Гродненская область – Китай: торговля растет", "За 2024 год экспорт вырос на 22 %, а товарооборот достиг 190 "
     "млн долларов.", [(E, "BY-HR", "CN", None, None, 22.0), (T, "BY-HR", "CN", 1.9e8, USD, None)]),
]
