"""Extraction rules, places: a verbless line that opens with a breakdown lead-in ("В том числе в Москву — 820 млн
долларов.", "Из них с Павлодарской областью — 240 млн") is a part of the figure before it, by partner: the flow and
period of that figure, the partner of the line. After a sum for several partners that gave no fact ("… с Москвой и
Московской областью составил 900 млн. В том числе с Московской областью — 310 млн") it is that partner's figure
(`dialogue._ELLIPTIC`, `dialogue.continues_flow` with `ctx.sum_told`).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 0 of 3 as written (no line was read); after: 3 of 3.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
H1, Y24 = ("2024-01-01", "2024-06-30"), ("2024-01-01", "2024-12-31")

CASES = [
    ("Экспорт Витебской области в Россию за 2024 год составил 3,4 млрд долларов. В том числе в Москву — 820 млн "
     "долларов.",
     [("export", "BY-VI", "RU", 3.4e9, *Y24, None), ("export", "BY-VI", "RU-MOW", 8.2e8, *Y24, None)]),
    ("Товарооборот Омской области с Казахстаном в январе–июне 2024 г. составил 1,1 млрд долларов. Из них с "
     "Павлодарской областью — 240 млн долларов (+9 % к январю–июню 2023 г.).",
     [("turnover", "RU-OMS", "KZ", 1.1e9, *H1, None), ("turnover", "RU-OMS", "KZ-PAV", 2.4e8, *H1, 9.0)]),
    # after a sum for two partners (no fact of its own)
    ("В 2024 году товарооборот Брестской области с Москвой и Московской областью составил 900 млн долларов. В том "
     "числе с Московской областью — 310 млн долларов.",
     [("turnover", "BY-BR", "RU-MOS", 3.1e8, *Y24, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_breakdown_line_is_a_partners_part(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "period_start", "period_end", "change_pct") == expected
