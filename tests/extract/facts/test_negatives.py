"""The composed cases of negatives: what is not a fact of the pair (goods, firms, other trade, figures read as trade
that are not) (docs/extraction.md, "What is not a fact").

Data: negatives_firms.py, negatives_goods.py, negatives_recall.py, negatives_spurious.py, negatives_trade.py (beside
this module); how each shape is compared: grids.py; each batch's history: HISTORY.md. `python -m
tests.extract.facts.test_negatives` prints each shape's table by group."""

import pytest

from etl.extract import extract
from tests.extract.facts import negatives_firms, negatives_goods, negatives_recall, negatives_spurious, negatives_trade
from tests.extract.facts.grids import merged, precision_test, print_tables, recall_test, scope_negative_test
from tests.extract.rules_helpers import PUB

PARTS = (negatives_firms, negatives_goods, negatives_recall, negatives_spurious, negatives_trade)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_not_a_fact = scope_negative_test(merged(PARTS, "SCOPE_NEGATIVES"), merged(PARTS, "SCOPE_MISSED"))
test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))


# Sentences with no fact on invented phrases (were tests/extract/test_parts.py, the table-driven
# tests of the parts).
@pytest.mark.parametrize("text", [
    pytest.param("Доля Китая во внешней торговле Брестской области — 8 %.", id="share"),
    pytest.param("Китайские инвесторы вложили в Гродненскую область 50 млн долларов.", id="investment"),
    pytest.param("На форуме Брестской области и Китая подписаны контракты на 100 млн долларов.", id="contracts"),
    pytest.param("Более 120 участников из Нижегородской области приедут в Гродно.", id="participants"),
    pytest.param("Цена газа для Белоруссии составит 128 долларов за тысячу кубометров.", id="price"),
    pytest.param("Растут объемы торговли между российской столицей и Беларусью.", id="no-number"),
])
def test_no_fact(text):
    assert extract(text, PUB) == []


if __name__ == "__main__":
    print_tables(PARTS)
