"""Exports for analysts: CSV that opens right in Excel and is safe from formula injection."""

from __future__ import annotations

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(value):
    """Prefix text that a spreadsheet would run as a formula with `'` (OWASP CSV injection).

    >>> neutralize_formula("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> neutralize_formula("Минск")
    'Минск'
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, comma separated, CRLF line ends, raw numbers; text cells formula-safe."""
    safe = df.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(neutralize_formula)
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
