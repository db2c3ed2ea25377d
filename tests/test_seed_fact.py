"""The seed figure, field by field: the fact the project started from."""

import datetime as dt

from etl.extract import extract
from etl.sources import read_path
from tests.conftest import SEED


def test_seed_article_gives_exactly_the_seed_fact():
    article = read_path(SEED)[0]
    facts = extract(article.body, article.published, article.title)
    assert len(facts) == 1
    f = facts[0]
    assert (f.metric, f.a, f.b) == ("turnover", "BY-HM", "RU-MOW")
    assert f.value == 1.6e9
    assert f.currency == "USD"
    assert f.bound == "gt"
    assert (f.period_start, f.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert f.change_pct == 43.3
    assert f.status == "reported"
    assert f.quote.startswith("Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд")
    assert article.body[f.quote_start:f.quote_end] == f.quote


def test_related_headlines_give_no_fact():
    for article in read_path(SEED)[1:]:
        assert extract(article.body, article.published, article.title) == []
