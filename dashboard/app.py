"""Tradeboard dashboard: trade figures between regions, each with its source quote.

Entry point: page config, the shared sidebar filters, then `st.navigation` over dashboard/app_pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import DEFAULT_PAGE, context, data, filters, page_state, sidebar  # noqa: E402
from dashboard.i18n import DEFAULT_LANG, t  # noqa: E402
from etl.places import known_codes, place_name  # noqa: E402

PAGES = (("overview", "page_overview", ":material/dashboard:"), ("pair", "page_pair", ":material/timeline:"),
         ("matrix", "page_matrix", ":material/grid_on:"), ("sources", "page_sources", ":material/format_quote:"),
         ("download", "page_download", ":material/download:"), ("review", "page_review", ":material/fact_check:"))
FAVICON = Path(__file__).resolve().parent / "static" / "favicon.png"

# A local favicon: a material icon would make the browser fetch it from fonts.gstatic.com.
st.set_page_config(page_title="Tradeboard", page_icon=str(FAVICON), layout="wide")

identity = data.db_identity()
if identity is None:
    lang, _ = filters.parse_lang(st.query_params)
    st.info(t("no_db", lang or DEFAULT_LANG, path=data.db_path()))
    st.stop()

regions = data.load_regions(identity)
catalog = data.load_catalog(identity)
# A URL may name any place the extractor can emit (place_names.csv, ISO countries), not only regions.csv's:
# a fact for Tianjin (CN-TJ) has a Pair page like any other.
filters.init_session(set(regions["code"]) | set(known_codes()))
page_state.read_url_once()
sidebar.restore()
filters.apply_pending()
lang = st.session_state["lang"]
names = dict(zip(regions["code"], regions["name_en" if lang == "en" else "name_ru"], strict=True))
sidebar.render(catalog, lambda c: names.get(c) or place_name(c, lang), lang)

state = filters.state_from_session()
context.publish(context.Context(identity, state, lang, names, regions, catalog))

pages = [st.Page(f"app_pages/{name}.py", title=t(key, lang), icon=icon, url_path=name, default=name == DEFAULT_PAGE)
         for name, key, icon in PAGES]
page = st.navigation(pages)
filters.write_url(state, lang, page_state.url_values(page.url_path or DEFAULT_PAGE))

st.title(t("app_title", lang))
for notice in st.session_state.get("_notices", []):
    st.warning(filters.notice_text(notice, lang), icon=":material/link_off:")
if catalog["n_facts"] == 0:
    st.info(t("db_empty", lang))
    st.stop()
page.run()
