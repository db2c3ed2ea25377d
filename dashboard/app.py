"""Tradeboard dashboard: trade figures between regions, each with its source quote."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import charts, data  # noqa: E402
from etl.export import csv_bytes  # noqa: E402

st.set_page_config(page_title="Tradeboard", layout="wide")
st.title("Tradeboard")

identity = data.db_identity()
if identity is None:
    st.info(f"No database at {data.db_path()}. Build one with `tradeboard build`.")
    st.stop()

facts = data.load_facts(identity)
names = data.load_region_names(identity)
if facts.empty:
    st.info("The database holds no trade figures yet. Add articles and run `tradeboard build`.")
    st.stop()


def pair_label(pair: str) -> str:
    a, b = pair.split("~")
    return f"{names.get(a, a)} ↔ {names.get(b, b)}"


pairs = sorted(facts["pair"].unique(), key=pair_label)
wanted = st.query_params.get("pair")
index = pairs.index(wanted) if wanted in pairs else 0
pair = st.selectbox("Region pair", pairs, index=index, format_func=pair_label, key="pair")
st.query_params["pair"] = pair

shown = facts[facts["pair"] == pair]
st.plotly_chart(charts.pair_timeline(shown, pair_label(pair)), key="pair_chart")

columns = ["metric", "a", "b", "value", "currency", "bound", "period_start", "period_end",
           "change_pct", "status", "quote", "title", "published", "url"]
st.dataframe(shown[columns], hide_index=True)
st.download_button("Download CSV", csv_bytes(shown[columns]), file_name=f"tradeboard_{pair}.csv",
                   mime="text/csv", key="download_csv")
