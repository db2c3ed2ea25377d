"""The decision store: every reviewer decision, appended to a SQLite file no build replaces.

Why SQLite (standard library) in WAL mode: one transaction per decision makes a decision whole or
absent after a `kill -9` or a power cut (synchronous=FULL), readers (the build, the dashboard)
never block the writer, and `sqlite3 .backup` or `tradeboard reviews export` copy it while it is
in use. Triggers refuse UPDATE and DELETE: nothing is changed in place; an undo is a new decision.
Each row carries a SHA-256 `digest` of its content, so a test (or an auditor) can check that every
stored decision is exactly what was written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path

ACTIONS = ("confirm", "correct", "reject", "add", "undo")
STORE_NAME = "reviews.sqlite"
STORE_ENV = "TRADEBOARD_REVIEWS"
# Test hook, read only by tests/reviews/test_kill_server.py: "before_commit:FLAG" or
# "after_commit:FLAG" makes a save write FLAG and wait there, so the test can kill -9 the server at
# that exact point of the transaction. Unset (always, outside that test), it costs one getenv.
PAUSE_ENV = "TRADEBOARD_TEST_PAUSE_SAVE"

SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- local order of arrival
    uid         TEXT NOT NULL UNIQUE,               -- global identity: import skips a uid it holds
    at          TEXT NOT NULL,                      -- UTC, ISO 8601 with milliseconds
    reviewer    TEXT NOT NULL,
    fact_key    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject', 'add', 'undo')),
    before      TEXT,                               -- JSON: the fact's fields as the reviewer saw them
    after       TEXT,                               -- JSON: the fields the decision sets (null: reject, undo)
    comment     TEXT NOT NULL DEFAULT '',
    article_id  TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_end   INTEGER NOT NULL,
    base        TEXT NOT NULL DEFAULT '',           -- uid of the fact's latest decision when it was opened
    digest      TEXT NOT NULL                       -- SHA-256 of the fields above (content_digest)
);
CREATE INDEX IF NOT EXISTS decisions_key ON decisions (fact_key);
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a new decision instead'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record an undo instead'); END;
"""

# Accounts and the sign-in throttle (etl/reviews/accounts.py) share the file: one backup keeps all.
ACCOUNTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviewers (
    name       TEXT PRIMARY KEY,
    hash       TEXT NOT NULL,       -- argon2id: salt and parameters inside the string
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS signin_failures (
    subject TEXT NOT NULL,          -- 'account:NAME' or 'client:ADDRESS'
    at      REAL NOT NULL           -- unix time
);
CREATE INDEX IF NOT EXISTS signin_failures_subject ON signin_failures (subject, at);
"""

CONTENT_FIELDS = ("uid", "at", "reviewer", "fact_key", "action", "before", "after", "comment", "article_id",
                  "quote_start", "quote_end", "base")


class ReviewError(Exception):
    """A decision or a store that cannot be used; the message names the field or the file."""


class StaleDecision(ReviewError):
    """The fact changed since the reviewer opened it: reload and decide again."""


@dataclass(frozen=True)
class Decision:
    """One stored decision; `before` and `after` are decoded JSON (dicts or None)."""

    uid: str
    at: str
    reviewer: str
    fact_key: str
    action: str
    before: dict | None
    after: dict | None
    comment: str
    article_id: str
    quote_start: int
    quote_end: int
    base: str = ""
    id: int | None = None

    def to_json(self) -> dict:
        out = asdict(self)
        out.pop("id")
        return out


def default_store_path(db_path: Path | str | None = None) -> Path:
    """TRADEBOARD_REVIEWS, else reviews.sqlite beside the database (data/reviews.sqlite by default)."""
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    if db_path is None:
        from etl.warehouse import default_db_path
        db_path = default_db_path()
    return Path(db_path).resolve().parent / STORE_NAME


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def content_digest(values: dict) -> str:
    """SHA-256 over the decision's content fields, in a fixed order."""
    raw = json.dumps([values[f] for f in CONTENT_FIELDS], ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def connect(path: Path | str, create: bool = True) -> sqlite3.Connection:
    """A connection with the schema in place, WAL journal and full sync (whole-or-absent commits)."""
    path = Path(path)
    if not create and not path.exists():
        raise ReviewError(f"{path}: no review store (it is created by the first decision or `reviewers add`)")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.executescript(SCHEMA + ACCOUNTS_SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise ReviewError(f"{path}: not a usable review store ({exc})") from exc
    con.row_factory = sqlite3.Row
    return con


def _row_decision(row: sqlite3.Row) -> Decision:
    return Decision(uid=row["uid"], at=row["at"], reviewer=row["reviewer"], fact_key=row["fact_key"],
                    action=row["action"], before=json.loads(row["before"]) if row["before"] else None,
                    after=json.loads(row["after"]) if row["after"] else None, comment=row["comment"],
                    article_id=row["article_id"], quote_start=row["quote_start"], quote_end=row["quote_end"],
                    base=row["base"], id=row["id"])


ORDER = "ORDER BY at, id"  # the order decisions apply in: time, then arrival


def _read(path: Path | str, sql: str, params=()) -> list[sqlite3.Row]:
    """Rows of a read on the store, without creating it or its schema ([] when there is none)."""
    if not Path(path).exists():
        return []
    try:
        with closing(sqlite3.connect(str(path), timeout=30)) as con:
            con.row_factory = sqlite3.Row
            if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'decisions'").fetchone():
                return []
            return con.execute(sql, params).fetchall()
    except sqlite3.DatabaseError as exc:
        raise ReviewError(f"{path}: not a usable review store ({exc})") from exc


def read_decisions(path: Path | str, since_id: int = 0) -> list[Decision]:
    """Every decision (id > since_id) in the order they apply; [] when there is no store yet."""
    return [_row_decision(r) for r in _read(path, f"SELECT * FROM decisions WHERE id > ? {ORDER}", [since_id])]


def store_version(path: Path | str) -> tuple[int, int]:
    """(highest decision id, number of decisions): changes with every new decision."""
    rows = _read(path, "SELECT coalesce(max(id), 0), count(*) FROM decisions")
    return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)


def latest_uid(con: sqlite3.Connection, fact_key: str) -> str:
    row = con.execute("SELECT uid FROM decisions WHERE fact_key = ? ORDER BY at DESC, id DESC LIMIT 1",
                      [fact_key]).fetchone()
    return row["uid"] if row else ""


def append(path: Path | str, *, reviewer: str, fact_key: str, action: str, article_id: str, quote_start: int,
           quote_end: int, before: dict | None = None, after: dict | None = None, comment: str = "",
           base: str | None = None) -> Decision:
    """Append one decision in its own transaction. With `base` (the uid of the fact's latest
    decision when the reviewer opened it, '' for none), refuse with StaleDecision when another
    decision on the fact arrived since: the later save never silently overwrites."""
    if action not in ACTIONS:
        raise ReviewError(f"action {action!r}: allowed are {', '.join(ACTIONS)}")
    if not reviewer:
        raise ReviewError("reviewer: a decision needs the name of who made it")
    with closing(connect(path)) as con:
        con.execute("BEGIN IMMEDIATE")
        try:
            if base is not None and latest_uid(con, fact_key) != base:
                raise StaleDecision("this fact was changed by another decision since you opened it: reload")
            decision = Decision(uid=uuid.uuid4().hex, at=now_utc(), reviewer=reviewer, fact_key=fact_key,
                                action=action, before=before, after=after, comment=comment or "",
                                article_id=article_id, quote_start=int(quote_start), quote_end=int(quote_end),
                                base=base or "")
            _insert(con, decision)
            _pause_for_test("before_commit")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    _pause_for_test("after_commit")
    return decision


def _pause_for_test(point: str) -> None:
    """Stop here for good when PAUSE_ENV names this point (see PAUSE_ENV): the test kills us."""
    where, _, flag = os.environ.get(PAUSE_ENV, "").partition(":")
    if where == point and flag:
        Path(flag).write_text(f"{os.getpid()} {point}\n", encoding="utf-8")
        while True:
            time.sleep(1)


def _insert(con: sqlite3.Connection, d: Decision) -> bool:
    values = {f: getattr(d, f) for f in CONTENT_FIELDS}
    values["before"], values["after"] = _json(d.before), _json(d.after)
    cur = con.execute(f"""INSERT OR IGNORE INTO decisions ({', '.join(CONTENT_FIELDS)}, digest)
                          VALUES ({', '.join('?' * len(CONTENT_FIELDS))}, ?)""",
                      [*values.values(), content_digest(values)])
    return cur.rowcount == 1


def verify(path: Path | str) -> list[str]:
    """Problems found: SQLite's integrity check, then any decision whose digest does not match."""
    with closing(connect(path, create=False)) as con:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        for row in con.execute("SELECT * FROM decisions").fetchall():
            values = {f: row[f] for f in CONTENT_FIELDS}
            if content_digest(values) != row["digest"]:
                problems.append(f"decision {row['id']} ({row['uid']}): digest does not match its content")
    return problems


def backup(path: Path | str, out: Path) -> int:
    """A consistent copy of the whole store (decisions and accounts) made while it is in use,
    through SQLite's online backup; written beside `out`, checked with `verify`, then renamed.
    Returns the number of decisions copied."""
    if not Path(path).exists():
        raise ReviewError(f"{path}: no review store to back up")
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(str(path), timeout=30)) as src, closing(sqlite3.connect(str(tmp))) as dst:
        src.backup(dst)
    problems = verify(tmp)
    if problems:
        raise ReviewError(f"{tmp}: the copy does not verify ({'; '.join(problems)}); {out} left as it was")
    tmp.replace(out)
    return store_version(out)[1]


def export_jsonl(path: Path | str, out: Path) -> int:
    """Every decision as one JSON line, in apply order; written beside `out` then renamed."""
    decisions = read_decisions(path)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for d in decisions:
            fh.write(json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) + "\n")
    tmp.replace(out)
    return len(decisions)


REQUIRED = ("uid", "at", "reviewer", "fact_key", "action", "article_id", "quote_start", "quote_end")


def parse_jsonl(src: Path) -> list[Decision]:
    """Decisions from an export file; a bad line raises ReviewError naming the file and line."""
    out = []
    try:
        lines = src.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewError(f"{src}: cannot read ({exc})") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            missing = [k for k in REQUIRED if obj.get(k) in (None, "")]
            if missing:
                raise ValueError(f"missing {', '.join(missing)}")
            if obj["action"] not in ACTIONS:
                raise ValueError(f"action {obj['action']!r} is not one of {', '.join(ACTIONS)}")
            out.append(Decision(**{k: obj.get(k) for k in Decision.__dataclass_fields__ if k != "id"}))
        except (ValueError, TypeError) as exc:
            raise ReviewError(f"{src} line {n}: not a decision ({exc})") from exc
    return out


def import_decisions(path: Path | str, decisions: Iterable[Decision]) -> int:
    """Add the decisions whose uid the store does not hold, all in one transaction; returns how
    many were new (importing the same file twice adds nothing)."""
    with closing(connect(path)) as con:
        con.execute("BEGIN IMMEDIATE")
        try:
            added = sum(_insert(con, d) for d in decisions)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return added
