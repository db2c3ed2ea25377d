"""Reviewed work as data: orphaned decisions, and reviewed articles as labelled passages
(tests/data/FORMAT.md), so reviewers' decisions become test data for the extractor."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from etl.reviews.apply import Applied, apply_decisions
from etl.reviews.live import _rates, attach_live
from etl.reviews.store import ReviewError, read_decisions

LABEL_FIELDS = ("metric", "a", "b", "value", "currency", "bound", "period_start", "period_end", "change_pct",
                "status")


def _open(db_path: Path) -> duckdb.DuckDBPyConnection:
    if not Path(db_path).exists():
        raise ReviewError(f"--db {db_path}: no database; run `tradeboard build` first")
    return duckdb.connect(str(db_path), read_only=True)


def applied(db_path: Path, store: Path) -> Applied:
    with _open(db_path) as con:
        return apply_decisions(con, read_decisions(store), _rates(con))


def orphan_rows(db_path: Path, store: Path) -> list[dict]:
    """One row per fact_key whose decisions are in force but whose fact the database no longer
    has: the latest decision, where its fact was and what it said."""
    rows = []
    for key, stack in sorted(applied(db_path, store).orphans.items()):
        top = stack[-1]
        before = top.before or {}
        what = " ".join(str(before.get(f)) for f in ("metric", "a", "b", "value", "currency", "period_start",
                                                       "period_end") if before.get(f) is not None)
        rows.append({"fact_key": key, "action": top.action, "reviewer": top.reviewer, "at": top.at,
                     "article_id": top.article_id, "span": f"{top.quote_start}:{top.quote_end}", "before": what,
                     "after": " ".join(f"{k}={v}" for k, v in sorted((top.after or {}).items())),
                     "comment": top.comment})
    return rows


def orphan_lines(db_path: Path, store: Path) -> list[str]:
    """`tradeboard reviews orphans`: orphan_rows as tab-separated lines."""
    return [f"{r['fact_key']}\t{r['action']}\t{r['reviewer']}\t{r['at']}\tarticle {r['article_id']} "
            f"[{r['span']}]\t{r['before']}" for r in orphan_rows(db_path, store)]


def _label(row: dict) -> dict:
    out = {f: row[f] for f in LABEL_FIELDS}
    for f in ("period_start", "period_end"):
        out[f] = out[f].isoformat() if out[f] is not None else None
    out["optional"] = False
    return out


def write_labels(db_path: Path, out: Path) -> tuple[int, int]:
    """Every article whose facts all carry a decision in force, as one labelled passage: its text,
    date, URL and the facts as reviewed (rejected ones left out; an article whose facts were all
    rejected is a negative). Returns (passages written, partly reviewed articles left out)."""
    with _open(db_path) as con:
        attach_live(con, db_path)
        rows = con.sql("""
            SELECT f.*, ar.external_id, ar.url, ar.published, ar.body FROM facts_reviewed f
            JOIN articles ar USING (article_id)
            WHERE f.article_id IN (SELECT article_id FROM facts_reviewed WHERE review_status <> 'unreviewed')
            ORDER BY f.article_id, f.quote_start, f.fact_id""").to_arrow_table().to_pylist()
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article_id"], []).append(r)
    written = partial = 0
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for article_id, facts in by_article.items():
            if any(f["review_status"] == "unreviewed" for f in facts):
                partial += 1
                continue
            first = facts[0]
            passage = {"id": first["external_id"] or article_id, "source_url": first["url"],
                       "published": first["published"].isoformat() if first["published"] else None,
                       "text": first["body"],
                       "facts": [_label(f) for f in facts if f["review_status"] != "rejected"],
                       "note": "labelled by review: " + ", ".join(sorted({f["reviewed_by"] for f in facts}))}
            fh.write(json.dumps(passage, ensure_ascii=False) + "\n")
            written += 1
    tmp.replace(out)
    return written, partial
