"""How sure each fact is: features of a finished fact, scored by a model fitted on labelled passages.

The features are read from what extraction already produced — the Fact, its quote, the article
body and the other facts of the article — never from the rules' internals, so the rules can change
without breaking this module (a rule change only calls for a refit: `python -m etl.extract.calibrate`).
The fitted parameters live as data in `data/reference/confidence.json`; applying them is a dot
product and a sigmoid in plain Python (scikit-learn is needed to fit only): a logistic regression
fitted on the passages the rules were tuned on ranks the facts, and a Platt rescaling of its logit
fitted on passages they were not tuned on sets the level. See docs/extraction.md, "Confidence".
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import operator
import re
from collections import Counter
from dataclasses import dataclass, replace

from etl.extract.confidence_cues import CUES, Sentence, cues, sentence
from etl.extract.dashes import plain_dashes
from etl.extract.gates import LiteralGated
from etl.extract.numbers import GROUP_SEP
from etl.extract.places import find_places
from etl.extract.scan_scope import lower_text
from etl.model import Fact
from etl.reference import reference_dir

PARAMS_FILE = "confidence.json"

_PERCENT = re.compile(r"%|процент")
_PERIOD_WORD = re.compile(
    r"(?:19|20)\d\d|январ|феврал|март|апрел|ма[йея]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"квартал|полугоди|месяц|год|недел|период")
_PRODUCT = re.compile(
    r"молок|молоч|мяс|сыр|масл|сахар|зерн|пшениц|рыб|овощ|фрукт|картоф|продовольств|продукт|продукци|"
    r"техник|трактор|автомобил|машин|оборудован|удобрен|калий|нефт|газ[аеуо]?\b|уголь|угля|металл|древесин|"
    r"лес[аоу]?\b|мебел|лекарств|фарм|одежд|обув|ткан|шин|лифт|комбайн|станк|электроэнерг|туристов")
_SUM = LiteralGated(re.compile(r"в\s+сумме|вместе|совокупн|суммарн|в\s+целом\s+с|общ(?:ий|его|ем)\s+объем"))
_TRADE = re.compile(r"оборот|торгов|экспорт|импорт|поставк|постав[ли]|ввез|ввоз|закуп|вывез|вывоз|отгру")
_DASH = re.compile(r"\s[—–-]\s")
# A number with its scale or currency, on lower-cased text: cheaper than the rules' find_money, and
# enough to count the sentence's amounts and to find where the fact's figure stands.
_AMOUNT = re.compile(
    rf"(?P<pre>[$€]|br)?\s?(?<![\d.,])(?P<int>\d{{1,3}}(?:{GROUP_SEP}\d{{3}})+|\d+)(?:[.,](?P<frac>\d+))?(?![\d])"
    r"\s*(?P<unit>трлн|триллион|млрд|миллиард|млн|миллион|тыс|долл|руб|евро|юан|usd|byn|rub|eur|cny|[$€%])?")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)
# Asked only yes/no of each quote: gated by the words they need (gates.LiteralGated, the same answers).
_TARGET_WORDS = LiteralGated(re.compile(r"планир|намер|намечен|рассчитыва|цель|задач|нарастить|довести|выйти на|"
                                        r"может|могут|прогноз|ожида|к 20\d\d"))
_COMPARE = LiteralGated(re.compile(r"чем\s+в|по сравнению|в сравнении|относительно|против|к уровню|к аналогичному"))
_FROM_TO = re.compile(r"\bс\s+[$€]?\d[^.;]{0,40}?\bдо\s+[$€]?\d")
_SPAN = re.compile(r"за\s+(?:последние\s+)?(?:\d+|два|три|четыре|пять|несколько)\s+(?:года|лет)|\d{4}\s*[-–—]\s*\d{4}")
_FIGURE = re.compile(rf"\d(?:\d|{GROUP_SEP})*(?:[.,]\d+)?")

# Feature names, in the order of the fitted coefficients. Notes flags are substrings of Fact.notes.
NOTE_FLAGS = {
    "note_currency_inferred": ("currency inferred", "currency taken"),
    "note_period_inferred": ("period year inferred", "period inferred"),
    "note_period_next_sentence": ("period given by the next sentence",),
    "note_period_not_stated": ("period not stated",),
    "note_period_carried": ("period carried from the previous sentence",),
    "note_year_so_far": ("year so far",),
    "note_several_years": ("several years",),
    "note_change_apart": ("change stated apart",),
    "note_capital": ("capital stands",),
    "note_unresolved": ("unresolved", "reference list"),
}
_NO_FLAGS = dict.fromkeys(NOTE_FLAGS, 0.0)
FEATURES = (
    "metric_export", "metric_import", "bound_gt", "bound_lt", "bound_approx", "target",
    "no_value", "has_change", "change_big", "no_period", "period_year", "period_months_log",
    "period_ends_after_publication", "period_years_back", "period_not_in_quote",
    "side_missing", "region_sides", "currency_rub", "currency_byn", "currency_other",
    *NOTE_FLAGS, "notes_other",
    "quote_len_log", "amounts_in_quote", "percents_in_quote", "places_in_quote", "places_distinct",
    "side_not_in_quote", "figure_not_found", "place_distance_log", "product_near_figure",
    "product_in_quote", "sum_words", "respective", "trade_words", "dashes", "dialogue",
    "facts_in_sentence", "same_figure_twice", "facts_in_article_log",
    "target_words", "compare_words", "from_to", "span_words", "years_in_quote", "percent_unused",
    "period_distance_log", "figure_repeated_in_text", "products_in_text_log", "facts_same_pair",
    "facts_same_metric_in_sentence", "first_sentence", *CUES,
)


@dataclass(frozen=True)
class Params:
    """The fitted model: standardization, logistic coefficients, the Platt rescaling, the threshold."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    platt: tuple[float, float]   # confidence = sigmoid(slope · logit + shift)
    threshold: float             # below it a fact is "unsure"
    cut: float | None            # below it extract(..., cut=True) drops a fact; None: no cut offered
    extractor_version: str

    @functools.cached_property
    def weights(self) -> tuple[tuple[str, float], ...]:
        """(feature, coefficient / scale): the standardization folded into the coefficients."""
        return tuple((n, c / s) for n, s, c in zip(self.features, self.scale, self.coef, strict=True))

    @functools.cached_property
    def _names_coefs(self) -> tuple[tuple[str, ...], tuple[float, ...]]:
        """`weights` as two tuples, for logit's map."""
        return tuple(n for n, _ in self.weights), tuple(w for _, w in self.weights)

    @functools.cached_property
    def bias(self) -> float:
        return self.intercept - sum(c * m / s for m, s, c in zip(self.mean, self.scale, self.coef, strict=True))

    @classmethod
    def from_json(cls, d: dict) -> Params:
        platt = d.get("platt") or {"slope": 1.0, "shift": 0.0}
        return cls(tuple(d["features"]), tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]),
                   float(d["intercept"]), (float(platt["slope"]), float(platt["shift"])), float(d["threshold"]),
                   d.get("cut"), d["extractor_version"])


@functools.cache
def load_params() -> Params:
    """The committed parameters (data/reference/confidence.json), read once."""
    path = reference_dir() / PARAMS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        params = Params.from_json(raw)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RuntimeError(f"{path}: confidence parameters missing or malformed ({exc}); "
                           "refit with `python -m etl.extract.calibrate`") from exc
    unknown = set(params.features) - set(FEATURES)
    if unknown or not (len(params.features) == len(params.mean) == len(params.scale) == len(params.coef)):
        raise RuntimeError(f"{path}: features {sorted(unknown)} unknown or lengths differ; refit with "
                           "`python -m etl.extract.calibrate`")
    return params


@functools.cache
def model_id() -> str:
    """A short hash of the committed parameters: a build re-extracts files scored by another model."""
    return hashlib.sha256((reference_dir() / PARAMS_FILE).read_bytes()).hexdigest()[:16]


def _months(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


@dataclass(frozen=True)
class _Quote:
    """What is counted once per sentence: its amounts, places, percent signs and words."""

    numbers: tuple[tuple[int, float], ...]   # (position, number as written) of every number
    amounts: int                             # numbers with a scale word or a currency
    places: tuple
    codes: frozenset[str]
    percents: int
    period_words: bool
    sums: bool
    respective: bool
    trade_words: int
    dashes: int
    products: tuple[int, ...]
    years: int                               # distinct years named
    period_at: tuple[int, ...]               # where a year, month, quarter, year word … is named
    words: tuple[float, ...]                 # target words, comparison, "с … до …", a span of years


def _quote_info(quote: str) -> _Quote:
    """Lower-cased once: the patterns here have no re.I, which is slow on Cyrillic."""
    low = quote.lower()
    places = tuple(find_places(quote))
    codes = frozenset(c for p in places for c in p.code.split("+"))
    numbers, amounts = [], 0
    for m in _AMOUNT.finditer(low):
        numbers.append((m.start("int"), float(re.sub(r"\D", "", m["int"]) + "." + (m["frac"] or "0"))))
        amounts += bool(m["pre"] or (m["unit"] and m["unit"] != "%"))
    periods = [(m.start(), m.group()) for m in _PERIOD_WORD.finditer(low)]
    years = {w for pos, w in periods if w.isdigit() and not low[pos - 1:pos].isdigit()}
    return _Quote(tuple(numbers), amounts, places, codes, low.count("%") + low.count("процент"),
                  bool(periods), bool(_SUM.search(low)), "соответственно" in low,
                  len(_TRADE.findall(low)), len(_DASH.findall(low)), tuple(m.start() for m in _PRODUCT.finditer(low)),
                  len(years), tuple(pos for pos, _ in periods),
                  tuple(float(bool(r.search(low))) for r in (_TARGET_WORDS, _COMPARE, _FROM_TO, _SPAN)))


def _figure_position(fact: Fact, q: _Quote, quote: str) -> int | None:
    """Where in the quote the fact's figure stands: its amount, else its percent; None if not found."""
    if fact.value is not None:
        for pos, n in q.numbers:
            if any(abs(n * k - fact.value) <= 0.005 * abs(fact.value or 1) for k in _SCALES):
                return pos
        return None
    if fact.change_pct is not None:
        hit = _PERCENT.search(quote.lower())
        return hit.start() if hit else None
    return None


def _fact_features(fact: Fact, q: _Quote, s: Sentence, published: dt.date | None,
                   siblings: dict) -> dict[str, float]:
    quote = fact.quote
    pos = _figure_position(fact, q, quote)
    sides = [s for s in (fact.a, fact.b) if s]
    notes = fact.notes or ""
    flagged = {name: float(any(s in notes for s in subs)) for name, subs in NOTE_FLAGS.items()} \
        if notes else _NO_FLAGS   # (a fact without notes, most of them: no flag; a copy is merged below)
    n_notes = len([n for n in notes.split(";") if n.strip()])
    months = _months(fact.period_start, fact.period_end) if fact.period_start and fact.period_end else 0
    dist = min((abs(p.start - pos) for p in q.places), default=len(quote)) if pos is not None else len(quote)
    key = (fact.value, fact.currency, fact.change_pct)
    return {
        "metric_export": float(fact.metric == "export"), "metric_import": float(fact.metric == "import"),
        "bound_gt": float(fact.bound == "gt"), "bound_lt": float(fact.bound == "lt"),
        "bound_approx": float(fact.bound == "approx"), "target": float(fact.status == "target"),
        "no_value": float(fact.value is None), "has_change": float(fact.change_pct is not None),
        "change_big": float(fact.change_pct is not None and abs(fact.change_pct) >= 100),
        "no_period": float(fact.period_start is None), "period_year": float(months == 12),
        "period_months_log": math.log1p(months),
        "period_ends_after_publication": float(bool(published and fact.period_end and fact.period_end > published)),
        "period_years_back": float(max(0, published.year - fact.period_end.year))
        if published and fact.period_end else 0.0,
        "period_not_in_quote": float(fact.period_start is not None and not q.period_words),
        "side_missing": float(len(sides) < 2), "region_sides": float(sum("-" in s for s in sides)),
        "currency_rub": float(fact.currency == "RUB"), "currency_byn": float(fact.currency == "BYN"),
        "currency_other": float(fact.currency not in (None, "USD", "RUB", "BYN")),
        **flagged, "notes_other": float(max(0.0, n_notes - sum(flagged.values()))),
        "quote_len_log": math.log1p(len(quote)), "amounts_in_quote": float(q.amounts),
        "percents_in_quote": float(q.percents), "places_in_quote": float(len(q.places)),
        "places_distinct": float(len(q.codes)), "side_not_in_quote": float(sum(s not in q.codes for s in sides)),
        "figure_not_found": float(pos is None), "place_distance_log": math.log1p(dist),
        "product_near_figure": float(pos is not None and any(pos - 60 <= p < pos for p in q.products)),
        "product_in_quote": float(bool(q.products)), "sum_words": float(q.sums), "respective": float(q.respective),
        "trade_words": float(q.trade_words), "dashes": float(q.dashes), "dialogue": float(quote.lstrip()[:1] in "—–-"),
        "facts_in_sentence": float(siblings["per_quote"][fact.quote_start]),
        "same_figure_twice": float(siblings["per_figure"][key] > 1 and fact.value is not None),
        "facts_in_article_log": math.log1p(siblings["n"]),
        **_context_features(fact, q, pos, siblings), **cues(fact, s, pos, tuple(p for p, _ in q.numbers)),
    }


def _context_features(fact: Fact, q: _Quote, pos: int | None, siblings: dict) -> dict[str, float]:
    """Where the rules most often go wrong on new text: a target or a comparison base in the sentence,
    two figures "с … до …", a span of years, a percent the fact does not carry, a period named far
    from the figure, a figure the article repeats, an article about products, several facts of one
    pair or of one metric in one sentence."""
    quote, text = fact.quote, siblings["text"]
    period_dist = min((abs(a - pos) for a in q.period_at), default=len(quote)) if pos is not None else len(quote)
    figure = _FIGURE.match(quote, pos) if pos is not None and fact.value is not None else None
    token = figure.group(0).strip() if figure else ""
    target, compare, from_to, span = q.words
    return {
        "target_words": target, "compare_words": compare, "from_to": from_to, "span_words": span,
        "years_in_quote": float(q.years), "percent_unused": float(fact.change_pct is None and q.percents > 0),
        "period_distance_log": math.log1p(period_dist),
        "figure_repeated_in_text": float(bool(token) and text.count(token) > 1),
        "products_in_text_log": math.log1p(siblings["products"]),
        "facts_same_pair": float(siblings["per_pair"][(fact.metric, frozenset((fact.a, fact.b)))]),
        "facts_same_metric_in_sentence": float(siblings["per_quote_metric"][(fact.quote_start, fact.metric)]),
        "first_sentence": float(fact.quote_start < 5),
    }


def features(facts: list[Fact], published: dt.date | None = None, text: str | None = None) -> list[dict[str, float]]:
    """The feature values of every fact of one article (they depend on each other: figures per
    sentence, the same figure under two pairings) and of its text (without it, of the facts' quotes)."""
    # Read as the rules read (etl/extract/dashes.py): a quote keeps the source's hyphens.
    # (the article's lower case, computed once in the article's scope: raw_facts read it already)
    low = lower_text(plain_dashes(text if text is not None else " ".join(dict.fromkeys(f.quote for f in facts))))
    siblings = {"per_quote": Counter(f.quote_start for f in facts),
                "per_figure": Counter((f.value, f.currency, f.change_pct) for f in facts),
                "per_pair": Counter((f.metric, frozenset((f.a, f.b))) for f in facts),
                "per_quote_metric": Counter((f.quote_start, f.metric) for f in facts),
                "n": len(facts), "text": low, "products": len(_PRODUCT.findall(low))}
    infos: dict[str, tuple[_Quote, Sentence]] = {}
    out = []
    for f in facts:
        read = plain_dashes(f.quote)
        q, s = infos.get(f.quote) or infos.setdefault(f.quote, (_quote_info(read), sentence(read)))
        out.append(_fact_features(f, q, s, published, siblings))
    return out


def logit(x: dict[str, float], params: Params) -> float:
    """The logistic regression's log-odds that a fact with features `x` is right (before Platt)."""
    names, coefs = params._names_coefs   # (the terms and their order of weights' sum: the same float)
    return params.bias + sum(map(operator.mul, coefs, map(x.__getitem__, names)))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


def probability(x: dict[str, float], params: Params) -> float:
    """The calibrated probability that a fact with features `x` is right in every field."""
    slope, shift = params.platt
    return sigmoid(slope * logit(x, params) + shift)


def with_confidence(facts: list[Fact], published: dt.date | None = None,
                    params: Params | None = None, text: str | None = None) -> list[Fact]:
    """The facts with `confidence` filled in, rounded to 2 decimals (its precision is no finer);
    `text` is the article they came from."""
    if not facts:
        return facts
    params = params or load_params()
    return [replace(f, confidence=round(probability(x, params), 2))
            for f, x in zip(facts, features(facts, published, text), strict=True)]


def is_unsure(confidence: float | None, params: Params | None = None) -> bool:
    """Below the threshold chosen on the validation passages (docs/extraction.md)."""
    return confidence is not None and confidence < (params or load_params()).threshold
