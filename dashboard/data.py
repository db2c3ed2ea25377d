"""The only code that reads the database for the app.

Every query opens a short-lived read-only connection and returns a materialized DataFrame, so a
build can replace the file while the app runs. Cached loaders take the file's identity (path,
mtime, size) as an argument: a new build is a cache miss.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from etl.reference import data_dir


def db_path() -> Path:
    return Path(os.environ.get("TRADEBOARD_DB") or data_dir() / "tradeboard.duckdb")


def db_identity(path: Path | None = None) -> tuple[str, int, int] | None:
    """(path, mtime_ns, size) of the database file, or None when there is none yet."""
    path = path or db_path()
    try:
        st_ = path.stat()
    except FileNotFoundError:
        return None
    return str(path), st_.st_mtime_ns, st_.st_size


def query(identity: tuple[str, int, int], sql: str, params: list | None = None) -> pd.DataFrame:
    with duckdb.connect(identity[0], read_only=True) as con:
        return con.execute(sql, params or []).df()


FACTS_SQL = """
SELECT f.*, ar.title, ar.url, ar.published, ar.source,
       least(f.a, f.b) || '~' || greatest(f.a, f.b) AS pair
FROM facts f JOIN articles ar USING (article_id)
WHERE f.a IS NOT NULL AND f.b IS NOT NULL
ORDER BY f.period_end NULLS LAST, f.fact_id
"""


@st.cache_data(show_spinner=False, max_entries=4)
def load_facts(identity: tuple[str, int, int]) -> pd.DataFrame:
    """Every fact with both places resolved, with its article's provenance and pair key."""
    return query(identity, FACTS_SQL)


@st.cache_data(show_spinner=False, max_entries=4)
def load_region_names(identity: tuple[str, int, int]) -> dict[str, str]:
    df = query(identity, "SELECT code, name_ru FROM regions")
    return dict(zip(df["code"], df["name_ru"], strict=True))
