"""Issue 10, points 2, 4 and 8 on the Matrix: a partner's import from Belarus is Belarus's export,
cells carry bounds and mark derived levels, names instead of codes, the year in the URL."""

from __future__ import annotations

import json


def heatmap(at) -> dict:
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    hm = spec["data"][0]
    cells = {}
    for r, row in enumerate(hm["y"]):
        for c, col in enumerate(hm["x"]):
            if hm["text"][r][c]:
                cells[(row, col)] = (hm["text"][r][c], hm["hovertext"][r][c])
    return cells


def test_partner_import_is_belarus_export(app_factory, hdb):
    at = app_factory("matrix", db=hdb, lang="en", year="2024")
    at.run()
    at.selectbox(key="matrix_metric").set_value("export").run()
    assert not at.exception
    cells = heatmap(at)
    text, hover = cells[("BY", "RU-TA")]
    assert text == "> 400"  # USD million, as the title says
    assert "Belarus → Republic of Tatarstan" in hover and "as reported import of Republic of Tatarstan" in hover
    assert "RU-TA" not in hover
    at.selectbox(key="matrix_metric").set_value("import").run()
    assert not at.get("plotly_chart")  # Belarus imported nothing reported in 2024: not Tatarstan's import
    assert any("No full-year USD values in 2024 for Belarus's import" in i.value for i in at.info)


def test_cells_carry_bounds_and_mark_derived_levels(app_factory, hdb):
    at = app_factory("matrix", db=hdb, lang="en", year="2024").run()
    cells = heatmap(at)
    assert cells[("BY", "RU-SMO")][0] == "> 1,200" and "> $1,200M" in cells[("BY", "RU-SMO")][1]
    assert cells[("BY", "KZ")][0] == "≈ 1,000"
    assert cells[("BY", "RU")][0] == "50,000"
    at.selectbox(key="matrix_year").set_value(2023).run()
    cells = heatmap(at)
    # 50 bn in 2024 and +8 %: 2023 computed back, rounded to two digits, marked
    assert cells[("BY", "RU")][0] == "≈ 46,000 derived"
    assert "≈ $46,000M (derived)" in cells[("BY", "RU")][1]
    assert "computed back" in cells[("BY", "RU")][1]
    assert at.query_params["year"] in ("2023", ["2023"])


def test_year_from_the_url_and_a_bad_one(app_factory, hdb):
    at = app_factory("matrix", db=hdb, lang="en", year="2023").run()
    assert at.selectbox(key="matrix_year").value == 2023
    bad = app_factory("matrix", db=hdb, lang="en", year="1990").run()
    assert not bad.exception and any("year='1990'" in w.value for w in bad.warning)


def test_cell_markers_carry_their_pair_for_a_click(app_factory, hdb):
    at = app_factory("matrix", db=hdb, lang="en", year="2024").run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    cells = next(t for t in spec["data"] if t.get("name") == "cells")
    pairs = dict(zip(zip(cells["y"], cells["x"], strict=True), cells["customdata"], strict=True))
    assert pairs[("BY", "RU-SMO")] == "BY~RU-SMO"


def test_a_derived_cell_shows_no_more_digits_than_it_has():
    """Pskov's 93.8 computed back from a rounded figure: "≈ 94 расч.", not "93.8" nor "94,0"."""
    from dashboard.matrix_view import cell_text

    row = type("Row", (), {"value_usd": 93.8e6, "bound": "eq", "is_derived": True, "unsure": False})
    assert cell_text(row, "ru") == "≈ 94 расч."
    reported = type("Row", (), {"value_usd": 93.8e6, "bound": "eq", "is_derived": False, "unsure": False})
    assert cell_text(reported, "ru") == "93,8"
