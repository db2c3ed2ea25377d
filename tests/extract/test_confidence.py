"""Confidence: the features read the right things, the committed model matches the rules it was
fitted on, and its probabilities are calibrated on the validation passages (aggregate only)."""

import datetime as dt
import json
import math

import pytest

from etl.extract import EXTRACTOR_VERSION, extract, raw_facts
from etl.extract import calibrate as cal
from etl.extract.confidence import FEATURES, features, is_unsure, load_params, logit, probability
from etl.model import Fact
from etl.reference import reference_dir

PUB = dt.date(2025, 8, 14)
COMMITTED = json.loads((reference_dir() / "confidence.json").read_text(encoding="utf-8"))


def _features(text: str, published=PUB) -> list[dict]:
    return features(raw_facts(text, published), published)


def test_committed_parameters_were_fitted_on_this_extractor():
    """A rule change bumps EXTRACTOR_VERSION, and then the model must be refitted."""
    assert COMMITTED["extractor_version"] == EXTRACTOR_VERSION, (
        f"data/reference/confidence.json was fitted on extractor {COMMITTED['extractor_version']}, the rules are "
        f"now {EXTRACTOR_VERSION}: refit with `python -m etl.extract.calibrate` (pip install -e '.[dev]' first)")
    assert tuple(COMMITTED["features"]) == FEATURES
    assert load_params().extractor_version == EXTRACTOR_VERSION


def test_every_fact_has_a_confidence_that_varies_with_the_fact():
    from tests.extract.conftest import predict_rows

    _, pred = predict_rows()
    values = [f["confidence"] for row in pred.values() for f in row["facts"]]
    assert values and all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in values)
    assert len(set(values)) > 20


def test_plain_python_probability_is_the_logistic_model_then_platt():
    params = load_params()
    x = _features("Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд долларов.")[0]
    z = params.intercept + sum(c * (x[n] - m) / s for n, m, s, c in
                               zip(params.features, params.mean, params.scale, params.coef, strict=True))
    assert logit(x, params) == pytest.approx(z)
    slope, shift = params.platt
    assert probability(x, params) == pytest.approx(1 / (1 + math.exp(-(slope * z + shift))))


def _fact(quote: str, value=300e6, currency="USD", notes="", change=None, period=True) -> Fact:
    """A fact as the rules could have made it: features read it, whatever the rules decide today."""
    start, end = (dt.date(2024, 1, 1), dt.date(2024, 12, 31)) if period else (None, None)
    return Fact("export", "BY-HR", "RU", value, currency, "eq", start, end, change, "reported", quote, 0,
                len(quote), notes)


@pytest.mark.parametrize(("fact", "name", "value"), [
    # a figure for one product, right before the amount, and one for the whole trade
    (_fact("Экспорт молочной продукции из Гродненской области в Россию составил 300 млн долларов."),
     "product_near_figure", 1.0),
    (_fact("Экспорт Гродненской области в Россию в 2024 году составил 300 млн долларов."),
     "product_near_figure", 0.0),
    (_fact("Экспорт Гродненской области в Россию составил 300 млн долларов, импорт — 1,2 млрд долларов."),
     "amounts_in_quote", 2.0),
    (_fact("Экспорт Гродненской области в Россию составил $300 млн."), "figure_not_found", 0.0),
    (_fact("Экспорт Гродненской области в Россию вырос на 12 %.", value=None, currency=None, change=12.0),
     "no_value", 1.0),
    (_fact("Экспорт составил 300 млн рублей.", currency="RUB",
           notes="currency inferred: bare 'рублей' with a Russian side → RUB"), "note_currency_inferred", 1.0),
    (_fact("Экспорт Гродненской области в Россию составил 300 млн долларов.", period=False), "no_period", 1.0),
    (_fact("Экспорт Гродненской области в Россию составил 300 млн долларов."), "period_not_in_quote", 1.0),
    (_fact("Экспорт Гродненской области в Россию в 2024 году составил 300 млн долларов."),
     "period_not_in_quote", 0.0),
    (_fact("Экспорт составил 300 млн долларов."), "side_not_in_quote", 2.0),
    (_fact("Экспорт Гродненской области в Россию составил 300 млн долларов."), "side_not_in_quote", 0.0),
])
def test_features_read_the_fact_and_its_sentence(fact, name, value):
    assert features([fact], PUB)[0][name] == value


def test_rules_output_is_scored_the_same_way():
    assert _features("Товарооборот Минска и Москвы в 2024 году составил 3 млрд долларов.")[0]["amounts_in_quote"] == 1.0


def test_place_named_in_an_earlier_sentence_is_not_in_the_quote():
    x = _features("Губернатор Смоленской области посетил Гродно. "
                  "Товарооборот между регионами в 2024 году составил 300 млн долларов.")
    assert x and x[0]["side_not_in_quote"] == 2.0


def test_figures_per_sentence_and_the_same_figure_twice_are_counted_per_article():
    facts = raw_facts("Экспорт Брестской области в Россию в 2024 году составил 1,2 млрд долларов, импорт — "
                      "800 млн долларов.", PUB)
    x = features(facts, PUB)
    assert len(facts) == 2 and [v["facts_in_sentence"] for v in x] == [2.0, 2.0]
    assert [v["same_figure_twice"] for v in x] == [0.0, 0.0]


def test_unsure_is_below_the_committed_threshold():
    t = load_params().threshold
    assert is_unsure(t - 0.001) and not is_unsure(t) and not is_unsure(None)
    assert 0.1 <= t <= 0.9


def test_extract_fills_confidence_and_keeps_every_other_field():
    text = "Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд долларов."
    raw, scored = raw_facts(text, PUB), extract(text, PUB)
    assert [f.__class__(**{**f.__dict__, "confidence": None}) for f in scored] == raw
    assert all(f.confidence is not None for f in scored)


def test_platt_fit_recovers_a_known_rescaling():
    zs = [i / 10 for i in range(-40, 41)]
    ys = [int(cal.sigmoid(0.5 * z - 0.3) > (k * 0.618) % 1) for k, z in enumerate(zs, 1)] * 5
    slope, shift = cal.fit_platt(zs * 5, ys, ridge=0.0)
    assert slope == pytest.approx(0.5, abs=0.2) and shift == pytest.approx(-0.3, abs=0.3)


@pytest.fixture(scope="module")
def validation():
    """The validation passages scored as a whole: each fact's held-out confidence and its label."""
    params = load_params()
    val = cal.load_set(cal.VALIDATION)
    z = [logit(x, params) for p in val for x in p["x"]]
    ys = [y for p in val for y in p["y"]]
    return cal.cross_fitted_platt(val, z, ys), ys


def test_reliability_on_validation_is_what_the_docs_report(validation):
    """The committed table (docs/extraction.md, README) is the one these rules and this model give."""
    held_out, ys = validation
    report = cal.reliability(held_out, ys)
    assert report["deciles"] == COMMITTED["validation"]["deciles"]
    assert (report["brier"], report["ece"]) == (COMMITTED["validation"]["brier"], COMMITTED["validation"]["ece"])


def test_confidence_is_calibrated_better_than_a_constant_on_validation(validation):
    """Held-out confidences beat the best constant guess (the base rate) in Brier score, and the
    expected calibration error over deciles stays under 0.15. (The issue's aim — every decile within
    0.10 — is not met with about 12 facts a decile; docs/extraction.md gives the table.)"""
    held_out, ys = validation
    report = cal.reliability(held_out, ys)
    assert report["brier"] < report["brier_constant"]
    assert report["ece"] < 0.15
    unsure = [y for p, y in zip(held_out, ys, strict=True) if p < load_params().threshold]
    sure = [y for p, y in zip(held_out, ys, strict=True) if p >= load_params().threshold]
    assert sum(unsure) / len(unsure) < sum(sure) / len(sure) - 0.2


def test_docs_show_what_the_committed_model_gives():
    """docs/extraction.md's reliability table and the README's summary are regenerated by the refit."""
    from etl.reference import PROJECT_ROOT

    for rel, (name, render) in cal.DOC_BLOCKS.items():
        text = (PROJECT_ROOT / rel).read_text(encoding="utf-8")
        assert f"<!-- {name} -->\n{render(COMMITTED)}\n<!-- /{name} -->" in text, f"{rel}: run the refit"
