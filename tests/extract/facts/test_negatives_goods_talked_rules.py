"""Extraction rules, product groups: a product's supplies named as what talks were about ("обсуждались поставки
сельхозтехники", "стороны обсудили … и поставки продуктов питания", "речь шла о поставках удобрений") are an
agenda, not that product's flow: the next sentence's export or import is the pair's total, not the product's. A
sentence that states the product's trade ("стала крупнейшим поставщиком молочной продукции") still makes the next
flow that product's (docs/extraction.md, "A product topic carries one sentence").
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.126): 1 of 6 as written (the control); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-11-14"
H1, M9, Y24 = ("2025-01-01", "2025-06-30"), ("2025-01-01", "2025-09-30"), ("2024-01-01", "2024-12-31")

CASES = [
    ("Губернатор Брянской области принял делегацию Казахстана. Обсуждались поставки зерна и строительство "
     "элеватора. Экспорт области в Казахстан за январь–июнь вырос на 14 % и составил 38,5 млн долларов.",
     [("export", "RU-BRY", "KZ", 38.5e6, "eq", *H1, 14.0)]),
    ("Витебскую область посетили представители провинции Шаньдун. Стороны обсудили логистику, поставки молочной "
     "продукции и льна. Импорт региона из Китая в 2024 году превысил 90 млн долларов.",
     [("import", "BY-VI", "CN", 9e7, "gt", *Y24, None)]),
    ("На переговорах речь шла о поставках удобрений и сельхозтехники. Экспорт Могилевской области в Узбекистан за "
     "2024 год составил 41,2\u00a0млн долларов.",
     [("export", "BY-MA", "UZ", 41.2e6, "eq", *Y24, None)]),
    ("Стороны договорились о поставках картофеля и овощей. Импорт Омской области из Беларуси за девять месяцев "
     "достиг 27 млн долларов.",
     [("import", "RU-OMS", "BY", 27e6, "eq", *M9, None)]),
    ("В ходе визита обсуждали вопросы поставок «БелАЗов» и тракторов. Экспорт Минской области в Монголию в 2024 "
     "году составил почти 20 млн долларов.",
     [("export", "BY-MI", "MN", 2e7, "approx", *Y24, None)]),
    # control: a statement of the product's trade keeps the next flow that product's
    ("Минская область стала крупнейшим поставщиком молочной продукции в Москву. Продажи в столицу за полугодие "
     "выросли на 12 %.",
     []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_talked_goods_make_no_product_topic(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "bound", "period_start", "period_end",
                  "change_pct") == expected


# The talk verb heads a long list of topics and the supplies come last: still an agenda (the reach was 80 characters).
# Composed sentences (ours, written before the rule ran on them, 2026-12-07). Before: 0 of 3; after: 3 of 3.
LONG_AGENDA = [
    ("На встрече обсуждались совместные инвестиционные проекты в машиностроении, сотрудничество вузов, развитие "
     "туристических маршрутов и поставки гродненской мясной продукции. Экспорт Гродненской области в Самарскую "
     "область за январь–июнь 2024 года составил 52 млн долларов.",
     [("export", "BY-HR", "RU-SAM", 5.2e7, "eq", "2024-01-01", "2024-06-30", None)]),
    ("Стороны рассмотрели вопросы логистики через порты Северо-Запада, открытие торгового дома, совместное "
     "производство автокомпонентов, а также поставки витебского льна. Экспорт Витебской области в Мурманскую "
     "область в 2023 году вырос на 18 % и составил 33 млн долларов.",
     [("export", "BY-VI", "RU-MUR", 3.3e7, "eq", "2023-01-01", "2023-12-31", 18.0)]),
    ("Речь шла о строительстве логистического центра под Казанью, об обучении специалистов, о совместных выставках "
     "и о поставках белорусской сельхозтехники. Импорт Татарстана из Беларуси в 2024 году составил 640 млн "
     "долларов.",
     [("import", "RU-TA", "BY", 6.4e8, "eq", "2024-01-01", "2024-12-31", None)]),
]


@pytest.mark.parametrize("text,expected", LONG_AGENDA, ids=[c[0][:50] for c in LONG_AGENDA])
def test_talked_goods_after_a_long_agenda(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "bound", "period_start", "period_end",
                  "change_pct") == expected
