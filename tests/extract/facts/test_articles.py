"""The composed cases of articles: facts told across sentences, headlines, one figure told twice, whole wordings of
other writers (docs/extraction.md, "Article-level tidying").

Data: articles_attach.py, articles_headlines.py, articles_passages.py, articles_restated.py, articles_wordings.py
(beside this module); how each shape is compared: grids.py; each batch's history: HISTORY.md. `python -m
tests.extract.facts.test_articles` prints each shape's table by group."""

from tests.extract.facts import (
    articles_attach,
    articles_headlines,
    articles_passages,
    articles_restated,
    articles_wordings,
)
from tests.extract.facts.grids import (
    attach_test,
    merged,
    print_tables,
    recall_headline_test,
    recall_test,
    scope_headline_test,
    scope_positive_test,
)

PARTS = (articles_attach, articles_headlines, articles_passages, articles_restated, articles_wordings)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_recalled_with_headline = recall_headline_test(merged(PARTS, "HEADLINES"), merged(PARTS, "TITLE_MISSED"))
test_the_pairs_fact = scope_positive_test(merged(PARTS, "SCOPE_POSITIVES"), merged(PARTS, "SCOPE_MISSED"))
test_pair_from_the_headline = scope_headline_test(merged(PARTS, "SCOPE_HEADLINES"), merged(PARTS, "SCOPE_TITLE_MISSED"))
test_attached = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))


if __name__ == "__main__":
    print_tables(PARTS)
