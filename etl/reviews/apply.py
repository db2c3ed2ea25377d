"""Decisions applied to facts: the latest decision per fact_key, as full rows of `facts_reviewed`.

`facts` keeps the extractor's values; `review_rows` holds every fact that has a decision, as the
decision leaves it (corrected fields with their US dollars and period type recomputed, rejected
ones marked, added ones whole), and the view `facts_reviewed` is those rows plus every other fact
as `unreviewed`. The build writes `review_rows` from the store; readers that find newer decisions
in the store apply them on top (etl/reviews/live.py) with the same functions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from etl.model import FACT_FIELDS, Fact
from etl.reviews.store import Decision, read_decisions
from etl.schema import TABLES, column_names

STATUS_OF = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected", "add": "added"}
# The fields a reviewer sets; the quote and its span stay the extractor's (they are the key).
EDITABLE = ("metric", "a", "b", "value", "currency", "bound", "period_start", "period_end", "change_pct", "status")
REVIEW_ROW_COLUMNS = tuple(column_names("review_rows"))
FACT_COLUMNS = tuple(c.name for c in TABLES["facts"])


def facts_reviewed_sql(rows: str = "review_rows") -> str:
    """The view: the reviewed rows, then every other fact as unreviewed."""
    cols = ", ".join(f"f.{c}" for c in FACT_COLUMNS)
    return f"""SELECT {', '.join(REVIEW_ROW_COLUMNS)} FROM {rows}
               UNION ALL
               SELECT {cols}, 'unreviewed' AS review_status, NULL::VARCHAR AS reviewed_by,
                      NULL::TIMESTAMP AS reviewed_at
               FROM facts f ANTI JOIN {rows} r ON r.fact_key = f.fact_key"""


def create_review_view(con) -> None:
    con.execute(f"CREATE OR REPLACE VIEW facts_reviewed AS {facts_reviewed_sql()}")


def fold(decisions: list[Decision]) -> dict[str, list[Decision]]:
    """Per fact_key, the decisions still in force, oldest first: an undo removes the latest one."""
    stacks: dict[str, list[Decision]] = defaultdict(list)
    for d in decisions:
        if d.action == "undo":
            if stacks[d.fact_key]:
                stacks[d.fact_key].pop()
        else:
            stacks[d.fact_key].append(d)
    return {k: s for k, s in stacks.items() if s}


def _date(v):
    if isinstance(v, str) and v:
        return dt.date.fromisoformat(v[:10])
    return v if isinstance(v, dt.date) else None


def _fact(row: dict) -> Fact:
    kw = {f: row.get(f) for f in FACT_FIELDS}
    kw["period_start"], kw["period_end"] = _date(kw["period_start"]), _date(kw["period_end"])
    kw["notes"] = kw["notes"] or ""
    return Fact(**kw)


def _added_row(d: Decision) -> dict:
    after = d.after or {}
    row = dict.fromkeys(FACT_COLUMNS)
    row.update({f: after.get(f) for f in FACT_FIELDS if f in after})
    row.update(fact_id=f"{d.article_id}-add-{d.uid[:8]}", fact_key=d.fact_key, article_id=d.article_id,
               quote_start=d.quote_start, quote_end=d.quote_end, quote=after.get("quote") or "",
               notes=f"added by reviewer {d.reviewer}", bound=after.get("bound") or "eq",
               status=after.get("status") or "reported")
    return row


def review_row(stack: list[Decision], extracted: dict | None, rates: dict) -> dict | None:
    """The fact as its decisions leave it, or None when its fact is gone (an orphan)."""
    from etl.warehouse.convert import derived_columns

    add = next((d for d in stack if d.action == "add"), None)
    if extracted is None and add is None:
        return None
    row = dict(extracted) if extracted is not None else _added_row(add)
    top = stack[-1]
    if top.action != "reject":
        for d in stack:  # each confirm/correct/add sets the fields it names, in order
            if d.action != "reject" and d.after:
                row.update({f: d.after[f] for f in EDITABLE if f in d.after})
        row["period_start"], row["period_end"] = _date(row["period_start"]), _date(row["period_end"])
        row.update(derived_columns(_fact(row), rates))
    row.update(review_status=STATUS_OF[top.action], reviewed_by=top.reviewer,
               reviewed_at=dt.datetime.fromisoformat(top.at.replace("Z", "+00:00")).replace(tzinfo=None))
    return {c: row.get(c) for c in REVIEW_ROW_COLUMNS}


@dataclass
class Applied:
    rows: list[dict]
    orphans: dict[str, list[Decision]]  # fact_key → decisions in force, whose fact is gone
    through: int                        # highest decision id applied


def extracted_rows(con, keys: list[str]) -> dict[str, dict]:
    """The facts of `keys` as the extractor left them (table `facts`), by key."""
    if not keys:
        return {}
    wanted = pa.table({"fact_key": keys})  # noqa: F841 - read by DuckDB
    df = con.sql("SELECT f.* FROM facts f SEMI JOIN wanted USING (fact_key)").to_arrow_table().to_pylist()
    return {r["fact_key"]: r for r in df}


def apply_decisions(con, decisions: list[Decision], rates: dict) -> Applied:
    stacks = fold(decisions)
    extracted = extracted_rows(con, list(stacks))
    rows, orphans = [], {}
    for key, stack in stacks.items():
        row = review_row(stack, extracted.get(key), rates)
        if row is None:
            orphans[key] = stack
        else:
            rows.append(row)
    return Applied(rows, orphans, max((d.id or 0 for d in decisions), default=0))


def rows_table(rows: list[dict]) -> pa.Table:
    from etl.warehouse.store import arrow_schema

    return pa.Table.from_pylist(rows, schema=arrow_schema("review_rows"))


def apply_store(con: duckdb.DuckDBPyConnection, store, rates: dict) -> Applied:
    """At the end of a build: write the store's decisions into `review_rows`."""
    applied = apply_decisions(con, read_decisions(store), rates)
    con.execute("DELETE FROM review_rows")
    if applied.rows:
        batch = rows_table(applied.rows)  # noqa: F841 - read by DuckDB
        con.execute("INSERT INTO review_rows SELECT * FROM batch")
    return applied
