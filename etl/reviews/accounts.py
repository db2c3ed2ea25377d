"""Reviewer accounts: salted argon2id hashes (argon2-cffi), never a hand-made password check.

Accounts live in the decision store's SQLite file (table `reviewers`), beside the decisions, so one
backup keeps both. Failed sign-ins are recorded per account and per client (table
`signin_failures`) and slow the next attempt down exponentially; the record is shared by every
server process and survives a restart. Passwords are never stored, logged or put in an exception.
"""

from __future__ import annotations

import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from etl.reviews.store import ReviewError, connect, now_utc

NAME = re.compile(r"^[\w.@-]{2,64}$")
MIN_PASSWORD = 8
HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Throttle: after FREE_FAILURES failures within WINDOW seconds, each further attempt must wait
# 2^(failures - FREE_FAILURES) seconds after the last failure, at most MAX_DELAY.
FREE_FAILURES = 3
WINDOW = 15 * 60
MAX_DELAY = 300


@dataclass(frozen=True)
class SignIn:
    ok: bool
    wait: float = 0.0       # seconds until another attempt is allowed (when throttled)
    reason: str = ""        # "throttled" | "invalid" (never says which of name or password)


def check_name(name: str) -> str:
    if not NAME.match(name or ""):
        raise ReviewError(f"reviewer name {name!r}: use 2–64 letters, digits, '.', '_', '@' or '-'")
    return name


def add_reviewer(store: Path, name: str, password: str) -> None:
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"password for {name}: at least {MIN_PASSWORD} characters")
    with closing(connect(store)) as con:
        try:
            con.execute("INSERT INTO reviewers VALUES (?, ?, ?)", [name, HASHER.hash(password), now_utc()])
        except sqlite3.IntegrityError as exc:
            raise ReviewError(f"reviewer {name!r} exists already (remove it first to reset the password)") from exc


def list_reviewers(store: Path) -> list[tuple[str, str]]:
    """(name, created_at) of every account, by name."""
    if not Path(store).exists():
        return []
    with closing(connect(store)) as con:
        rows = con.execute("SELECT name, created_at FROM reviewers ORDER BY name").fetchall()
    return [(r["name"], r["created_at"]) for r in rows]


def remove_reviewer(store: Path, name: str) -> None:
    """Delete the account (its decisions stay: they are history, signed with the name)."""
    with closing(connect(store)) as con:
        if con.execute("DELETE FROM reviewers WHERE name = ?", [name]).rowcount == 0:
            raise ReviewError(f"reviewer {name!r}: no such account")


def is_reviewer(store: Path, name: str) -> bool:
    """The account exists now: every write re-checks this, so a removed account stops at once."""
    if not name or not Path(store).exists():
        return False
    with closing(connect(store)) as con:
        return con.execute("SELECT 1 FROM reviewers WHERE name = ?", [name]).fetchone() is not None


def _delay(con: sqlite3.Connection, subject: str, now: float) -> float:
    rows = con.execute("SELECT at FROM signin_failures WHERE subject = ? AND at > ? ORDER BY at",
                       [subject, now - WINDOW]).fetchall()
    if len(rows) < FREE_FAILURES:
        return 0.0
    wait = min(2.0 ** (len(rows) - FREE_FAILURES + 1), MAX_DELAY)
    return max(0.0, rows[-1]["at"] + wait - now)


def sign_in(store: Path, name: str, password: str, client: str) -> SignIn:
    """Check a password. Throttled per account and per client: while either must wait, the
    password is not even checked. A failure is recorded for both subjects."""
    now = time.time()
    subjects = (f"account:{name}", f"client:{client}")
    with closing(connect(store)) as con:
        wait = max(_delay(con, s, now) for s in subjects)
        if wait > 0:
            return SignIn(False, wait, "throttled")
        row = con.execute("SELECT hash FROM reviewers WHERE name = ?", [name]).fetchone()
        try:
            if row is None:
                HASHER.hash(password)  # same cost as a check: no timing hint that the name is unknown
                raise VerifyMismatchError
            HASHER.verify(row["hash"], password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            con.executemany("INSERT INTO signin_failures VALUES (?, ?)", [(s, now) for s in subjects])
            con.execute("DELETE FROM signin_failures WHERE at < ?", [now - WINDOW])
            return SignIn(False, 0.0, "invalid")
        con.execute("DELETE FROM signin_failures WHERE subject = ?", [subjects[0]])
    return SignIn(True)
