"""The review page's only write path. Each call re-checks, at the moment it writes, that the
session holds a live reviewer role and that the fact is as the reviewer saw it when they opened
it (its decisions in the store and its fields); otherwise nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dashboard import auth, data, review_data
from etl.reviews import store
from etl.reviews.store import StaleDecision
from etl.reviews.validate import check_fields


@dataclass(frozen=True)
class Opened:
    """What the reviewer saw: the fact's latest decision and a digest of its fields."""

    key: str
    base: str
    digest: str


def latest_uid(db: str, key: str) -> str:
    decisions = [d for d in store.read_decisions(auth.store_path(db)) if d.fact_key == key]
    return decisions[-1].uid if decisions else ""


def open_fact(db: str, key: str) -> Opened:
    return Opened(key, latest_uid(db, key), review_data.fields_digest(review_data.fact_row(data.db_identity(Path(db)),
                                                                                              key)))


def record(db: str, opened: Opened, action: str, fields: dict | None = None, comment: str = "") -> store.Decision:
    """Append a confirm / correct / reject / undo on the opened fact. Raises auth.NotAReviewer,
    InvalidFields (naming the field) or StaleDecision ("reload"); nothing is saved then."""
    reviewer = auth.require_reviewer(db)
    row = review_data.fact_row(data.db_identity(Path(db)), opened.key)
    if row is None or review_data.fields_digest(row) != opened.digest:
        raise StaleDecision("this fact changed since you opened it: reload")
    after = check_fields(fields) if action in ("confirm", "correct") else None
    before = {f: _plain(row.get(f)) for f in (*check_fields_keys(), "review_status")}
    return store.append(auth.store_path(db), reviewer=reviewer.name, fact_key=opened.key, action=action,
                        article_id=row["article_id"], quote_start=int(row["quote_start"]),
                        quote_end=int(row["quote_end"]), before=before, after=after, comment=comment,
                        base=opened.base)


def add_fact(db: str, article: dict, quote: str, fields: dict, comment: str = "") -> store.Decision:
    """Append an `add`: a fact the extractor missed, from a passage of the same article."""
    import uuid

    reviewer = auth.require_reviewer(db)
    after = check_fields(fields)
    body = article.get("body") or ""
    start = body.find(quote) if quote.strip() else -1
    if start < 0:
        raise ValueError("quote")
    after.update(quote=quote, quote_start=start, quote_end=start + len(quote))
    return store.append(auth.store_path(db), reviewer=reviewer.name, fact_key=f"add-{uuid.uuid4().hex[:16]}",
                        action="add", article_id=article["article_id"], quote_start=start,
                        quote_end=start + len(quote), before=None, after=after, comment=comment, base="")


def check_fields_keys() -> tuple[str, ...]:
    from etl.reviews.validate import FIELDS
    return FIELDS


def _plain(v):
    """A value as JSON can hold it (dates as ISO, NaN as null)."""
    import pandas as pd

    if v is None or (not isinstance(v, (list, dict)) and pd.isna(v)):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    if hasattr(v, "item"):
        return v.item()
    return v
