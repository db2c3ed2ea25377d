"""The Review page in AppTest against a real build and store: signed out, signed in, invalid
corrections, a concurrent edit, a removed or expired account, OIDC through st.user."""

from __future__ import annotations

import re
import time
import tomllib

import pytest
from streamlit.testing.v1 import AppTest

from etl.reviews import accounts, store
from tests.conftest import ROOT
from tests.reviews.conftest import decide, facts

APP = str(ROOT / "dashboard" / "app.py")
PASSWORD = "a long password"
ACTIONS = ("rv_confirm", "rv_correct", "rv_reject", "rv_undo", "rv_add_btn")


@pytest.fixture
def page(built, monkeypatch):
    db, st = built
    accounts.add_reviewer(st, "alice", PASSWORD)
    monkeypatch.setenv("TRADEBOARD_DB", str(db))

    def make(**params) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["lang"] = "en"
        for k, v in params.items():
            at.query_params[k] = v
        at.switch_page("app_pages/review.py")
        return at.run()
    return make


def _keys(at) -> set[str]:
    return {b.key for b in at.button if b.key}


def _sign_in(at, name="alice", password=PASSWORD):
    at.text_input(key="rv_name").set_value(name)
    at.text_input(key="rv_password").set_value(password)
    return next(b for b in at.button if b.label == "Sign in").click().run()


def _decisions(built):
    return store.read_decisions(built[1])


def test_signed_out_viewer_sees_state_and_no_action(page, built):
    db, st = built
    first = facts(db)[0]
    decide(st, first, "confirm", after={"value": first["value"]}, reviewer="bob")
    at = page()
    assert not at.exception
    assert not _keys(at) & set(ACTIONS)
    assert any("Viewing: sign in" in i.value for i in at.info)
    labels = at.selectbox(key="rv_pick").options
    assert any(label.startswith("✓") for label in labels)            # the review state is visible
    # a crafted "click" on an action the viewer was never shown does nothing
    at.session_state["rv_confirm"] = True
    at.run()
    assert len(_decisions(built)) == 1 and not at.exception


def test_a_url_cannot_make_a_viewer_a_reviewer(page):
    at = page(reviewer="alice", role="reviewer", user="alice")
    assert not _keys(at) & set(ACTIONS)


def test_wrong_password_is_refused_and_the_form_forgets_it(page):
    at = _sign_in(page(), password="wrong password!")
    assert [e.value for e in at.error] == ["Wrong name or password."]
    assert not _keys(at) & set(ACTIONS)
    assert at.text_input(key="rv_password").value == ""


def test_signed_in_reviewer_corrects_a_period(page, built):
    at = _sign_in(page())
    assert any("Signed in as alice" in s.value for s in at.success)
    assert {"rv_confirm", "rv_correct", "rv_reject"} <= _keys(at)
    key = at.selectbox(key="rv_pick").value
    at.text_input(key=f"rv_{key}_period_start").set_value("2022-01-01")
    at.text_input(key=f"rv_{key}_period_end").set_value("2022-12-31")
    at.button(key="rv_correct").click().run()
    assert not at.exception and not at.error
    [d] = _decisions(built)
    assert (d.action, d.reviewer, d.fact_key, d.after["period_end"]) == ("correct", "alice", key, "2022-12-31")
    assert any("✎ corrected — alice" in m.value for m in at.markdown)
    assert at.selectbox(key="rv_pick").value == key


@pytest.mark.parametrize("field,value,message", [
    ("period_end", "2000-01-01", "period_end: the period ends (2000-01-01) before it starts"),
    ("b", "RU-XXX", "b: unknown region code 'RU-XXX'"),
    ("value", "-5", "value: an amount cannot be negative"),
    ("currency", "XAU", "currency: 'XAU' is not in the reference table"),
])
def test_invalid_correction_is_refused_naming_the_field(page, built, field, value, message):
    at = _sign_in(page())
    key = at.selectbox(key="rv_pick").value
    at.text_input(key=f"rv_{key}_{field}").set_value(value)
    at.button(key="rv_correct").click().run()
    [error] = [e.value for e in at.error]
    assert error.startswith(f"Nothing saved. {message}")
    assert _decisions(built) == []


def test_a_fact_changed_since_it_was_opened_asks_for_a_reload(page, built):
    db, st = built
    at = _sign_in(page())
    key = at.selectbox(key="rv_pick").value
    row = next(r for r in facts(db) if r["fact_key"] == key)
    at.text_input(key=f"rv_{key}_period_end").set_value("2030-12-31")        # alice starts editing
    decide(st, row, "correct", after={"value": 4.9e9}, reviewer="bob", base="")  # bob saves meanwhile
    at.button(key="rv_correct").click().run()
    [error] = [e.value for e in at.error]
    assert re.fullmatch(r"This fact changed since you opened it \(bob: ✎ corrected, \d{4}-\d\d-\d\d \d\d:\d\d\)\. "
                        r"Reload and decide again\.", error), error
    assert [d.reviewer for d in _decisions(built)] == ["bob"]
    at.button(key="rv_reload").click().run()
    # the form now shows the fact as bob left it, not alice's stale edit
    assert at.text_input(key=f"rv_{key}_value").value == "4900000000"
    assert at.text_input(key=f"rv_{key}_period_end").value == str(row["period_end"])
    assert any("✎ corrected — bob" in m.value for m in at.markdown)
    at.button(key="rv_confirm").click().run()
    assert not at.error
    assert [(d.reviewer, d.action) for d in _decisions(built)] == [("bob", "correct"), ("alice", "confirm")]
    assert _decisions(built)[1].after["value"] == 4.9e9


def test_a_removed_or_expired_account_writes_nothing(page, built):
    at = _sign_in(page())
    accounts.remove_reviewer(built[1], "alice")
    at.button(key="rv_confirm").click().run()
    assert not _keys(at) & set(ACTIONS) and _decisions(built) == []
    accounts.add_reviewer(built[1], "alice", PASSWORD)
    at = _sign_in(page())
    r = at.session_state["_reviewer"]
    at.session_state["_reviewer"] = type(r)(r.name, r.via, time.time() - 1)
    at.run()
    assert not _keys(at) & set(ACTIONS)


def test_add_a_missed_fact_from_a_quote_of_the_same_article(page, built):
    db, _ = built
    at = _sign_in(page())
    key = at.selectbox(key="rv_pick").value
    row = next(r for r in facts(db) if r["fact_key"] == key)
    at.text_area(key="rv_add_quote").set_value("no such sentence in the article")
    at.text_input(key="rv_add_value").set_value("1000000")
    at.text_input(key="rv_add_currency").set_value("USD")
    at.button(key="rv_add_btn").click().run()
    assert [e.value for e in at.error] == ["Nothing saved. quote: the article has no such passage."]
    at.text_area(key="rv_add_quote").set_value(row["quote"])
    at.text_input(key="rv_add_period_start").set_value("2019-01-01")
    at.text_input(key="rv_add_period_end").set_value("2019-12-31")
    at.button(key="rv_add_btn").click().run()
    assert not at.error
    [d] = _decisions(built)
    assert d.action == "add" and d.quote_start == row["quote_start"] and d.after["value"] == 1e6
    added = [r for r in facts(db) if r["review_status"] == "added"]
    assert [(r["value"], str(r["period_start"])) for r in added] == [(1e6, "2019-01-01")]


def test_oidc_user_is_a_reviewer_when_the_provider_is_configured(built, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_DB", str(built[0]))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.secrets["auth"] = {"redirect_uri": "http://localhost:1/oauth2callback", "cookie_secret": "x" * 32}
    at.user = {"is_logged_in": True, "email": "anna@example.org", "name": "Anna", "iat": int(time.time())}
    at.switch_page("app_pages/review.py")
    at.run()
    assert any("Signed in as oidc:anna@example.org" in s.value for s in at.success)
    assert {"rv_confirm", "rv_correct"} <= _keys(at)
    at.button(key="rv_confirm").click().run()
    assert [d.reviewer for d in _decisions(built)] == ["oidc:anna@example.org"]
    at.secrets["tradeboard"] = {"oidc_reviewers": ["boss@example.org"]}   # an allow-list without her
    at.run()
    assert not _keys(at) & set(ACTIONS)



def test_an_oidc_session_expires_from_its_sign_in_time(built, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_DB", str(built[0]))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.secrets["auth"] = {"redirect_uri": "http://localhost:1/oauth2callback", "cookie_secret": "x" * 32}
    at.user = {"is_logged_in": True, "email": "anna@example.org", "iat": int(time.time()) - 9 * 3600}
    at.switch_page("app_pages/review.py")
    at.run()                                          # signed in 9 hours ago, sessions last 8: sign in again
    assert not _keys(at) & set(ACTIONS)
    assert "rv_oidc" in _keys(at)
    at.user = {"is_logged_in": True, "email": "anna@example.org"}              # no iat: no session
    at.run()
    assert not _keys(at) & set(ACTIONS)


def test_xsrf_protection_stays_on():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True


def test_failed_sign_ins_are_slowed_down_on_the_page(page):
    at = page()
    for _ in range(accounts.FREE_FAILURES):
        at = _sign_in(at, password="wrong password!")
    at = _sign_in(at)
    [error] = [e.value for e in at.error]
    assert error.startswith("Too many failed attempts. Try again in")
    assert not _keys(at) & set(ACTIONS)


def test_orphaned_decisions_are_listed_on_the_page(page, built):
    db, st = built
    store.append(st, reviewer="bob", fact_key="gone-key-0001", action="confirm", article_id="old-article",
                 quote_start=5, quote_end=50, before={"metric": "turnover", "value": 1.0}, after={"value": 1.0})
    at = page()
    [exp] = [e for e in at.expander if e.label.startswith("Decisions without a fact (1)")]
    [table] = [d.value for d in exp.dataframe]
    assert table.to_dict("records") == [{
        "fact_key": "gone-key-0001", "action": "confirm", "reviewer": "bob", "at": table["at"][0],
        "article_id": "old-article", "span": "5:50", "before": "turnover 1.0", "after": "value=1.0", "comment": ""}]


def test_other_pages_apply_decisions_without_a_rebuild_and_mark_them(page, built):
    db, st = built
    rows = {r["quote"]: r for r in facts(db)}
    five = next(r for q, r in rows.items() if "5 млрд" in q)
    gone = next(r for q, r in rows.items() if "5,2 млрд" in q)
    decide(st, five, "confirm", after={"value": 5e9})
    decide(st, gone, "reject")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"lang": "en", "pair": "BY-HM~RU-MOW"})
    at.switch_page("app_pages/sources.py")
    at.run()
    [table] = [d.value for d in at.dataframe if "Review" in d.value.columns]
    assert "✓ confirmed" in set(table["Review"])
    assert not table["Quote"].str.contains("5,2 млрд").any()                 # rejected: gone by default
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"lang": "en", "pair": "BY-HM~RU-MOW", "reviewed": "all"})
    at.switch_page("app_pages/sources.py")
    at.run()
    [table] = [d.value for d in at.dataframe if "Review" in d.value.columns]
    assert "✗ rejected" in set(table["Review"])
    assert at.query_params["reviewed"] == "all"


def test_a_bad_reviewed_value_in_the_url_gives_a_notice(page):
    at = page(reviewed="maybe")
    assert any("reviewed='maybe'" in w.value and "not_rejected, all, only" in w.value for w in at.warning)


def test_undo_is_a_new_decision_that_restores_the_previous_state(page, built):
    at = _sign_in(page())
    key = at.selectbox(key="rv_pick").value
    assert "rv_undo" not in _keys(at)                                    # nothing to undo yet
    at.button(key="rv_reject").click().run()
    assert any("✗ rejected — alice" in m.value for m in at.markdown)
    at.button(key="rv_undo").click().run()
    assert "Saved: ↶ latest decision undone." in [m.value for m in at.success]
    assert any(m.value == "State: unreviewed" for m in at.markdown)
    assert [(d.action, d.fact_key) for d in _decisions(built)] == [("reject", key), ("undo", key)]
