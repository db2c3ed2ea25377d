"""The cooperation-events views (issue 11) on a real DuckDB file with events: the Pair page's marker
rows, counts and list, the Matrix's "contacts", the Overview's latest events and most-contacted
pairs, Sources and Download in both languages."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from dashboard import data, events_data
from etl.filters import FilterState
from etl.model import Event
from etl.warehouse.store import event_rows
from tests.dashboard.conftest import chart_traces, make_db

D = dt.date
# article, type, a, b, start, end, status, quote
EVENTS = [
    ("A1", "visit", "RU-MOW", "BY-HM", D(2025, 8, 13), D(2025, 8, 13), "held",
     "Председатель Мингорисполкома 13 августа провел встречу с делегацией Правительства Москвы."),
    ("A1", "forum", "BY-HM", "RU-MOW", D(2025, 9, 18), D(2025, 9, 21), "planned",
     "Дни Минска в Москве пройдут 18–21 сентября."),
    ("A2", "agreement", "BY-HM", "RU-MOW", None, None, "held", "Стороны подписали план мероприятий."),
    ("A5", "meeting", "BY-HR", "RU-SPE", D(2025, 1, 14), D(2025, 1, 14), "held",
     "=Гродненский губернатор встретился с вице-губернатором Петербурга."),
    ("A5", "meeting", "KZ", "RU-ORE", D(2025, 10, 2), D(2025, 10, 2), "held",
     "Аким Западно-Казахстанской области провел переговоры с губернатором Оренбургской области."),
]


@pytest.fixture(scope="module")
def events_db(tmp_path_factory):
    path = make_db(tmp_path_factory.mktemp("eventsdb") / "events.duckdb")
    rows = []
    for k, (aid, kind, a, b, start, end, status, quote) in enumerate(EVENTS):
        e = Event(kind, a, b, start, end, status, quote, 0, len(quote), "", 0.8)
        rows += [dict(r, event_id=f"{aid}-e{k:03d}") for r in event_rows(aid, [e])]
    with duckdb.connect(str(path)) as con:
        cols = [c[0] for c in con.execute("DESCRIBE events").fetchall()]
        con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(cols))})",
                        [[r.get(c) for c in cols] for r in rows])
    return path


def _texts(at):
    return [m.value for m in at.markdown] + [m.value for m in at.subheader] + [m.value for m in at.caption]


def test_pair_page_marker_rows_share_the_value_axis_and_planned_is_hollow(app_factory, events_db):
    at = app_factory("pair", db=events_db, pair="BY-HM~RU-MOW").run()
    assert not at.exception
    charts = at.get("plotly_chart")
    specs = [json.loads(c.proto.spec) for c in charts]
    values = next(s for s in specs if "xaxis" in s["layout"] and "Контакты" not in str(s["layout"].get("title")))
    rows_i = next(i for i, s in enumerate(specs) if "Контакты" in str(s["layout"].get("title")))
    assert specs[rows_i]["layout"]["xaxis"]["range"] == values["layout"]["xaxis"]["range"]
    traces = chart_traces(at, rows_i)
    by_name = {t["name"]: t for t in traces}
    assert by_name["форумы · запланировано"]["marker"]["symbol"].endswith("-open")
    assert not by_name["визиты · состоялось"]["marker"]["symbol"].endswith("-open")
    hover = by_name["визиты · состоялось"]["hovertext"][0]
    assert "13.08.2025" in hover and "визит" in hover and "делегацией Правительства Москвы" in hover
    counts = at.dataframe[-2].value
    assert set(counts.iloc[:, -1]) == {"визиты 1 · соглашения 1 · форумы 1"}
    listing = at.dataframe[-1].value
    assert len(listing) == 3 and listing.iloc[:, -1].notna().all()


def test_pair_page_in_english_names_the_types(app_factory, events_db):
    at = app_factory("pair", db=events_db, pair="BY-HM~RU-MOW", lang="en").run()
    assert not at.exception
    assert "Cooperation events: visits, meetings, agreements, forums, commissions" in _texts(at)
    counts = at.dataframe[-2].value
    assert set(counts.iloc[:, -1]) == {"visits 1 · agreements 1 · forums 1"}


def test_pair_without_events_says_so(app_factory, events_db):
    at = app_factory("pair", db=events_db, pair="BY-BR~RU-KDA", lang="en").run()
    assert not at.exception
    assert any("No cooperation events of this pair" in m.value for m in at.info)


def test_matrix_offers_contacts_and_counts_them(app_factory, events_db):
    at = app_factory("matrix", db=events_db).run()
    at.selectbox(key="matrix_year").set_value(2025)
    at.selectbox(key="matrix_metric").set_value("contacts").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Контакты за 2025" in spec["layout"]["title"]["text"]
    z = spec["data"][0]
    assert "BY-HM" in z["y"] and "RU-MOW" in z["x"]


def test_overview_lists_latest_events_and_most_contacted_pairs(app_factory, events_db):
    at = app_factory("overview", db=events_db, lang="en").run()
    assert not at.exception
    heads = [s.value for s in at.subheader]
    assert "Latest cooperation events" in heads and any(h.startswith("Most contacts in") for h in heads)
    top = at.dataframe[-1].value
    assert top.iloc[0, 0] == "Minsk (city) ↔ Moscow" and top.iloc[0, 1] == 3


def test_overview_events_follow_the_scope(app_factory, events_db):
    """An official looking at Belarus ↔ Russia sees no Kazakh–Russian talks; "every pair" shows them."""
    at = app_factory("overview", db=events_db, lang="en").run()
    assert not at.exception
    pairs = [set(df.value.iloc[:, 3]) if len(df.value.columns) > 3 else set(df.value.iloc[:, 0])
             for df in at.dataframe]
    assert not any("Kazakhstan ↔ Orenburg Oblast" in p for p in pairs)
    at = app_factory("overview", db=events_db, lang="en", scope="all").run()
    assert not at.exception
    latest = at.dataframe[-2].value
    assert "Kazakhstan ↔ Orenburg Oblast" in set(latest["Pair"])


def test_sources_switches_to_events(app_factory, events_db):
    at = app_factory("sources", db=events_db).run()
    at.segmented_control(key="sources_kind").set_value("events").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 5
    at.text_input(key="sources_q").set_value("Дни Минска").run()
    assert len(at.dataframe[0].value) == 1
    at.text_input(key="sources_q").set_value("Дни Гомеля").run()  # no hit: the search is named
    assert [i.value for i in at.info] == ["Ни одна цитата не содержит «Дни Гомеля» (все данные). Измените "
                                          "или очистите поиск."]


def test_an_events_search_opens_from_its_link_and_keeps_it(app_factory, events_db):
    """The URL's q searches the events' quotes as it searches the facts', and a run writes it back."""
    at = app_factory("sources", db=events_db, kind="events", q="Дни Минска").run()
    assert not at.exception
    assert at.text_input(key="sources_q").value == "Дни Минска"
    assert len(at.dataframe[0].value) == 1
    assert at.query_params.get("q") in ("Дни Минска", ["Дни Минска"])
    at.segmented_control(key="sources_kind").set_value("facts").run()   # the same search over the figures
    assert not at.exception and at.text_input(key="sources_q").value == "Дни Минска"


def test_download_events_bytes_match_the_export(app_factory, events_db):
    at = app_factory("download", db=events_db, region="BY-HM").run()
    at.segmented_control(key="download_kind").set_value("events").run()
    assert not at.exception
    assert [b.label for b in at.get("download_button")] == ["Скачать CSV", "Скачать Excel", "Скачать Parquet"]
    state = at.session_state["_context"].state
    raw = events_data.events_export_bytes(data.db_identity(events_db), state, "csv")
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 4
    assert b"'=" not in raw   # the formula-like quote belongs to Grodno, filtered out by the region


def test_event_filters_ignore_fact_only_filters():
    s = events_data.event_state(FilterState(metrics=("export",), statuses=("target",), min_sources=3))
    assert (s.metrics, s.statuses, s.min_sources) == ((), (), 1)


def test_region_focus_counts_each_partner_and_empty_dates_stay_calm(app_factory, events_db):
    at = app_factory("pair", db=events_db, region="BY-HM", lang="en").run()
    assert not at.exception
    counts = at.dataframe[-2].value
    assert set(counts.iloc[:, 0]) == {"Minsk (city) ↔ Moscow"}
    for page in ("overview", "matrix", "sources", "download"):
        at = app_factory(page, db=events_db, **{"from": "2030"}).run()
        assert not at.exception
