"""The review commands as real subprocesses on a real database and store."""

from __future__ import annotations

import json

from etl.reviews import store
from tests.conftest import run_cli
from tests.reviews.conftest import decide, facts
from tests.warehouse.conftest import write_jsonl


def _env(db):
    return {"TRADEBOARD_DB": str(db)}


def test_reviewers_add_list_remove(built):
    db, st = built
    proc = run_cli("reviewers", "add", "alice", env=_env(db), input_text="a long password\n")
    assert proc.returncode == 0, proc.stderr
    assert "a long password" not in proc.stderr + proc.stdout
    listed = run_cli("reviewers", "list", env=_env(db))
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["alice"]
    again = run_cli("reviewers", "add", "alice", env=_env(db), input_text="another password\n")
    assert again.returncode == 2 and "exists already" in again.stderr
    short = run_cli("reviewers", "add", "bob", env=_env(db), input_text="short\n")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    assert run_cli("reviewers", "remove", "alice", env=_env(db)).returncode == 0
    assert run_cli("reviewers", "list", env=_env(db)).stdout == ""
    gone = run_cli("reviewers", "remove", "alice", env=_env(db))
    assert gone.returncode == 2 and "no such account" in gone.stderr


def test_export_then_import_into_another_install_is_idempotent(built, tmp_path):
    db, st = built
    rows = facts(db)
    decide(st, rows[0], "confirm", after={"value": rows[0]["value"]}, comment="checked «на сайте»")
    decide(st, rows[1], "reject")
    out = tmp_path / "decisions.jsonl"
    proc = run_cli("reviews", "export", "-o", str(out), env=_env(db))
    assert proc.returncode == 0 and "wrote 2 decisions" in proc.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["action"] for x in lines] == ["confirm", "reject"] and lines[0]["comment"] == "checked «на сайте»"
    other = tmp_path / "other.sqlite"
    first = run_cli("reviews", "import", str(out), "--store", str(other), env=_env(db))
    assert first.returncode == 0 and "imported 2 new decisions of 2" in first.stderr
    second = run_cli("reviews", "import", str(out), "--store", str(other), env=_env(db))
    assert "imported 0 new decisions of 2" in second.stderr
    assert [d.to_json() for d in store.read_decisions(other)] == [d.to_json() for d in store.read_decisions(st)]
    assert run_cli("reviews", "verify", "--store", str(other), env=_env(db)).returncode == 0


def test_import_of_a_bad_line_names_the_file_and_line_and_adds_nothing(built, tmp_path):
    db, st = built
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"uid": "u1", "at": "2026-01-01T00:00:00Z", "reviewer": "a", "fact_key": "k", "action": "confirm",'
                   ' "article_id": "x", "quote_start": 0, "quote_end": 3}\n{"uid": "u2"}\n', encoding="utf-8")
    proc = run_cli("reviews", "import", str(bad), env=_env(db))
    assert proc.returncode == 2 and f"{bad} line 2" in proc.stderr
    assert store.read_decisions(st) == []


def test_orphans_are_listed(built, tmp_path):
    db, st = built
    rows = facts(db)
    decide(st, rows[0], "confirm", after={"value": rows[0]["value"]})
    assert run_cli("reviews", "orphans", env=_env(db)).stdout == ""
    src = write_jsonl(tmp_path / "empty" / "x.jsonl", [{"id": "z", "published": "2024-01-01", "url": "https://z",
                                                        "text": "Ничего о торговле здесь нет."}])
    assert run_cli("build", "--source", str(src), env=_env(db)).returncode == 0
    proc = run_cli("reviews", "orphans", env=_env(db))
    assert proc.stdout.startswith(rows[0]["fact_key"]) and "1 orphaned" in proc.stderr


def test_export_as_labels_writes_fully_reviewed_articles_in_the_labelled_format(built, tmp_path):
    db, st = built
    rows = facts(db)
    by_article = {}
    for r in rows:
        by_article.setdefault(r["article_id"], []).append(r)
    two = next(v for v in by_article.values() if len(v) == 2)
    decide(st, two[0], "correct", after={"value": 1.7e9})
    decide(st, two[1], "reject")
    one = next(v for v in by_article.values() if len(v) == 1)[0]
    decide(st, one, "confirm", after={"value": one["value"]})
    out = tmp_path / "labels.jsonl"
    proc = run_cli("reviews", "export", "--as-labels", "-o", str(out), env=_env(db))
    assert proc.returncode == 0, proc.stderr
    passages = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(passages) == 2
    p = next(x for x in passages if x["text"].startswith(("Товарооборот между Минском и Москвой в первом",)))
    assert set(p) >= {"id", "source_url", "published", "text", "facts"}
    assert [(f["value"], f["optional"]) for f in p["facts"]] == [(1.7e9, False)]
    assert set(p["facts"][0]) == {"metric", "a", "b", "value", "currency", "bound", "period_start", "period_end",
                                  "change_pct", "status", "optional"}


def test_export_leaves_rejected_facts_out_unless_asked(built, tmp_path):
    db, st = built
    rows = facts(db)
    decide(st, rows[0], "reject")
    for reviewed, expected in (("not_rejected", len(rows) - 1), ("all", len(rows)), ("only", 0)):
        out = tmp_path / f"{reviewed}.csv"
        proc = run_cli("export", "--reviewed", reviewed, "-o", str(out), env=_env(db))
        assert proc.returncode == 0, proc.stderr
        body = out.read_text(encoding="utf-8-sig").splitlines()
        assert body[0].endswith("fact_key,review_status,reviewed_by,reviewed_at")
        assert len(body) - 1 == expected, reviewed
        assert any(",rejected,alice," in line for line in body) == (reviewed == "all")


def test_backup_while_a_save_is_in_progress_copies_what_is_committed(built, tmp_path):
    """`reviews backup` (and the README's sqlite3 `.backup`) while another connection is in the
    middle of a save: the copy holds the committed decisions and the accounts, verifies, and a
    store restored from it reads back the same decisions."""
    import shutil
    import sqlite3
    import subprocess
    from contextlib import closing

    from etl.reviews import accounts

    db, st = built
    rows = facts(db)
    decide(st, rows[0], "confirm", after={"value": rows[0]["value"]})
    decide(st, rows[1], "reject")
    accounts.add_reviewer(st, "alice", "a long password")
    with closing(sqlite3.connect(st, isolation_level=None)) as busy:
        busy.execute("BEGIN IMMEDIATE")             # a save in progress, never committed
        busy.execute("INSERT INTO decisions (uid, at, reviewer, fact_key, action, article_id, quote_start, "
                     "quote_end, digest) VALUES ('u-x', 'now', 'bob', 'k', 'confirm', 'a', 0, 1, 'd')")
        out = tmp_path / "backup" / "reviews-copy.sqlite"
        out.parent.mkdir()
        proc = run_cli("reviews", "backup", "-o", str(out), env=_env(db))
        copies = [out]
        if shutil.which("sqlite3"):
            readme = tmp_path / "backup" / "reviews-readme.sqlite"
            subprocess.run(["sqlite3", str(st), f".backup {readme}"], check=True, timeout=60)
            copies.append(readme)
        busy.execute("ROLLBACK")
    assert proc.returncode == 0 and "copied 2 decisions" in proc.stderr, proc.stderr
    for copy in copies:
        assert store.verify(copy) == []
        assert [d.to_json() for d in store.read_decisions(copy)] == [d.to_json() for d in store.read_decisions(st)]
        assert accounts.is_reviewer(copy, "alice")
    restored = tmp_path / "restored" / "reviews.sqlite"
    restored.parent.mkdir()
    shutil.copy(out, restored)
    assert [d.action for d in store.read_decisions(restored)] == ["confirm", "reject"]
    missing = run_cli("reviews", "backup", "-o", str(tmp_path / "x.sqlite"), "--store", str(tmp_path / "none.sqlite"),
                      env=_env(db))
    assert missing.returncode == 2 and "no review store to back up" in missing.stderr
