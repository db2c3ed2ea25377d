"""The review page's reads, through dashboard/data.py's `query` (short-lived read-only connections
with the review store's newer decisions applied): the queue, one fact, its article, orphans."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import streamlit as st

from dashboard import data
from etl.reviews.apply import EDITABLE

QUEUE_LIMIT = 200
CONFLICTS = """SELECT DISTINCT pair, metric, status, period_start, period_end, TRUE AS conflict
               FROM pair_series WHERE conflict AND NOT is_derived"""


# ORDER BY of the queue: unreviewed before reviewed; then the unsure facts (the build's `unsure`:
# confidence below its calibrated threshold), least confident first; then the facts in a
# pair_series conflict; then the biggest in US dollars. Among sure facts confidence does not reorder:
# a confident fact in a conflict is more useful to check than a slightly less confident one without.
QUEUE_ORDER = ("(f.review_status = 'unreviewed') DESC", "CASE WHEN f.unsure THEN f.confidence END ASC NULLS LAST",
               "coalesce(c.conflict, FALSE) DESC", "f.value_usd DESC NULLS LAST", "f.fact_id")


@st.cache_data(**data.CACHE)
def load_queue(identity: data.Identity, where: str, params: tuple, limit: int = QUEUE_LIMIT) -> pd.DataFrame:
    """Facts the filters select, most useful to review first (QUEUE_ORDER), with `conflict`."""
    sql = f"""SELECT f.*, coalesce(c.conflict, FALSE) AS conflict
              FROM ({data.FACTS_SQL}) f
              LEFT JOIN ({CONFLICTS}) c USING (pair, metric, status, period_start, period_end)
              WHERE {where} ORDER BY {', '.join(QUEUE_ORDER)} LIMIT ?"""
    return data.query(identity, sql, [*params, limit])


def fact_row(identity: data.Identity, key: str) -> dict | None:
    """One fact as facts_reviewed gives it now (never cached: a save compares against it)."""
    df = data.query(identity, f"SELECT * FROM ({data.FACTS_SQL}) WHERE fact_key = ?", [key])
    return None if df.empty else df.iloc[0].to_dict()


@st.cache_data(**data.CACHE)
def load_article(identity: data.Identity, article_id: str) -> dict:
    df = data.query(identity, "SELECT article_id, title, url, published, body FROM articles WHERE article_id = ?",
                    [article_id])
    return df.iloc[0].to_dict() if len(df) else {}


def fields_digest(row: dict | None) -> str:
    """What a reviewer saw of a fact: its review state and editable fields, hashed."""
    if row is None:
        return "gone"
    seen = [str(row.get(f)) for f in (*EDITABLE, "review_status", "reviewed_by", "reviewed_at")]
    return hashlib.sha256(json.dumps(seen).encode()).hexdigest()[:16]
