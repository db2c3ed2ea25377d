"""The whole extractor over the labelled dev passages, scored with the project's scorer."""

import datetime as dt

from etl.extract import extract

STRICT_F1_FLOOR = 0.96


def test_dev_strict_f1(dev_scores):
    assert dev_scores["strict"]["f1"] >= STRICT_F1_FLOOR, dev_scores["strict"]


def test_seed_sentence_exact():
    text = ("Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд долларов, "
            "увеличившись на 43,3 % по сравнению с аналогичным периодом прошлого года.")
    (fact,) = extract(text, dt.date(2025, 8, 14))
    assert (fact.metric, fact.a, fact.b, fact.value, fact.currency, fact.bound) == (
        "turnover", "BY-HM", "RU-MOW", 1.6e9, "USD", "gt")
    assert (fact.period_start, fact.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert (fact.change_pct, fact.status) == (43.3, "reported")
    assert text[fact.quote_start:fact.quote_end] == fact.quote == text
