"""Extraction rules: targets: plans, goals, forecasts.

One row per rule of docs/extraction.md ("Bound, change, status"), on invented sentences;
the rows of every batch that added such a rule are here, whatever the batch."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.rules_helpers import FULL, PUB, facts, fields


@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот между Арменией и Казахстаном в 2024 году составил 2 млрд долларов, а к 2030 "
                 "году его планируется удвоить.", [("turnover", "AM", "KZ", 2e9, "USD", None),
                                                  ("turnover", "AM", "KZ", None, None, 100.0)], id="udvoit"),
    pytest.param("Губернатор Омской области встретился с послом Армении: скоро стороны достигнут $30 млн "
                 "товарооборота.", [("turnover", "RU-OMS", "AM", 3e7, "USD", None)], id="skoro-is-a-plan"),
    pytest.param("Губернатор Омской области заявил, что к 2027 году товарооборот с Арменией должен вырасти "
                 "вдвое.", [("turnover", "RU-OMS", "AM", None, None, 100.0)], id="dolzhen-is-a-plan"),
    pytest.param("Товарооборот Омской области с Арменией в 2024 году составил 9 млн долларов. В 2025 году "
                 "стороны рассчитывают выйти на 12 млн долларов.",
                 [("turnover", "RU-OMS", "AM", 9e6, "USD", None), ("turnover", "RU-OMS", "AM", 12e6, "USD", None)],
                 id="plan-level-continues-topic"),
    pytest.param("Товарооборот Омской области с Арменией в 2024 году превысил 9 млн долларов и может удвоиться "
                 "к 2027 году.", [("turnover", "RU-OMS", "AM", 9e6, "USD", None),
                                 ("turnover", "RU-OMS", "AM", None, None, 100.0)], id="plan-change-after-amount"),
])
def test_targets(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, published, statuses", [
    pytest.param("В 2025 году Гомельская область планирует нарастить экспорт в Москву и Санкт-Петербург до 400 и "
                 "100 млн долларов соответственно.", "2024-11-01", ["target", "target"], id="listed-targets"),
    pytest.param("В 2024 году товарооборот Гомельской области с Тверской областью достиг 90 млн долларов. В текущем "
                 "году стороны рассчитывают превысить 100 млн долларов.", "2025-02-01", ["reported", "target"],
                 id="plan-to-exceed-the-level"),
])
def test_listed_and_planned_statuses(text, published, statuses):
    assert [f.status for f in extract(text, dt.date.fromisoformat(published))] == statuses


def test_agreed_to_increase_is_a_target():
    (f,) = extract("Омская область и Армения договорились в 2026 году увеличить товарооборот до 15 млн долларов.",
                   PUB)
    assert (f.status, f.value, f.period_start) == ("target", 15e6, dt.date(2026, 1, 1))

# Rules of extractor 1.38.0 (issue 9, classes seen on real text), on sentences written for them:
# (metric, a, b, value, bound, period_start, period_end, change_pct, status).
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Стороны договорились довести товарооборот Беларуси и Вьетнама до 1 млрд долларов в "
                 "год.", "2025-03-01",
                 [("turnover", "BY", "VN", 1e9, "eq", None, None, None, "target")],
                 id="per-year-rate-has-no-period"),
    pytest.param("Стороны планируют нарастить товарооборот Беларуси и Армении до 500 млн долларов, а за "
                 "январь – май он достиг 150 млн долларов.", "2025-07-01",
                 [("turnover", "BY", "AM", 500e6, "eq", None, None, None, "target"),
                  ("turnover", "BY", "AM", 150e6, "eq", "2025-01-01", "2025-05-31", None, "reported")],
                 id="plan-takes-no-period-of-the-next-clause"),
    pytest.param("Эксперты ожидают, что товарооборот Беларуси и Китая достигнет 10 млрд долларов в конце"
                 " года.", "2025-03-01",
                 [("turnover", "BY", "CN", 10e9, "eq", "2025-01-01", "2025-12-31", None, "target")],
                 id="end-of-the-year"),
    pytest.param("К 2030 году стороны намерены удвоить товарооборот Беларуси и Китая — до 16 млрд "
                 "долларов.", "2025-03-01",
                 [("turnover", "BY", "CN", 16e9, "eq", "2030-01-01", "2030-12-31", 100, "target")],
                 id="doubling-to-a-level-is-one-target"),
    pytest.param("Товарооборот Беларуси и Индонезии нужно вывести на 200 млн долларов.", "2025-03-01",
                 [("turnover", "BY", "ID", 200e6, "eq", None, None, None, "target")],
                 id="nuzhno-is-a-plan"),
    pytest.param("В 2024 году товарооборот Беларуси и Таджикистана достиг 100 млн долларов, и стороны "
                 "договорились увеличить взаимную торговлю до 300 млн долларов.", "2025-03-01",
                 [("turnover", "BY", "TJ", 100e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "BY", "TJ", 300e6, "eq", None, None, None, "target")],
                 id="cue-before-the-keyword"),
])
def test_targets_full(text, published, expected):
    assert fields(text, published, *FULL) == expected


# General rules of extractor 1.40.3–1.41.2 (issue 9, docs/extraction.md), on sentences written for them.
@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Губернатор уверен, что товарооборот Армении и Омской области способен вырасти до 80 млн, "
                 "а в дальнейшем — и до 150 млн долларов.", "2025-03-01",
                 [("turnover", "AM", "RU-OMS", 80e6, "eq", None, None, None, "target"),
                  ("turnover", "AM", "RU-OMS", 150e6, "eq", None, None, None, "target")],
                 id="next-step-of-a-plan-with-a-later-currency"),
    pytest.param("Есть все условия, чтобы экспорт Армении в Омскую область достиг 50 млн долларов.", "2025-03-01",
                 [("export", "AM", "RU-OMS", 50e6, "eq", None, None, None, "target")],
                 id="a-goal-after-chtoby"),
    pytest.param("Экспорт Армении в Омскую область в 2024 году составил 20 млн долларов, а его потенциал — "
                 "60 млн.", "2025-03-01",
                 [("export", "AM", "RU-OMS", 20e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "AM", "RU-OMS", 60e6, "eq", None, None, None, "target")],
                 id="a-potential-is-a-target"),
    pytest.param("Экспорт Армении в Омскую область в будущем году утроится.", "2025-03-01",
                 [("export", "AM", "RU-OMS", None, "eq", "2026-01-01", "2026-12-31", 200.0, "target")],
                 id="a-change-in-the-future-tense"),
    pytest.param("Губернатор назвал 90 млн долларов товарооборота Омской области и Армении реальной целью.",
                 "2025-03-01", [("turnover", "RU-OMS", "AM", 90e6, "eq", None, None, None, "target")],
                 id="a-goal-word-after-the-amount"),
    pytest.param("Товарооборот Омской области и Армении за 2024 год составил 50 млн долларов, целью на 2025 год "
                 "стоит 60 млн.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 50e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "RU-OMS", "AM", 60e6, "eq", "2025-01-01", "2025-12-31", None, "target")],
                 id="tselyu-is-a-cue"),
    pytest.param("Товарооборот Омской области и Армении за 2024 год вырос до 70 млн долларов. Теперь стороны "
                 "стремятся преодолеть отметку в 100 млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 70e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "RU-OMS", "AM", 100e6, "gt", None, None, None, "target")],
                 id="a-plan-to-overcome-a-mark-in-the-next-sentence"),
    pytest.param("Товарооборот Омской области и Армении за 2024 год составил 70 млн долларов. На будущий год стороны "
                 "рассчитывают на 90 млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 70e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "RU-OMS", "AM", 90e6, "eq", "2026-01-01", "2026-12-31", None, "target")],
                 id="counting-on-an-amount-in-the-next-sentence-is-a-plan"),
    pytest.param("Экспорт Омской области в Армению за 2024 год составил 30 млн долларов при плане 35 млн долларов.",
                 "2025-03-01",
                 [("export", "RU-OMS", "AM", 30e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "RU-OMS", "AM", 35e6, "eq", None, None, None, "target")],
                 id="pri-plane-is-a-plan"),
    pytest.param("Программа развития на 2026 год предусматривает рост товарооборота Омской области с Арменией до 80 "
                 "млн долларов.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 80e6, "eq", "2026-01-01", "2026-12-31", None, "target")],
                 id="a-figure-dated-after-publication-is-a-plan"),
    pytest.param("По итогам 2024 года экспорт Омской области в Армению составил 50 млн долларов. На 2025 год "
                 "прогнозируется его дальнейший рост на 10 %.", "2025-03-01",
                 [("export", "RU-OMS", "AM", 50e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("export", "RU-OMS", "AM", None, "eq", "2025-01-01", "2025-12-31", 10.0, "target")],
                 id="an-expected-growth-in-the-next-sentence-is-a-plan-for-the-flow"),
    pytest.param("Омская область рассчитывает довести товарооборот с Арменией до 200 млн долларов, а в перспективе — "
                 "до миллиарда.", "2025-03-01",
                 [("turnover", "RU-OMS", "AM", 2e8, "eq", None, None, None, "target"),
                  ("turnover", "RU-OMS", "AM", 1e9, "eq", None, None, None, "target")],
                 id="a-bare-billion-as-the-next-step-of-a-plan"),
])
def test_targets_general(text, published, expected):
    assert fields(text, published, *FULL) == expected


# Composed set of 1.41.42 (issue 9): plans whose steps name their deadlines; written before the
# extractor was run on them.
@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот Беларуси и Вьетнама в 2024 году составил 160 млн долларов. В 2025 году стороны намерены "
                 "довести его до 200 млн долларов, а к 2030 году — до 500 млн долларов.",
                 [("turnover", "BY", "VN", 160e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "BY", "VN", 200e6, "eq", "2025-01-01", "2025-12-31", None, "target"),
                  ("turnover", "BY", "VN", 500e6, "eq", "2030-01-01", "2030-12-31", None, "target")],
                 id="a-later-deadline-step"),
    pytest.param("Товарооборот Беларуси и Лаоса в 2024 году составил 3 млн долларов, к 2027 году — 10 млн долларов.",
                 [("turnover", "BY", "LA", 3e6, "eq", "2024-01-01", "2024-12-31", None, "reported"),
                  ("turnover", "BY", "LA", 10e6, "eq", "2027-01-01", "2027-12-31", None, "target")],
                 id="a-deadline-with-no-plan-verb"),
    pytest.param("Товарооборот Беларуси и Лаоса к 2024 году вырос до 3 млн долларов.",
                 [("turnover", "BY", "LA", 3e6, "eq", None, None, None, "reported")],
                 id="a-past-deadline-is-no-plan"),
])
def test_targets_deadlines(text, expected):
    assert fields(text, "2025-03-01", *FULL) == expected


# Composed set of 1.41.53 (issue 9, wrong status): plans carried out are reported figures, plans
# missed are plans; written before the extractor was run on them.
@pytest.mark.parametrize("text, expected", [
    pytest.param("Беларусь и Армения в 2024 году сумели выйти на 1 млрд долларов товарооборота.",
                 [("turnover", "BY", "AM", 1e9, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="sumeli-vyyti-na"),
    pytest.param("В 2024 году Беларуси и Армении удалось нарастить товарооборот до 1 млрд долларов.",
                 [("turnover", "BY", "AM", 1e9, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="udalos-narastit-do"),
    pytest.param("Ожидалось, что в 2024 году товарооборот Беларуси и Армении составит 1 млрд долларов, однако он "
                 "составил 900 млн долларов.",
                 [("turnover", "BY", "AM", 1e9, "eq", "2024-01-01", "2024-12-31", None, "target"),
                  ("turnover", "BY", "AM", 9e8, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="expected-then-actual"),
    pytest.param("План по экспорту выполнен: в 2024 году поставки Беларуси в Армению составили 210 млн долларов.",
                 [("export", "BY", "AM", 2.1e8, "eq", "2024-01-01", "2024-12-31", None, "reported")],
                 id="plan-fulfilled-then-figure"),
    pytest.param("В 2024 году Беларуси и Армении не удалось выйти на 1 млрд долларов товарооборота.",
                 [("turnover", "BY", "AM", 1e9, "eq", "2024-01-01", "2024-12-31", None, "target")],
                 id="a-plan-not-reached-stays-a-plan"),
])
def test_plans_carried_out(text, expected):
    assert fields(text, "2025-03-01", *FULL) == expected
