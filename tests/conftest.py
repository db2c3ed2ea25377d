"""Shared fixtures: the project's paths, a real sample database built once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
SEED = SAMPLE / "minsk-moscow-2025-08-14.txt"


def run_cli(*args: str, env: dict | None = None, timeout: int = 300,
            input_text: str | None = None) -> subprocess.CompletedProcess:
    """Run `python -m etl ARGS` as a real subprocess (with `input_text` on its standard input)."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "etl", *args], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=timeout, input=input_text)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A database built from data/sample by the real CLI."""
    db = tmp_path_factory.mktemp("sampledb") / "sample.duckdb"
    proc = run_cli("build", "--source", str(SAMPLE), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    return db
