"""Review: a queue of facts, most useful first; each with its sentence (the figure highlighted),
its article and its fields. Signed-in reviewers confirm, correct, reject, undo or add a missed fact;
viewers see the same review state and no action. Every write goes through dashboard/review_actions.py,
which re-checks the session's role at the moment it writes."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, page_state, review_actions, review_data, review_view
from dashboard.context import Context, current
from etl.reviews import store
from etl.reviews.validate import InvalidFields

OPENED = "_rv_opened"
FLASH = "_rv_flash"
CURRENT = "_rv_current"
SIGNIN_RESULT = "_rv_signin"


def _submit_sign_in(db: str) -> None:
    """The form's callback: check the password, then drop it from the session at once."""
    ss = st.session_state
    password, ss["rv_password"] = ss.get("rv_password", ""), ""
    ss[SIGNIN_RESULT] = auth.sign_in(db, ss.get("rv_name", ""), password)


def sign_in_box(ctx: Context, db: str) -> auth.Reviewer | None:
    reviewer = auth.current(db)
    if reviewer:
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.success(ctx.t("rv_signed_in", name=reviewer.name), icon=":material/verified_user:")
        if right.button(ctx.t("rv_signout"), key="rv_signout"):
            auth.sign_out()
            st.rerun()
        return reviewer
    st.info(ctx.t("rv_viewer"), icon=":material/visibility:")
    result = st.session_state.pop(SIGNIN_RESULT, None)
    with st.expander(ctx.t("rv_signin"), expanded=result is not None):
        with st.form("rv_signin_form", clear_on_submit=True):
            st.text_input(ctx.t("rv_name"), key="rv_name")
            st.text_input(ctx.t("rv_password"), type="password", key="rv_password")
            st.form_submit_button(ctx.t("rv_signin_btn"), on_click=_submit_sign_in, args=(db,))
        if result is not None and not result.ok:
            st.error(ctx.t("rv_throttled", s=int(result.wait) + 1) if result.reason == "throttled"
                     else ctx.t("rv_bad_login"))
        if auth.oidc_configured() and st.button(ctx.t("rv_oidc_btn"), key="rv_oidc"):
            st.login()
    return None


def opened(db: str, key: str) -> review_actions.Opened:
    """The fact as this session first saw it: kept until a save or a reload."""
    seen = st.session_state.setdefault(OPENED, {})
    if key not in seen:
        seen[key] = review_actions.open_fact(db, key)
    return seen[key]


def forget(key: str) -> None:
    """Drop what this session opened and typed for fact `key`: its inputs show the fact as it is now."""
    st.session_state.get(OPENED, {}).pop(key, None)
    for k in [k for k in st.session_state if isinstance(k, str) and k.startswith(f"rv_{key}_")]:
        del st.session_state[k]


def stale_text(ctx: Context, db: str, key: str) -> str:
    """"Reload", naming the latest decision that changed the fact (when one did, not a rebuild)."""
    latest = [d for d in store.read_decisions(auth.store_path(db)) if d.fact_key == key][-1:]
    if not latest:
        return ctx.t("rv_stale")
    d = latest[0]
    return ctx.t("rv_stale_by", who=d.reviewer, action=ctx.t(f"rv_action_{d.action}"), at=d.at[:16].replace("T", " "))


def _act(ctx: Context, db: str, action: str, fn, key: str = "") -> None:
    """Run one write and report it; a refused write saves nothing and says why."""
    try:
        fn()
    except auth.NotAReviewer:
        st.error(ctx.t("rv_viewer"))
        return
    except InvalidFields as exc:
        field, reason = next(iter(exc.problems.items()))
        st.error(ctx.t("rv_invalid", field=field, reason=reason))
        return
    except store.StaleDecision:
        st.error(stale_text(ctx, db, key))
        return
    except ValueError:
        st.error(ctx.t("rv_quote_missing"))
        return
    st.session_state.get(OPENED, {}).clear()
    forget(key)
    st.session_state[FLASH] = ctx.t("rv_saved", action=ctx.t(f"rv_action_{action}"))
    st.rerun()


def actions(ctx: Context, db: str, row: dict) -> None:
    key = row["fact_key"]
    seen = opened(db, key)
    # One form: the fields reach the server together with the button that saves them.
    with st.form(f"rv_form_{key}", border=False, enter_to_submit=False):
        st.markdown(f"**{ctx.t('rv_fields')}**")
        fields = review_view.field_inputs(ctx, row, f"rv_{key}")
        comment = st.text_input(ctx.t("rv_comment"), key=f"rv_{key}_comment")
        cols = st.columns(4)
        pressed = {"confirm": cols[0].form_submit_button(ctx.t("rv_confirm"), key="rv_confirm"),
                   "correct": cols[1].form_submit_button(ctx.t("rv_correct"), key="rv_correct", type="primary"),
                   "reject": cols[2].form_submit_button(ctx.t("rv_reject"), key="rv_reject"),
                   "undo": (row["review_status"] != "unreviewed"
                            and cols[3].form_submit_button(ctx.t("rv_undo"), key="rv_undo"))}
    for action, on in pressed.items():
        if on:
            after = fields if action in ("confirm", "correct") else None
            _act(ctx, db, action, lambda a=action, f=after: review_actions.record(db, seen, a, f, comment), key)
    if st.button(ctx.t("rv_reload"), key="rv_reload"):
        forget(key)
        st.rerun()


def add_form(ctx: Context, db: str, row: dict, article: dict) -> None:
    with st.expander(ctx.t("rv_add")), st.form("rv_add_form", border=False, enter_to_submit=False):
        quote = st.text_area(ctx.t("rv_add_quote"), key="rv_add_quote")
        blank = {"metric": row["metric"], "bound": "eq", "status": "reported", "a": row["a"], "b": row["b"]}
        fields = review_view.field_inputs(ctx, blank, "rv_add")
        comment = st.text_input(ctx.t("rv_comment"), key="rv_add_comment")
        submitted = st.form_submit_button(ctx.t("rv_add_btn"), key="rv_add_btn")
    if submitted:
        _act(ctx, db, "add", lambda: review_actions.add_fact(db, article, quote, fields, comment))


def history(ctx: Context, db: str, key: str) -> None:
    rows = [d for d in store.read_decisions(auth.store_path(db)) if d.fact_key == key]
    if rows:
        st.markdown(f"**{ctx.t('rv_history')}**")
        st.dataframe(pd.DataFrame([{"at": d.at, "reviewer": d.reviewer, "action": d.action, "after": d.after,
                                    "comment": d.comment} for d in rows]), hide_index=True, key="rv_history")


def item(ctx: Context, db: str, row: dict, reviewer) -> None:
    article = review_data.load_article(ctx.identity, row["article_id"])
    body = article.get("body") or row["quote"]
    start, end = (int(row["quote_start"]), int(row["quote_end"])) if article else (0, len(body))
    st.html(review_view.sentence_html(body, start, end, row["value"]))
    st.caption(review_view.provenance(ctx, row, article))
    if isinstance(article.get("url"), str) and article["url"]:
        st.link_button(ctx.t("rv_open_article"), article["url"], icon=":material/open_in_new:")
    else:
        st.caption(ctx.t("rv_no_url"))
    status = review_view.status_label(ctx, row["review_status"])
    st.markdown(ctx.t("rv_state_by", status=status, who=row["reviewed_by"], at=str(row["reviewed_at"])[:16])
                if row["review_status"] != "unreviewed" else ctx.t("rv_state", status=status))
    st.markdown(ctx.t("rv_reads", text=review_view.reading(ctx, row)).replace("$", "\\$"))
    if reviewer:
        actions(ctx, db, row)
        add_form(ctx, db, row, article)
    else:
        st.dataframe(review_view.fields_table(row), hide_index=True, key="rv_fields_view")
    history(ctx, db, row["fact_key"])


def orphans(ctx: Context, db: str) -> None:
    from etl.reviews.labels import orphan_rows

    rows = orphan_rows(db, auth.store_path(db)) if store.store_version(auth.store_path(db))[1] else []
    if rows:
        with st.expander(ctx.t("rv_orphans", n=len(rows))):
            st.dataframe(pd.DataFrame(rows), hide_index=True, key="rv_orphans")


def open_from_url(ctx: Context) -> None:
    """A shared link (`fact=KEY` in the URL) opens that fact, even one the filters leave out."""
    raw = page_state.take("fact")
    if raw is None:
        return
    if review_data.fact_row(ctx.identity, raw) is None:
        st.warning(ctx.t("bad_param", name="fact", value=raw, reason=ctx.t("rv_no_fact")))
    else:
        st.session_state[CURRENT] = st.session_state["rv_pick"] = raw


def main() -> None:
    ctx = current()
    db = ctx.identity[0]
    st.caption(ctx.caption)
    st.caption(ctx.t("rv_intro"))
    if FLASH in st.session_state:
        st.success(st.session_state.pop(FLASH), icon=":material/check:")
    reviewer = sign_in_box(ctx, db)
    open_from_url(ctx)
    where, params = ctx.where
    queue = review_data.load_queue(ctx.identity, where, params)
    orphans(ctx, db)
    if queue.empty:
        ctx.empty_notice()
        return
    st.subheader(ctx.t("rv_queue", n=len(queue)))
    labels = {r["fact_key"]: review_view.item_label(ctx, r) for r in queue.to_dict("records")}
    # The open fact stays open when a decision moves it down the queue, even past its end.
    chosen = st.session_state.get(CURRENT)
    if chosen and chosen not in labels:
        kept = review_data.fact_row(ctx.identity, chosen)
        if kept is not None:
            labels = {chosen: review_view.item_label(ctx, kept), **labels}
    keys = list(labels)
    if st.session_state.get("rv_pick") in labels and st.session_state.get("rv_pick") != chosen:
        chosen = st.session_state["rv_pick"]
    chosen = chosen if chosen in labels else keys[0]
    st.session_state["rv_pick"] = chosen
    key = st.selectbox(ctx.t("rv_pick"), keys, format_func=labels.get, key="rv_pick")
    st.session_state[CURRENT] = key
    if st.query_params.get("fact") != key:
        st.query_params["fact"] = key   # a copied link opens this fact (dashboard/page_state.py)
    row = review_data.fact_row(ctx.identity, key)
    if row is not None:
        item(ctx, db, row, reviewer)


main()
