"""The Review page's open fact and its filters live in the URL: a link opens the same item."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from etl.reviews import accounts
from tests.conftest import ROOT
from tests.reviews.conftest import decide, facts

APP = str(ROOT / "dashboard" / "app.py")
PAIR = "BY-HM~RU-MOW"


@pytest.fixture
def page(built, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_DB", str(built[0]))

    def make(**params) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update({"lang": "en", **params})
        at.switch_page("app_pages/review.py")
        at.run()
        assert not at.exception
        return at
    return make


def _by_quote(db, text: str) -> dict:
    return next(f for f in facts(db) if text in f["quote"])


def test_the_open_fact_and_the_filters_are_in_the_url(page, built):
    at = page(pair=PAIR, reviewed="all")
    first = at.selectbox(key="rv_pick").value
    assert at.query_params["fact"] == first                     # in the URL at once, no click needed
    other = next(f["fact_key"] for f in facts(built[0]) if f["fact_key"] != first)
    at.selectbox(key="rv_pick").set_value(other).run()
    assert at.selectbox(key="rv_pick").value == other
    assert (at.query_params["fact"], at.query_params["pair"], at.query_params["reviewed"]) == (other, PAIR, "all")


def test_a_link_opens_its_fact_for_anyone_who_follows_it(page, built):
    db, _ = built
    wanted = _by_quote(db, "Экспорт Минска")                    # not the first in the queue
    first = page(pair=PAIR).selectbox(key="rv_pick").value
    assert first != wanted["fact_key"]
    at = page(pair=PAIR, fact=wanted["fact_key"])
    assert at.selectbox(key="rv_pick").value == wanted["fact_key"]
    assert at.query_params["fact"] == wanted["fact_key"]
    # a viewer sees that fact's fields, read-only
    [fields] = [d.value for d in at.dataframe if list(d.value.columns) == ["field", "value"]]
    assert dict(zip(fields["field"], fields["value"], strict=True))["value"] == "3000000000"
    assert not {b.key for b in at.button} & {"rv_confirm", "rv_correct", "rv_reject"}


def test_a_link_to_a_fact_the_filters_leave_out_still_opens_it(page, built):
    db, st = built
    rejected = _by_quote(db, "5,2 млрд")
    decide(st, rejected, "reject")
    assert rejected["fact_key"] not in {r["fact_key"] for r in facts(db) if r["review_status"] != "rejected"}
    at = page(pair=PAIR, fact=rejected["fact_key"])                    # default reviewed=not_rejected
    assert at.selectbox(key="rv_pick").value == rejected["fact_key"]
    assert any(m.value.startswith("State: ✗ rejected — alice") for m in at.markdown)


def test_a_link_to_an_unknown_fact_says_so_and_opens_the_queue(page):
    at = page(pair=PAIR, fact="no-such-fact")
    assert any("fact='no-such-fact'" in w.value and "the database has no such fact" in w.value for w in at.warning)
    top = at.selectbox(key="rv_pick").value
    assert top and at.query_params["fact"] == top


def test_a_signed_in_reviewer_following_a_link_gets_that_fact_to_edit(page, built):
    db, st = built
    accounts.add_reviewer(st, "alice", "a long password")
    wanted = _by_quote(db, "Экспорт Минска")
    at = page(fact=wanted["fact_key"])
    at.text_input(key="rv_name").set_value("alice")
    at.text_input(key="rv_password").set_value("a long password")
    at = next(b for b in at.button if b.label == "Sign in").click().run()
    assert at.selectbox(key="rv_pick").value == wanted["fact_key"]
    assert at.text_input(key=f"rv_{wanted['fact_key']}_value").value == "3000000000"
