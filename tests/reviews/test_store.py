"""The decision store: append-only, whole-or-absent after SIGKILL, optimistic concurrency."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from etl.reviews import store
from tests.conftest import ROOT


def _append(path, key="k1", action="confirm", base=None, after=None):
    return store.append(path, reviewer="alice", fact_key=key, action=action, article_id="art", quote_start=3,
                        quote_end=40, before={"value": 1.0}, after=after or {"value": 2.0}, base=base)


def test_a_decision_reads_back_whole_with_its_fields(tmp_path):
    path = tmp_path / "reviews.sqlite"
    d = _append(path, after={"period_start": "2024-01-01", "value": 5e9})
    [back] = store.read_decisions(path)
    assert back.to_json() == d.to_json()
    assert (back.reviewer, back.fact_key, back.action, back.article_id, back.quote_start, back.quote_end) == (
        "alice", "k1", "confirm", "art", 3, 40)
    assert back.after == {"period_start": "2024-01-01", "value": 5e9}
    assert store.verify(path) == []


@pytest.mark.parametrize("sql", ["UPDATE decisions SET action = 'reject'", "DELETE FROM decisions"])
def test_stored_decisions_cannot_be_changed_or_deleted(tmp_path, sql):
    path = tmp_path / "reviews.sqlite"
    _append(path)
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute(sql)
    con.close()
    assert [d.action for d in store.read_decisions(path)] == ["confirm"]


def test_a_tampered_decision_fails_verify(tmp_path):
    path = tmp_path / "reviews.sqlite"
    _append(path)
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER decisions_no_update")
    con.execute("UPDATE decisions SET after = '{\"value\": 3.0}'")
    con.commit()
    con.close()
    assert any("digest does not match" in p for p in store.verify(path))


def test_a_save_on_a_fact_changed_since_it_was_opened_is_refused(tmp_path):
    path = tmp_path / "reviews.sqlite"
    first = _append(path, base="")          # reviewer 1 opened the fact with no decision, saved
    with pytest.raises(store.StaleDecision, match="reload"):
        _append(path, base="")               # reviewer 2 opened it at the same time: refused
    _append(path, base=first.uid)            # after a reload (base = the latest decision) it saves
    assert len(store.read_decisions(path)) == 2


def test_unknown_action_is_refused_naming_it(tmp_path):
    with pytest.raises(store.ReviewError, match="action 'approve'"):
        _append(tmp_path / "r.sqlite", action="approve")


WRITER = """
import sys
from etl.reviews import store
path, n = sys.argv[1], int(sys.argv[2])
while True:
    payload = {"n": n, "blob": "ж" * 200_000 + str(n)}
    store.append(path, reviewer="bot", fact_key=f"k{n}", action="correct", article_id="a", quote_start=0,
                 quote_end=n, before=None, after=payload)
    print(n, flush=True)
    n += 1
"""


def test_sigkill_mid_save_leaves_every_decision_whole_or_absent(tmp_path):
    """A writer appending large decisions (400 kB each: many pages, so a kill lands inside a write
    more often than between two) as fast as it can is killed with SIGKILL at random moments after
    its first save; afterwards SQLite's integrity check passes, every decision is complete, and
    every decision the writer reported saved (its commit returned) is there."""
    path = tmp_path / "reviews.sqlite"
    acknowledged: set[int] = set()
    rng = random.Random(12)
    for round_ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(round_ * 100_000)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        acknowledged.add(int(proc.stdout.readline()))         # the store exists and holds one decision
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged |= {int(x) for x in out.split()}
        assert store.verify(path) == []
    decisions = store.read_decisions(path)
    for d in decisions:
        assert d.after["blob"] == "ж" * 200_000 + str(d.after["n"])
        assert d.quote_end == d.after["n"] and d.fact_key == f"k{d.after['n']}"
    stored = {d.after["n"] for d in decisions}
    assert acknowledged <= stored
    assert len(stored) == len(decisions)
