"""Issue 10, point 8 (every view's state in the URL): what the Matrix's cells show (`view`) and
whether Sources and Download list trade figures or events (`kind`), read from a link and written
back, a bad value named in a notice."""

from __future__ import annotations

import pytest


def qp(at, name):
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) else value


def test_the_matrix_view_comes_from_the_url_and_goes_back(app_factory, hdb):
    at = app_factory("matrix", db=hdb, lang="en", year="2024", view="export").run()
    assert not at.exception
    assert at.selectbox(key="matrix_metric").value == "export"
    at.selectbox(key="matrix_metric").set_value("import").run()
    assert qp(at, "view") == "import"
    at.selectbox(key="matrix_metric").set_value("turnover").run()
    assert qp(at, "view") is None  # the default is left out of the link


def test_a_bad_matrix_view_is_named(app_factory, hdb):
    at = app_factory("matrix", db=hdb, lang="en", year="2024", view="volume").run()
    assert not at.exception and at.selectbox(key="matrix_metric").value == "turnover"
    assert any("view='volume'" in w.value and "contacts" in w.value for w in at.warning)


@pytest.mark.parametrize("page,key", [("sources", "sources_kind"), ("download", "download_kind")])
def test_the_kind_of_records_comes_from_the_url(app_factory, hdb, page, key):
    at = app_factory(page, db=hdb, lang="en", kind="events").run()
    assert not at.exception and not at.warning
    assert at.session_state[key] == "events"
    assert qp(at, "kind") == "events"
    plain = app_factory(page, db=hdb, lang="en").run()
    assert plain.session_state[key] == "facts" and qp(plain, "kind") is None
