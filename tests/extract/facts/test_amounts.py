"""The composed cases of amounts (how a number is read, where it stands, bounds and multiples) and their currency
(docs/extraction.md, "Amounts", "Currency").

Data: amounts_currency.py, amounts_forms.py, amounts_levels.py, amounts_placed.py (beside this module); how each
shape is compared: grids.py; each batch's history: HISTORY.md. `python -m tests.extract.facts.test_amounts` prints
each shape's table by group."""

import pytest

from etl.extract import extract
from etl.extract.amount import find_money
from tests.extract.facts import amounts_currency, amounts_forms, amounts_levels, amounts_placed
from tests.extract.facts.grids import attach_test, merged, print_tables, recall_test
from tests.extract.rules_helpers import PUB

PARTS = (amounts_currency, amounts_forms, amounts_levels, amounts_placed)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_attached = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))


# The amount parts (find_money), and the bare ruble's note, on invented phrases (were tests/extract/test_parts.py,
# the table-driven tests of the parts).
@pytest.mark.parametrize("text, value, currency", [
    pytest.param("превысил 1,6 млрд долларов", 1.6e9, "USD", id="mlrd-usd"),
    pytest.param("составил $1,6 млрд", 1.6e9, "USD", id="dollar-sign-before"),
    pytest.param("достиг 1\u00a0234,5 млн рублей", 1234.5e6, "RUB?", id="nbsp-bare-rub"),
    pytest.param("около 12\u202f500 тыс. евро", 12.5e6, "EUR", id="narrow-nbsp-eur"),
    pytest.param("230 млрд российских рублей", 230e9, "RUB", id="rub-qualified"),
    pytest.param("12,5 млн белорусских рублей", 12.5e6, "BYN", id="byn-qualified"),
    pytest.param("почти 3 миллиарда юаней", 3e9, "CNY", id="cny-words"),
    pytest.param("полтора миллиарда долларов", 1.5e9, "USD", id="words-poltora"),
    pytest.param("около миллиарда долларов", 1e9, "USD", id="bare-milliard"),
    pytest.param("полмиллиарда долларов", 0.5e9, "USD", id="polmilliarda"),
    pytest.param("триста миллионов долларов", 3e8, "USD", id="hundreds-in-words"),
    pytest.param("около двухсот миллионов долларов", 2e8, "USD", id="hundreds-genitive"),
    pytest.param("4.01 млн долл. США", 4.01e6, "USD", id="decimal-point"),
    pytest.param("2 млрд 148,1 млн долларов", 2148.1e6, "USD", id="compound"),
])
def test_money(text, value, currency):
    (m,) = find_money(text)
    assert m.value == pytest.approx(value) and m.currency == currency


@pytest.mark.parametrize("text", [
    pytest.param("работают 600 нижегородских компаний", id="count"),
    pytest.param("вывезли 1,2 млн тонн зерна", id="tonnes"),
    pytest.param("в 2024 году", id="year"),
])
def test_not_money(text):
    assert find_money(text) == []


def test_money_shared_multiplier():
    assert [(m.value, m.currency) for m in find_money("составили 102, 87 и 95 млн долларов")] == [
        (102e6, "USD"), (87e6, "USD"), (95e6, "USD")]
    assert [m.value for m in find_money("в 2023 и 187 млн долларов")] == [187e6]


@pytest.mark.parametrize("dash", ["-", "–", "—", "‒", "−"])
def test_money_range_any_dash(dash):
    (m,) = find_money(f"до 1,5{dash}1,7 млрд долларов")
    assert (m.value, m.value_hi) == (1.5e9, pytest.approx(1.7e9))


def test_bare_rubles_note():
    (f,) = extract("Товарооборот Псковской области с Беларусью в 2024 году составил 10 млрд рублей.", PUB)
    assert f.currency == "RUB" and "currency inferred" in f.notes


if __name__ == "__main__":
    print_tables(PARTS)
