"""Helpers for warehouse tests: query a built database, write small corpora."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

ARTICLES = [
    {"id": "a1", "published": "2024-02-10", "url": "https://news.by/a1",
     "text": "Товарооборот между Минском и Москвой в 2023 году составил 5 млрд долларов, сообщили в Мингорисполкоме."},
    {"id": "a2", "published": "2024-02-12", "url": "https://news.ru/a2",
     "text": "По данным правительства Москвы, товарооборот Москвы и Минска в 2023 году составил 5,2 млрд долларов."},
    {"id": "a3", "published": "2024-03-01", "url": "https://news.by/a3",
     "text": "Гродненская область и Санкт-Петербург обсудили поставки продукции машиностроения."},
]


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
