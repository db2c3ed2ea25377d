"""The dashboard's fixtures (an AppTest factory over a real DuckDB file) and issue 10's corpus."""

from __future__ import annotations

import pytest

from tests.dashboard.conftest import app_factory, tiny_db  # noqa: F401  (fixtures used here)
from tests.honest.fixtures import honest_db


@pytest.fixture(scope="session")
def hdb(tmp_path_factory):
    return honest_db(tmp_path_factory.mktemp("honest") / "honest.duckdb")
