"""Extraction rules, targets: after a sentence with a figure (a plan: "Наша задача — к 2030 году выйти на
товарооборот с … в 1 млрд долларов"), a sentence with no trade word whose figure a past level verb governs, with the
speakers' "мы" or no subject ("В прошлом году мы уже достигли 310 миллионов", "За 2024 год мы вышли на 140 млн", "В
2024-м уже превысили 600 млн", "нам удалось достичь 1,6 млрд") reports the level the flow reached: a fact of the same
flow and pair, with its own period.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 2 of 5 as written (the control; "нам удалось достичь" was read already); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-04-22"
R, T = "reported", "target"
Y24 = "2024-01-01"

CASES = [
    ("«Наша цель — к 2028 году довести товарооборот с Татарстаном до 500 млн долларов. В прошлом году мы уже "
     "достигли 310 миллионов», — сказал губернатор Витебской области.",
     [("turnover", "BY-VI", "RU-TA", 5e8, "eq", "2028-01-01", None, T),
      ("turnover", "BY-VI", "RU-TA", 3.1e8, "eq", Y24, None, R)]),
    ("«Задача — выйти на товарооборот с Омской областью в 200 млн долларов к 2027 году. За 2024 год мы вышли на 140 "
     "млн», — отметил председатель Могилевского облисполкома.",
     [("turnover", "BY-MA", "RU-OMS", 2e8, "eq", "2027-01-01", None, T),
      ("turnover", "BY-MA", "RU-OMS", 1.4e8, "eq", Y24, None, R)]),
    ("«Мы ставим задачу к 2030 году нарастить экспорт в Китай до 1 млрд долларов. В 2024-м уже превысили "
     "600\u00a0млн», — заявил председатель Брестского облисполкома.",
     [("export", "BY-BR", "CN", 1e9, "eq", "2030-01-01", None, T),
      ("export", "BY-BR", "CN", 6e8, "gt", Y24, None, R)]),
    ("«Рассчитываем довести товарооборот с Беларусью до 2 млрд долларов. В прошлом году нам удалось достичь 1,6 млрд, "
     "это на 12 % больше, чем годом ранее», — сказал губернатор Нижегородской области.",
     [("turnover", "RU-NIZ", "BY", 2e9, "eq", None, None, T),
      ("turnover", "RU-NIZ", "BY", 1.6e9, "eq", Y24, 12.0, R)]),
    # control: another subject (investment) reaches the level
    ("«Наша цель — к 2028 году довести товарооборот с Татарстаном до 500 млн долларов. В прошлом году инвестиции "
     "достигли 40 млн», — сказал губернатор Витебской области.",
     [("turnover", "BY-VI", "RU-TA", 5e8, "eq", "2028-01-01", None, T)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_level_reached_after_a_plan(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "bound", "period_start", "change_pct",
                  "status") == expected
