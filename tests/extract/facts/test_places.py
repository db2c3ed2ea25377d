"""The composed cases of places: the pair's sides (told by adjectives, abbreviations, context), lists of partners,
totals vs pairs, sides that came out wrong (docs/extraction.md, "Places", "Enumerations of partners", "Unresolved
places").

Data: places_context.py, places_kept.py, places_lists.py, places_pairs.py, places_totals.py, places_wrong.py (beside
this module); how each shape is compared: grids.py; each batch's history: HISTORY.md. `python -m
tests.extract.facts.test_places` prints each shape's table by group."""

from tests.extract.facts import places_context, places_kept, places_lists, places_pairs, places_totals, places_wrong
from tests.extract.facts.grids import (
    attach_test,
    merged,
    precision_test,
    print_tables,
    recall_test,
    scope_negative_test,
    scope_positive_test,
)

PARTS = (places_context, places_kept, places_lists, places_pairs, places_totals, places_wrong)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_not_a_fact = scope_negative_test(merged(PARTS, "SCOPE_NEGATIVES"), merged(PARTS, "SCOPE_MISSED"))
test_the_pairs_fact = scope_positive_test(merged(PARTS, "SCOPE_POSITIVES"), merged(PARTS, "SCOPE_MISSED"))
test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_attach_grammar = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))


# Found with the recall grid (test_fact_recall_grammar.py on main): a compound's first part names a region only.
def test_compound_first_parts_are_generated_for_regions_only():
    from etl.extract.places import find_places

    text = "Гомельско-брянский товарооборот и армянско-иранские связи"
    assert [(m.code, text[m.start:m.end]) for m in find_places(text)][:2] == [("BY-HO", "Гомельско"),
                                                                              ("RU-BRY", "брянский")]
    assert "AM" not in {m.code for m in find_places(text)}


if __name__ == "__main__":
    print_tables(PARTS)
