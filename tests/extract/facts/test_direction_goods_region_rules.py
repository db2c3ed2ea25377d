"""Extraction rules, direction: the goods' country adjective ("экспорт российской продукции", "поставки белорусских
товаров") gives way to a region of that country the flow comes from ("… из Астрахани в Иран", "… из Гомельской
области в Россию"): the region is the exporter.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 3 of 6 as written; after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("В 2024 году экспорт российской продукции из Омской области в Казахстан вырос на 12 %.",
     [("export", "RU-OMS", "KZ", None, 12.0)]),
    ("Поставки белорусских товаров из Гомельской области в Россию в 2024 году составили 2 млрд долларов.",
     [("export", "BY-HO", "RU", 2e9, None)]),
    ("Вывоз белорусской продукции из Витебщины в Псковскую область в 2024 году составил 90\u00a0млн долларов.",
     [("export", "BY-VI", "RU-PSK", 9e7, None)]),
    # controls: no region the flow comes from
    ("В 2024 году ввоз китайских товаров в Приморский край вырос на 20 %.",
     [("import", "RU-PRI", "CN", None, 20.0)]),
    ("Импорт узбекских товаров в Тульскую область в 2024 году составил 30 млн долларов.",
     [("import", "RU-TUL", "UZ", 3e7, None)]),
    ("Экспорт белорусских товаров в Россию в 2024 году составил 40 млрд долларов.",
     [("export", "BY", "RU", 4e10, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_region_over_goods_adjective(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "change_pct") == expected
