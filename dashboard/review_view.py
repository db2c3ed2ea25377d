"""Pieces of the review page: the sentence with the figure highlighted, labels, the field inputs."""

from __future__ import annotations

import html
import re
import urllib.parse

import pandas as pd
import streamlit as st

from dashboard.context import Context
from dashboard.i18n import format_number, format_period
from dashboard.numbers import format_change, format_value
from dashboard.review_text import FIELD_HELP, MARKS
from etl.model import BOUNDS, METRICS, STATUSES
from etl.reviews.validate import FIELDS

AMOUNT = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?"
                    r"(?:\s*(млрд|млн|тыс|миллиард\w*|миллион\w*))?", re.IGNORECASE)
PERCENT = re.compile(r"[-+−]?\d+(?:[.,]\d+)?\s*(?:%|процент\w*)|в\s+\d+(?:[.,]\d+)?\s+раза?", re.IGNORECASE)
SCALE = {"млрд": 1e9, "миллиард": 1e9, "млн": 1e6, "миллион": 1e6, "тыс": 1e3}
CONTEXT = 240


def _amount(m: re.Match) -> float:
    whole = float(re.sub(r"\D", "", m.group(1)))
    frac = float("0." + m.group(2)) if m.group(2) else 0.0
    word = (m.group(3) or "").lower()
    scale = next((v for k, v in SCALE.items() if word.startswith(k)), 1.0)
    return (whole + frac) * scale


def figure_span(quote: str, value: float | None) -> tuple[int, int] | None:
    """Where the fact's figure is in its sentence: the amount closest to `value`, else a change.

    >>> q = "В 2024 году товарооборот составил 1,6 млрд долларов, рост на 5 %."
    >>> s, e = figure_span(q, 1.6e9); q[s:e]
    '1,6 млрд'
    >>> s, e = figure_span(q, None); q[s:e]
    '5 %'
    """
    if value is not None and value == value:
        found = [(abs(_amount(m) - value) / max(value, 1.0), m.span()) for m in AMOUNT.finditer(quote)
                 if m.group(3) or _amount(m) >= 1e3]
        if found:
            return min(found)[1]
    m = PERCENT.search(quote)
    return m.span() if m else None


def sentence_html(body: str, start: int, end: int, value) -> str:
    """The sentence marked in its context; the figure inside it in bold on a stronger mark."""
    quote = body[start:end]
    span = figure_span(quote, value)
    inner = html.escape(quote)
    if span:
        s, e = span
        inner = (html.escape(quote[:s]) + f'<mark style="background:#ffd54f"><b>{html.escape(quote[s:e])}</b></mark>'
                 + html.escape(quote[e:]))
    before = ("…" if start > CONTEXT else "") + html.escape(body[max(0, start - CONTEXT):start])
    after = html.escape(body[end:end + CONTEXT]) + ("…" if len(body) > end + CONTEXT else "")
    return (f'<div style="line-height:1.6">{before}<mark style="background:#fff3b0">{inner}</mark>'
            f'{after}</div>')


def status_label(ctx: Context, status: str) -> str:
    return ctx.t(f"rv_status_{status}")


def _present(v) -> bool:
    return v is not None and not (not isinstance(v, str) and pd.isna(v))


def _true(v) -> bool:
    return _present(v) and bool(v)


def reading(ctx: Context, r) -> str:
    """A fact in words, every number with its direction, bound, currency and period:
    "Minsk (city) → Moscow · export · 2024 · > $3,000M · +5%"."""
    if _present(r["a"]) and _present(r["b"]):
        order = tuple(r["pair"].split("~")) if isinstance(r.get("pair"), str) else None  # a turnover: as its pair
        flow = ctx.flow_name(r["metric"], r["a"], r["b"], order)
    else:
        flow = f"{ctx.region_name(r['a']) if _present(r['a']) else '?'} – ?"
    has_value = _present(r["value"])
    parts = [flow, ctx.metric_name(r["metric"]), format_period(r["period_start"], r["period_end"], ctx.lang)]
    if has_value:
        parts.append(format_value(r["value"], r["currency"], ctx.lang, r["bound"]))
    if _present(r.get("change_pct")):
        parts.append(format_change(r["change_pct"], ctx.lang, r["bound"], has_value))
    if r.get("status") not in (None, "reported"):
        parts.append(ctx.t(f"status_{r['status']}"))
    return " · ".join(parts)


def site(r) -> str | None:
    """Who published the fact: the article's source, else its link's site without `www.`."""
    if _present(r.get("source")) and r["source"]:
        return str(r["source"])
    url = r.get("url")
    return (urllib.parse.urlsplit(url).hostname or "").removeprefix("www.") or None if isinstance(url, str) else None


def item_label(ctx: Context, r) -> str:
    """A queue entry: its review mark, the fact in words, its publisher, and why it is near the top."""
    flags = [ctx.t("rv_flag_unsure")] if _true(r.get("unsure")) else []
    flags += [ctx.t("rv_flag_conflict")] if _true(r.get("conflict")) else []
    tail = [site(r)] if site(r) else []
    return " · ".join([f"{MARKS.get(r['review_status'], '·')} {reading(ctx, r)}", *tail, *flags])


def provenance(ctx: Context, r, article: dict) -> str:
    """Where the fact comes from and how sure the extractor was: "news.ru · 2024-02-12 · «title» ·
    extractor confidence 0.79"."""
    parts = [site(r)] if site(r) else []
    if _present(r.get("published")):
        parts.append(_text(r["published"]))
    if article.get("title"):
        parts.append(f"«{article['title']}»")
    if _present(r.get("confidence")):
        parts.append(ctx.t("rv_confidence", c=format_number(float(r["confidence"]), ctx.lang, 2)))
    return " · ".join(parts)


def _text(v) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    if isinstance(v, float):
        return f"{v:.10g}" if abs(v) < 1e15 else repr(v)
    return str(v)


def field_inputs(ctx: Context, row: dict, prefix: str) -> dict:
    """The fact's fields as inputs (text for codes, numbers and dates, so a wrong entry reaches the
    check and is refused with its field named). Returns the raw values."""
    out = {}
    cols = st.columns(5)
    for i, field in enumerate(FIELDS):
        box = cols[i % 5]
        key = f"{prefix}_{field}"
        tip = FIELD_HELP[field][ctx.lang == "en"]
        if field in ("metric", "bound", "status"):
            options = {"metric": METRICS, "bound": BOUNDS, "status": STATUSES}[field]
            value = row.get(field) if row.get(field) in options else options[0]
            out[field] = box.selectbox(field, options, index=options.index(value), key=key, help=tip)
        else:
            out[field] = box.text_input(field, _text(row.get(field)), key=key, help=tip)
    return out


def fields_table(row: dict) -> pd.DataFrame:
    return pd.DataFrame({"field": list(FIELDS), "value": [_text(row.get(f)) for f in FIELDS]})
