"""Extraction rules, changes: a relative clause set off by commas right after a flow word ("поставки нефтепродуктов,
на которые приходится две трети экспорта, сократились на 24 %") says what that flow is a part of; a keyword inside
it, with no figure of its own there, opens no segment, so the change after the clause stays the flow word's (a
product's: no fact) instead of becoming the total flow's (`segments.in_relative_aside`).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 0 of 4 as written; after: 2 of 4 — the second is no case of the rule ("продажи" with no destination
is no trade keyword, `figures.keyword_is_trade`, so no flow word stands before the clause), and the control (a relative
clause with a figure of its own) is unread before and after.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Экспорт Омской области в Казахстан в 2024 году составил 880 млн долларов; поставки зерна, на которые "
     "приходится почти половина экспорта, снизились на 15 %.",
     [("export", 8.8e8, None)]),
    pytest.param(
        "Товарооборот Псковской области с Беларусью за январь–июнь 2024 г. составил 410 млн долларов, а продажи льна, "
        "доля которых в экспорте достигает 20 %, выросли на 31 %.",
        [("turnover", 4.1e8, None)],
        marks=pytest.mark.xfail(strict=True, reason="'продажи' with no destination is no trade keyword: the "
                                "clause's 31 % is read as an export change-only fact")),
    ("Импорт Гомельской области из Китая в 2023 году составил 1,3 млрд долларов. Закупки электроники, которая "
     "занимает треть импорта, увеличились на 40 %.",
     [("import", 1.3e9, None)]),
    # control: the relative clause holds the figure, so it is no aside; the rule leaves it as it was (unread)
    pytest.param(
        "Гомельская область нарастила торговлю с Китаем, импорт из которого в 2023 году вырос на 40 % и составил "
        "1,3 млрд долларов.",
        [("import", 1.3e9, 40.0)],
        marks=pytest.mark.xfail(strict=True, reason="a flow of a relative clause whose partner is the antecedent "
                                "('с Китаем, импорт из которого …') is not read, before the rule and after")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_keyword_in_a_relative_aside(text, expected):
    assert fields(text, PUB, "metric", "value", "change_pct") == expected
