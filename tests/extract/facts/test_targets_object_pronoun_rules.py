"""Extraction rules, targets: a plan with the flow as an object pronoun ("довести его до 2 млрд", "нарастить её
вдвое") in a sentence with no flow word of its own is about the flow named last before it, not the first one.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.126): 1 of 5 as written; after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-03-14"

CASES = [
    ("Экспорт Брянской области в Беларусь в 2024 году превысил 300 млн долларов, а весь товарооборот с "
     "республикой составил 900 млн. В 2025 году область намерена довести его до 1 млрд долларов.",
     [("export", 3e8, "reported"), ("turnover", 9e8, "reported"), ("turnover", 1e9, "target")]),
    ("Импорт Омской области из Казахстана за 2024 год составил 400 млн долларов, товарооборот с республикой — "
     "1,6\u00a0млрд. Власти региона рассчитывают увеличить его до 2 млрд долларов к 2027 году.",
     [("import", 4e8, "reported"), ("turnover", 1.6e9, "reported"), ("turnover", 2e9, "target")]),
    ("Товарооборот Курской области с Беларусью в 2024 году составил 700 млн долларов, а экспорт — 250 млн. "
     "Губернатор поручил нарастить его до 400 млн долларов.",
     [("turnover", 7e8, "reported"), ("export", 2.5e8, "reported"), ("export", 4e8, "target")]),
    ("Поставки Гродненской области в Польшу в 2024 году достигли 200 млн долларов, а товарооборот — 350 млн. "
     "В нынешнем году стороны планируют довести его до 500 млн.",
     [("export", 2e8, "reported"), ("turnover", 3.5e8, "reported"), ("turnover", 5e8, "target")]),
    # as before: the subject pronoun continues the first flow
    ("Товарооборот Тульской области с Беларусью в 2024 году составил 420 млн долларов. В 2025 году он должен "
     "превысить 500 млн долларов.", [("turnover", 4.2e8, "reported"), ("turnover", 5e8, "target")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_object_pronoun_plan(text, expected):
    assert fields(text, PUB, "metric", "value", "status") == expected
