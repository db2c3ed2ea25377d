"""Helpers of the review tests in headless Chromium: a real `tradeboard serve` on a free port,
sign-in, opening a fact by its label."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.serving import free_port, wait_healthy

PASSWORD = "a long password"


def serve(db: Path, log: Path, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """`tradeboard serve` over `db` in its own process group (so the test can kill -9 all of it)."""
    import os

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "etl", "serve", "--port", str(port), "--db", str(db)], cwd=ROOT,
                            stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
                            env={**os.environ, **(env or {})})
    wait_healthy(port, proc)
    return proc, f"http://127.0.0.1:{port}"


def sign_in(page, name: str = "alice", password: str = PASSWORD, again: bool = False) -> None:
    """Fill and send the sign-in form (the result is for the caller to check); `again`: after a
    failed attempt, when the form is open already."""
    if not again:
        page.get_by_text("Reviewer sign-in").click()
    page.get_by_role("textbox", name="Name").fill(name)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def pick(page, text: str, value: str) -> None:
    """Open the fact whose label has `text`, and wait until its fields (value `value`) are drawn."""
    from playwright.sync_api import expect

    box = page.get_by_role("combobox", name="Fact")
    box.click()
    box.fill(text)
    page.get_by_role("option").filter(has_text=text).first.click()
    expect(page.get_by_label("value", exact=True).first).to_have_value(value, timeout=30_000)
    page.wait_for_timeout(500)


def set_field(page, label: str, value: str) -> None:
    page.get_by_label(label, exact=True).first.fill(value)   # sent with the form's button


def correct_period_to_2022(page, text: str, value: str) -> None:
    """Open the unreviewed fact whose label has `text` and save the correction of its period to 2022."""
    from playwright.sync_api import expect

    pick(page, text, value)
    expect(page.get_by_text("State: unreviewed")).to_be_visible(timeout=30_000)
    set_field(page, "period_start", "2022-01-01")
    set_field(page, "period_end", "2022-12-31")
    page.get_by_role("button", name="✎ Save correction").click()
