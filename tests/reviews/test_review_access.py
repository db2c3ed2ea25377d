"""Who may write, checked where it matters: a session that expires by the clock, widget calls
replayed from a viewer's session or after signing out, and the write path itself without a role."""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, review_actions
from etl.reviews import accounts, store
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
PASSWORD = "a long password"
ACTIONS = {"rv_confirm", "rv_correct", "rv_reject", "rv_undo", "rv_add_btn"}


@pytest.fixture
def page(built, monkeypatch):
    accounts.add_reviewer(built[1], "alice", PASSWORD)
    monkeypatch.setenv("TRADEBOARD_DB", str(built[0]))

    def make() -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["lang"] = "en"
        at.switch_page("app_pages/review.py")
        return at.run()
    return make


def _sign_in(at: AppTest) -> AppTest:
    at.text_input(key="rv_name").set_value("alice")
    at.text_input(key="rv_password").set_value(PASSWORD)
    at = next(b for b in at.button if b.label == "Sign in").click().run()
    assert ACTIONS - {"rv_undo", "rv_add_btn"} <= {b.key for b in at.button}
    return at


def _replay(at: AppTest, *stale) -> AppTest:
    """Run `at` with the widget messages of `stale` (clicked widgets of another or older page)
    added to what its own page sends: what a forged or replayed websocket message does."""
    states = at._tree.get_widget_states()
    states.widgets.extend(w._widget_state for w in stale)
    return at._run(states)


def test_a_session_expires_by_the_clock(page, built, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_SESSION_MINUTES", "0.05")           # 3 seconds
    at = _sign_in(page())
    time.sleep(3.5)
    at.button(key="rv_confirm").click().run()
    assert store.read_decisions(built[1]) == []
    assert not {b.key for b in at.button} & ACTIONS
    assert any("Viewing: sign in" in i.value for i in at.info)


def test_a_reviewers_click_replayed_in_a_viewers_session_writes_nothing(page, built):
    reviewer = _sign_in(page())
    clicked = reviewer.button(key="rv_reject").click()
    viewer = _replay(page(), clicked)
    assert not viewer.exception and store.read_decisions(built[1]) == []
    reviewer.run()                                    # the same click in the reviewer's own session saves
    assert [d.action for d in store.read_decisions(built[1])] == ["reject"]


def test_a_click_replayed_after_signing_out_writes_nothing(page, built):
    at = _sign_in(page())
    stale = at.button(key="rv_confirm")
    at = at.button(key="rv_signout").click().run()
    assert not {b.key for b in at.button} & ACTIONS
    at = _replay(at, stale.click())
    assert not at.exception and store.read_decisions(built[1]) == []


def test_the_write_path_itself_refuses_a_session_without_a_reviewer(built, monkeypatch):
    """Below the page: review_actions.record and add_fact check the role when they write."""
    import streamlit as st

    db, path = built
    monkeypatch.setattr(st, "session_state", {})
    seen = review_actions.Opened("any-key", "", "digest")
    with pytest.raises(auth.NotAReviewer):
        review_actions.record(str(db), seen, "reject")
    with pytest.raises(auth.NotAReviewer):
        review_actions.add_fact(str(db), {"article_id": "a", "body": "текст"}, "текст", {"value": "1"})
    assert store.read_decisions(path) == []
