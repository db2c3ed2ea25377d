from __future__ import annotations

import pytest

from tests.honest.fixtures import honest_db


@pytest.fixture(scope="session")
def hdb(tmp_path_factory):
    return honest_db(tmp_path_factory.mktemp("honest") / "honest.duckdb")
