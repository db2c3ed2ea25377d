"""Reference tables (regions, exchange rates) read once from data/reference/."""

from __future__ import annotations

import csv
import functools
import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    """The project's data folder; TRADEBOARD_DATA overrides it."""
    return Path(os.environ.get("TRADEBOARD_DATA") or PROJECT_ROOT / "data")


def reference_dir() -> Path:
    return data_dir() / "reference"


@dataclass(frozen=True)
class Region:
    code: str
    kind: str
    country: str
    name_en: str
    name_ru: str
    admin_center_ru: str
    lat: float
    lon: float
    note: str


@functools.cache
def load_regions() -> tuple[Region, ...]:
    """Every region and country with an ISO code (rows without a code are left out)."""
    path = reference_dir() / "regions.csv"
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if not row["code"]:
                continue
            try:
                out.append(Region(
                    code=row["code"], kind=row["kind"], country=row["country"],
                    name_en=row["name_en"], name_ru=row["name_ru"],
                    admin_center_ru=row["admin_center_ru"],
                    lat=float(row["lat"]), lon=float(row["lon"]), note=row["note"] or "",
                ))
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path} line {line}: bad row ({exc}); fix or remove the row") from exc
    return tuple(out)


@functools.cache
def regions_by_code() -> dict[str, Region]:
    return {r.code: r for r in load_regions()}


@functools.cache
def load_fx_rates() -> dict[tuple[int, str], float]:
    """(year, currency) → units of the currency per 1 USD, annual average."""
    path = reference_dir() / "fx_annual.csv"
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            try:
                out[(int(row["year"]), row["currency"])] = float(row["per_usd"])
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path} line {line}: bad rate ({exc}); fix or remove the row") from exc
    return out
