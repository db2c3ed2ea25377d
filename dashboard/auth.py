"""Who may write: reviewers signed in with a local account (argon2, etl/reviews/accounts.py) or,
where an organization runs an identity provider, through Streamlit's `st.login` (OIDC, configured in
`.streamlit/secrets.toml`). Everyone else is a viewer.

The role lives in the server-side session only. Every write calls `require_reviewer()` again at the
moment it writes — not when the form was drawn — so a crafted URL, a replayed widget message or an
expired or removed account writes nothing. Sessions expire (TRADEBOARD_SESSION_MINUTES, default
480; for OIDC counted from the ID token's `iat`). Passwords go from the form to the argon2 check
and nowhere else: the form clears on submit.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from etl.reviews import accounts
from etl.reviews.store import default_store_path

SESSION_KEY = "_reviewer"


@dataclass(frozen=True)
class Reviewer:
    name: str
    via: str          # "account" | "oidc"
    expires: float    # unix time


class NotAReviewer(PermissionError):
    """A write from a session without a live reviewer role."""


def session_seconds() -> float:
    return 60 * float(os.environ.get("TRADEBOARD_SESSION_MINUTES") or 480)


def store_path(db: str | Path) -> Path:
    return default_store_path(db)


def client_address() -> str:
    """The peer address Streamlit saw (never a forwarded header a client could forge)."""
    try:
        return st.context.ip_address or "unknown"
    except Exception:  # noqa: BLE001 - outside a browser session (tests) there is none
        return "unknown"


def oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets.toml at all
        return False


def _oidc_allowed() -> tuple[str, ...] | None:
    """E-mails allowed to review through the identity provider ([tradeboard] oidc_reviewers in
    secrets.toml); None: everyone the provider signs in."""
    try:
        allowed = st.secrets["tradeboard"]["oidc_reviewers"]
    except Exception:  # noqa: BLE001 - not configured
        return None
    return tuple(str(e).lower() for e in allowed)


def _oidc_reviewer() -> Reviewer | None:
    user = st.user
    if not user.get("is_logged_in", False):
        return None
    who = str(user.get("email") or user.get("name") or "").strip()
    allowed = _oidc_allowed()
    if not who or (allowed is not None and who.lower() not in allowed):
        return None
    # Streamlit keeps the provider's sign-in in a 30-day cookie; a reviewer's session lasts
    # session_seconds() from the ID token's `iat` (a claim OIDC requires), then signs in again.
    try:
        expires = float(user.get("iat")) + session_seconds()
    except (TypeError, ValueError):
        return None
    return Reviewer(f"oidc:{who}", "oidc", expires) if expires > time.time() else None


def current(db: str | Path) -> Reviewer | None:
    """The session's reviewer, checked now: not expired, the account still exists (local) or the
    provider's session still holds (OIDC)."""
    r = st.session_state.get(SESSION_KEY)
    if isinstance(r, Reviewer) and r.via == "account":
        if r.expires > time.time() and accounts.is_reviewer(store_path(db), r.name):
            return r
        st.session_state.pop(SESSION_KEY, None)
        return None
    return _oidc_reviewer()


def require_reviewer(db: str | Path) -> Reviewer:
    r = current(db)
    if r is None:
        raise NotAReviewer("sign in as a reviewer to record decisions")
    return r


def sign_in(db: str | Path, name: str, password: str) -> accounts.SignIn:
    result = accounts.sign_in(store_path(db), name.strip(), password, client_address())
    if result.ok:
        st.session_state[SESSION_KEY] = Reviewer(name.strip(), "account", time.time() + session_seconds())
    return result


def sign_out() -> None:
    r = st.session_state.pop(SESSION_KEY, None)
    if isinstance(r, Reviewer) and r.via == "oidc":
        st.logout()
