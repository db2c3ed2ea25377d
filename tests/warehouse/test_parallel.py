"""`build --jobs N` writes the same database as `--jobs 1`: every table's rows, in stored order."""

import json
import os
import shutil

import duckdb

from bench.gen_hard import iter_hard
from tests.conftest import SAMPLE, run_cli
from tests.warehouse.conftest import ARTICLES, write_jsonl

# Columns that differ between any two builds, parallel or not: when and how long.
TIMING = {"builds": ("started_at", "seconds")}


def _corpus(src):
    """Hard articles in several JSONL files, with duplicates, bad lines and a BOM; page files beside."""
    hard = list(iter_hard(240, seed=7))
    write_jsonl(src / "a.jsonl", hard[:120] + ARTICLES)
    lines = [json.dumps(r, ensure_ascii=False) for r in hard[120:] + hard[:10]]  # ten repeats of a.jsonl
    lines.insert(37, "{broken")
    (src / "b.jsonl").write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n")
    write_jsonl(src / "c.jsonl", [{"id": "n1", "text": "Без даты: товарооборот вырос на 3 %."}])
    shutil.copytree(SAMPLE, src / "sample")
    page = ("<html><head><title>Гродно и Смоленск</title><meta name='date' content='2024-05-02'></head><body>"
            f"<article><p>{ARTICLES[0]['text']}</p><p>Смоленская область увеличила поставки.</p></article>"
            "</body></html>")
    (src / "page.html").write_bytes(page.encode("cp1251"))
    (src / "empty.txt").write_bytes(b"")


def _dump(db):
    """Every table's rows in the order they are stored (one thread reads them in that order)."""
    with duckdb.connect(str(db), read_only=True, config={"threads": 1}) as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        out = {}
        for table in tables:
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in TIMING.get(table, ())]
            out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
    return out


def _build(src, db, jobs, **env):
    proc = run_cli("build", "--source", str(src), "--db", str(db), "--jobs", str(jobs), env=env)
    assert proc.returncode == 1, proc.stderr  # b.jsonl's broken line and empty.txt are rejected
    assert "b.jsonl:38: not JSON" in proc.stderr and "empty.txt: file is empty" in proc.stderr
    return proc


def test_two_jobs_write_the_same_rows_as_one(tmp_path):
    src = tmp_path / "src"
    _corpus(src)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    _build(src, one, 1)
    _build(src, two, 2, TRADEBOARD_PARTITION_BYTES="20000")  # about five articles a shard: many shards
    first = _dump(one)
    assert len(first["articles"]) > 240 + 3 + 1 + 1 + 148  # hard, ARTICLES, c, html, passages, the seed page(s)
    assert len(first["facts"]) > 200 and len(first["pair_series_rows"]) > 20
    assert _dump(two) == first

    # An incremental build (a.jsonl changed, the rest carried over) is the same too.
    with (src / "a.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "late", "published": "2025-03-01", "text": ARTICLES[1]["text"] + " Дополнено."},
                            ensure_ascii=False) + "\n")
    _build(src, one, 1)
    _build(src, two, 2, TRADEBOARD_PARTITION_BYTES="20000")
    second = _dump(one)
    assert len(second["articles"]) == len(first["articles"]) + 1
    assert len(second["builds"]) == 2
    assert _dump(two) == second


def test_the_executor_uses_other_processes_and_keeps_the_order():
    from etl.warehouse.parallel import OrderedExecutor

    seen = []
    with OrderedExecutor(2) as ex:
        for i in range(40):
            ex.submit(_pid_after, i, seen.append)
        ex.drain()
    assert [i for i, _ in seen] == list(range(40))
    pids = {pid for _, pid in seen}
    assert os.getpid() not in pids and len(pids) == 2


def _pid_after(i):
    import time

    time.sleep(0.02 * (i % 3))  # finish out of order
    return i, os.getpid()
