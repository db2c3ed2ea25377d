"""The composed cases of changes: their words and forms, how a change attaches to its figure, change-only facts,
changes that are not the fact's, changes that came out wrong (docs/extraction.md, "Bound, change, status").

Data: changes_apart.py, changes_attach.py, changes_attach_forms.py, changes_forms.py, changes_not.py,
changes_only.py, changes_passages.py, changes_told.py, changes_words.py, changes_wrong.py (beside this module);
how each shape is compared: grids.py; each batch's history: HISTORY.md. `python -m tests.extract.facts.test_changes`
prints each shape's table by group."""

import pytest

from etl.extract.bound import bound_before
from etl.extract.change import find_changes
from tests.extract.facts import (
    changes_apart,
    changes_attach,
    changes_attach_forms,
    changes_forms,
    changes_not,
    changes_only,
    changes_passages,
    changes_told,
    changes_words,
    changes_wrong,
)
from tests.extract.facts.grids import (
    attach_test,
    change_test,
    merged,
    precision_test,
    print_tables,
    recall_test,
    scope_negative_test,
)
from tests.extract.facts.grids import change_got as got
from tests.extract.facts.grids import change_want as want

PARTS = (changes_apart, changes_attach, changes_attach_forms, changes_forms, changes_not, changes_only,
         changes_passages, changes_told, changes_words, changes_wrong)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_not_a_fact = scope_negative_test(merged(PARTS, "SCOPE_NEGATIVES"), merged(PARTS, "SCOPE_MISSED"))
test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_attached = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))
test_change_of_the_fact = change_test(merged(PARTS, "CHANGE"), merged(PARTS, "CHANGE_MISSED"))

# Found in review, after the change grid (test_change_grammar.py on main; not counted in it): a word that starts like a
# change noun or "курс" is none — "Ростовская область" is no "рост", "Курская" no exchange rate.
@pytest.mark.parametrize("text, expected", [
    pytest.param("Товарооборот Беларуси с Ростовской областью составил 500 млн долларов.",
                 [("turnover", "BY", "RU-ROS", 500e6, "eq", None, "reported")], id="rostov-is-no-growth-noun"),
    pytest.param("Товарооборот Ростовской области с Беларусью в 2024 году составил 2,5 раза больше.",
                 [], id="rostov-составил-no-multiple"),
    pytest.param("Товарооборот Курской области с Беларусью в 2024 году вырос на 12 %, а курс рубля — на 3 %.",
                 [("turnover", "RU-KRS", "BY", None, "eq", 12.0, "reported")], id="kursk-is-no-rate"),
])
def test_words_that_start_like_cues(text, expected):
    assert got(text) == want(expected)


# The change and bound parts (find_changes, bound_before) on invented phrases (were tests/extract/test_parts.py,
# the table-driven tests of the parts).
@pytest.mark.parametrize("text, pct, bound", [
    pytest.param("вырос на 43,3 %", 43.3, "eq", id="na-pct"),
    pytest.param("превысил 21 млн долларов, рост составил 44 %", 44.0, "eq", id="rost-sostavil"),
    pytest.param("снизился на 12 %", -12.0, "eq", id="down"),
    pytest.param("сократился на 5 процентов", -5.0, "eq", id="down-word"),
    pytest.param("увеличился в 1,8 раза", 80.0, "eq", id="times"),
    pytest.param("вырос почти в четыре раза", 300.0, "approx", id="times-words-approx"),
    pytest.param("вырос вдвое", 100.0, "eq", id="vdvoe"),
    pytest.param("увеличился втрое", 200.0, "eq", id="vtroe"),
    pytest.param("вырос на треть", 33.3, "eq", id="third"),
    pytest.param("прибавил более чем на 20 %", 20.0, "gt", id="more-than"),
    pytest.param("экспорт (+9%)", 9.0, "eq", id="plus"),
    pytest.param("темп роста 127 %", 27.0, "eq", id="growth-index"),
    pytest.param("(132,8 % к соответствующему периоду)", 32.8, "eq", id="index-paren"),
    pytest.param("Снижение относительно 2023 года составило 7,8 %", -7.8, "eq", id="noun-otnositelno-sostavilo"),
    pytest.param("Темп его роста составил 96,2 %", -3.8, "eq", id="index-possessive"),
    pytest.param("К уровню предыдущего года — 112,5 %", 12.5, "eq", id="base-dash-index"),
    pytest.param("сократился почти на пятую часть", -20.0, "approx", id="fifth"),
    pytest.param("В сопоставимых ценах рост составил 105,3 %", 5.3, "eq", id="constant-prices-rost-index"),
    pytest.param("Динамика к 2023 году: –5,3 %", -5.3, "eq", id="minus-after-colon"),
])
def test_change(text, pct, bound):
    (c,) = find_changes(text)
    assert c.pct == pytest.approx(pct, abs=0.05) and c.bound == bound


@pytest.mark.parametrize("text", [
    pytest.param("доля региона — 8 %", id="share"),
    pytest.param("на республику приходится 60 % оборота", id="share-2"),
    pytest.param("прогноз роста: 5–7 %", id="range-after-colon"),
])
def test_not_change(text):
    assert find_changes(text) == []


@pytest.mark.parametrize("text, bound", [
    pytest.param("превысил 5 млн", "gt", id="prevysil"),
    pytest.param("составил более 5 млн", "gt", id="bolee"),
    pytest.param("свыше 5 млн", "gt", id="svyshe"),
    pytest.param("не более 5 млн", "lt", id="ne-bolee"),
    pytest.param("менее 5 млн", "lt", id="menee"),
    pytest.param("около 5 млн", "approx", id="okolo"),
    pytest.param("порядка 5 млн", "approx", id="poryadka"),
    pytest.param("без малого 5 млн", "approx", id="bez-malogo"),
    pytest.param("приблизился к 5 млн", "approx", id="priblizilsya"),
    pytest.param("составил 5 млн", "eq", id="eq"),
])
def test_bound(text, bound):
    assert bound_before(text, text.index("5 млн")) == bound


if __name__ == "__main__":
    print_tables(PARTS)
