"""Reviews work while a build runs and while others read: saves never wait for the build, readers
keep reading, and every decision is applied (by the build, or live after it)."""

from __future__ import annotations

import subprocess
import sys
import time

from etl.reviews import store
from etl.reviews.apply import STATUS_OF
from tests.conftest import ROOT, SAMPLE, SEED, run_cli
from tests.reviews.conftest import decide, facts, query


def test_decisions_saved_and_read_while_a_build_runs_all_apply(tmp_path):
    db = tmp_path / "db" / "t.duckdb"
    assert run_cli("build", "--source", str(SEED), "--db", str(db)).returncode == 0
    fact = facts(db)[0]
    path = store.default_store_path(db)
    build = subprocess.Popen([sys.executable, "-m", "etl", "build", "--source", str(SAMPLE), "--db", str(db)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    saved, during, slowest = 0, 0, 0.0
    while build.poll() is None:
        started = time.monotonic()
        decide(path, fact, ("confirm", "reject")[saved % 2], after={"value": fact["value"]})
        slowest = max(slowest, time.monotonic() - started)
        saved += 1
        readable = {r["fact_key"]: r for r in facts(db)}          # a reader, live decisions applied
        if build.poll() is None:
            during += 1
            assert fact["fact_key"] in readable
        time.sleep(0.05)
    assert build.wait() == 0, build.stderr.read()
    assert during >= 2, "the build ended before the test could save during it"
    assert slowest < 5, f"a save waited {slowest:.1f} s for the build"
    decisions = store.read_decisions(path)
    assert len(decisions) == saved and store.verify(path) == []
    through = int(query(db, "SELECT value FROM build_info WHERE key = 'reviews_through'")[0][0])
    assert through <= saved                      # the build applied what the store held when it read it
    [final] = [r for r in facts(db) if r["fact_key"] == fact["fact_key"]]
    assert final["review_status"] == STATUS_OF[decisions[-1].action]    # and the rest applies live
    assert query(db, "SELECT count(*) FROM articles")[0][0] > 1         # the sample build did land
