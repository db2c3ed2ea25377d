"""Tradeboard ETL: Russian news prose about trade → facts → DuckDB."""

__version__ = "0.1.0"
