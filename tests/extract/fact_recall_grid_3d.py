"""Composed cases of the fact grid, round 3, part 4 (test_fact_recall_grammar_3.py; part 1 in
fact_recall_grid_3.py says what the rows are). Each batch was written down with its expected facts before the
extractor ran on it."""

from tests.extract.fact_scope_shapes import E, T

USD, RUB, EUR = "USD", "RUB", "EUR"


BATCH_50: dict = {}


BATCH_51: dict = {}


BATCH_52: dict = {}


BATCH_53: dict = {}


BATCH_54: dict = {}


BATCH_55: dict = {}


BATCH_56: dict = {}

# Batch 57 (written after batch 56 passed whole, before these ran): one side in the body, the other in the
# headline; interviews naming the pair in the question.
HEADLINED_57 = [
    ("Гомельщина и Саратов", "Товарооборот с регионом в 2024 году вырос до 95 млн долларов.",
     [(T, "BY-HO", "RU-SAR", 9.5e7, USD, None)]),
    ("Делегация Вологодской области в Витебске", "Товарооборот в 2024 году составил 76 млн долларов.",
     [(T, "RU-VLG", "BY-VI", 7.6e7, USD, None)]),
    ("Итоги 2024 года", "Экспорт Гродненской области в Россию составил 2,2 млрд долларов.",
     [(E, "BY-HR", "RU", 2.2e9, USD, None)]),
]


BATCH_57: dict = {}


BATCH_58: dict = {}


BATCH_59: dict = {}


BATCH_60: dict = {}


BATCH_61: dict = {}
