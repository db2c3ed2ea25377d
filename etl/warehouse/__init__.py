"""The only code that writes the database: articles and their facts into DuckDB."""

from __future__ import annotations

import os
from pathlib import Path

from etl.reference import data_dir
from etl.warehouse.build import BuildReport, build


def default_db_path() -> Path:
    """TRADEBOARD_DB, else data/tradeboard.duckdb."""
    return Path(os.environ.get("TRADEBOARD_DB") or data_dir() / "tradeboard.duckdb")


def default_sources() -> list[Path]:
    return [data_dir() / "sample"]


__all__ = ["BuildReport", "build", "default_db_path", "default_sources"]
