"""A build killed with SIGKILL, or one that fails, leaves the previous database whole and readable."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.bench_build import write_corpus
from tests.conftest import ROOT, SEED, run_cli
from tests.warehouse.test_build import _dump


def test_kill_9_mid_build_leaves_the_old_database(tmp_path):
    db = tmp_path / "t.duckdb"
    assert run_cli("build", "--source", str(SEED), "--db", str(db)).returncode == 0
    before, stat = _dump(db), db.stat()
    corpus = write_corpus(tmp_path / "corpus.jsonl", 30_000)
    proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--source", str(corpus), "--db", str(db)],
                            cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("t.duckdb.tmp-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(2.0)  # well inside the build: articles are being written to the temp file
    assert proc.poll() is None, "the build finished before it could be killed; make the corpus bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert db.stat().st_ino == stat.st_ino and db.stat().st_mtime_ns == stat.st_mtime_ns
    assert _dump(db) == before
    assert list(tmp_path.glob("t.duckdb.tmp-*")), "expected the killed build's temp file"
    assert run_cli("build", "--source", str(SEED), "--db", str(db)).returncode == 0
    assert not list(tmp_path.glob("t.duckdb.tmp-*")), "the next build removes a killed build's temp file"
    assert _dump(db) == before


def test_corrupt_previous_database_is_rebuilt_not_trusted(tmp_path):
    db = tmp_path / "t.duckdb"
    db.write_bytes(b"not a duckdb file" * 100)
    proc = run_cli("build", "--source", str(SEED), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "building in full" in proc.stderr
    assert _dump(db)["articles"]


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads processes from Linux /proc")
def test_kill_9_of_a_parallel_build_leaves_no_worker_behind(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 30_000)
    proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--jobs", "2", "--source", str(corpus),
                             "--db", str(tmp_path / "t.duckdb")], cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert len(workers) >= 2, "the build started no worker processes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "pool workers outlived the killed build"
