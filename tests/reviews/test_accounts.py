"""Accounts: argon2 hashes only, sign-in checked by the library, failures slowed per account and client."""

from __future__ import annotations

import sqlite3

import pytest

from etl.reviews import accounts
from etl.reviews.store import ReviewError

PASSWORD = "correct horse battery"


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "reviews.sqlite"
    accounts.add_reviewer(path, "alice", PASSWORD)
    return path


def test_only_a_salted_argon2_hash_is_stored(store, tmp_path):
    accounts.add_reviewer(store, "bob", PASSWORD)
    con = sqlite3.connect(store)
    hashes = dict(con.execute("SELECT name, hash FROM reviewers").fetchall())
    con.close()
    assert all(h.startswith("$argon2id$") for h in hashes.values())
    assert hashes["alice"] != hashes["bob"]                     # same password, different salts
    assert PASSWORD.encode() not in store.read_bytes()


def test_sign_in_accepts_the_password_and_refuses_others(store):
    assert accounts.sign_in(store, "alice", PASSWORD, "10.0.0.1").ok
    bad = accounts.sign_in(store, "alice", "wrong password", "10.0.0.1")
    assert (bad.ok, bad.reason) == (False, "invalid")
    assert accounts.sign_in(store, "nobody", PASSWORD, "10.0.0.1").reason == "invalid"


def test_repeated_failures_slow_down_the_account_from_any_client(store):
    for i in range(accounts.FREE_FAILURES):
        assert accounts.sign_in(store, "alice", "nope", f"10.0.0.{i}").reason == "invalid"
    late = accounts.sign_in(store, "alice", PASSWORD, "10.9.9.9")      # right password, other client
    assert (late.ok, late.reason) == (False, "throttled") and late.wait > 0


def test_repeated_failures_slow_down_the_client_for_every_account(store):
    accounts.add_reviewer(store, "bob", PASSWORD)
    for name in ("x1", "x2", "x3")[:accounts.FREE_FAILURES]:
        accounts.sign_in(store, name, "nope", "192.0.2.7")
    assert accounts.sign_in(store, "bob", PASSWORD, "192.0.2.7").reason == "throttled"
    assert accounts.sign_in(store, "bob", PASSWORD, "192.0.2.8").ok


def test_names_and_short_passwords_are_refused_with_a_reason(store):
    with pytest.raises(ReviewError, match="at least 8"):
        accounts.add_reviewer(store, "carol", "short")
    with pytest.raises(ReviewError, match="reviewer name"):
        accounts.add_reviewer(store, "a b", PASSWORD)
    with pytest.raises(ReviewError, match="exists already"):
        accounts.add_reviewer(store, "alice", PASSWORD)


def test_a_removed_account_is_no_reviewer_and_cannot_sign_in(store):
    assert accounts.is_reviewer(store, "alice")
    accounts.remove_reviewer(store, "alice")
    assert not accounts.is_reviewer(store, "alice")
    assert not accounts.sign_in(store, "alice", PASSWORD, "10.0.0.1").ok
