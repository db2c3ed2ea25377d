"""dashboard/server.py, what `tradeboard serve` runs: the Plotly preload in the HTML page and the
warm-up of the default view's caches."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import urllib.error
import urllib.request

import duckdb
import pytest
import streamlit as st
from starlette.applications import Starlette
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from dashboard import data, server
from etl.filters import FilterState
from tests.dashboard.test_browser import serving

BROWSER_HEADERS = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Encoding": "gzip, deflate, br"}
PAGE = "<!DOCTYPE html><html><head><title>Тест</title></head><body>тело</body></html>"


def test_streamlit_still_ships_one_plotly_chunk():
    """The preload names Streamlit's Plotly chunk; a Streamlit that renames it fails here."""
    link = server.preload_links()
    assert link.startswith(b'<link rel="modulepreload" crossorigin href="./static/js/PlotlyChart.')
    name = link.split(b"/static/js/")[1].split(b'"')[0].decode()
    assert (server.STATIC_JS / name).is_file()
    assert b'import("./static/js/%s")' % name.encode() in link


class Reply:
    def __init__(self, messages: list[dict]):
        start = messages[0]
        self.status_code = start["status"]
        self.headers = {k.decode(): v.decode() for k, v in start["headers"]}
        self.content = b"".join(m.get("body", b"") for m in messages[1:])
        self.text = self.content.decode(errors="replace")


class client:  # noqa: N801 - reads like the test clients it stands in for
    """Requests through the middleware over a small Starlette app, driven as plain ASGI."""

    def __init__(self, responses: dict[str, Response], middleware=None):
        routes = [Route(path, (lambda r, resp=resp: resp), methods=["GET", "HEAD", "POST"])
                  for path in responses for resp in [responses[path]]]
        self.app = (middleware or server.PreloadPlotly)(Starlette(routes=routes))

    def get(self, path: str, query: bytes = b"", method: str = "GET") -> Reply:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query,
                 "root_path": "", "headers": [(b"host", b"test")], "client": ("127.0.0.1", 1),
                 "server": ("test", 80)}
        sent: list[dict] = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            sent.append(message)

        asyncio.run(self.app(scope, receive, send))
        return Reply(sent)


def test_html_page_gets_the_preload_before_head_end_with_a_true_length():
    c = client({"/": HTMLResponse(PAGE, headers={"etag": '"abc"', "last-modified": "Sun, 29 Nov 2026 07:51:56 GMT"})})
    r = c.get("/")
    assert r.status_code == 200
    assert r.text == PAGE.replace("</head>", server.preload_links().decode() + "</head>")
    assert int(r.headers["content-length"]) == len(r.content)
    # The changed page must not carry the unchanged page's validators.
    assert "etag" not in r.headers and "last-modified" not in r.headers


def test_other_responses_pass_untouched():
    packed = gzip.compress(PAGE.encode())
    c = client({"/text": PlainTextResponse("</head>"),
                "/gz": Response(packed, media_type="text/html", headers={"content-encoding": "gzip"}),
                "/gone": HTMLResponse(PAGE, status_code=404),
                "/nohead": HTMLResponse("<p>без головы</p>")})
    assert c.get("/text").text == "</head>"
    r = c.get("/gz")
    assert r.headers["content-encoding"] == "gzip"
    assert gzip.decompress(r.content) == PAGE.encode()  # the compressed bytes were not touched
    assert c.get("/gone").text == PAGE
    assert c.get("/nohead").text == "<p>без головы</p>"


def test_no_plotly_chunk_means_the_page_is_served_unchanged(tmp_path, monkeypatch):
    monkeypatch.setattr(server, "STATIC_JS", tmp_path)
    server.preload_links.cache_clear()
    try:
        assert server.preload_links() == b""
        assert client({"/": HTMLResponse(PAGE)}).get("/").text == PAGE
    finally:
        server.preload_links.cache_clear()


def test_default_page_by_its_name_is_redirected_to_the_root_with_its_query():
    """Streamlit serves the default page (Overview) at "/" only: "/overview" is sent there, query kept."""
    assert server.DEFAULT_PAGE == "overview"
    c = client({"/": HTMLResponse(PAGE), "/overview": HTMLResponse("streamlit's own answer"),
                "/overview/": HTMLResponse("streamlit's own answer"), "/pair": HTMLResponse("pair")},
               middleware=server.DefaultPageByName)
    r = c.get("/overview", query=b"lang=en&pairs=BY-HM~RU-MOW")
    assert r.status_code == 307 and r.headers["location"] == "/?lang=en&pairs=BY-HM~RU-MOW"
    for path, method in (("/overview/", "GET"), ("/overview", "HEAD")):
        r = c.get(path, method=method)
        assert (r.status_code, r.headers["location"]) == (307, "/"), (path, method)
    # Other pages, other methods and the root pass through untouched.
    assert c.get("/pair").text == "pair" and c.get("/").text == PAGE
    assert c.get("/overview", method="POST").text == "streamlit's own answer"


def test_warm_up_fills_the_default_views_caches(tiny_db, tmp_path):
    """After the warm-up, the default Overview's figures come from the cache: they are returned
    even once the database file has gone (a cache miss would have to open it)."""
    db = tmp_path / "warm.duckdb"
    shutil.copy(tiny_db, db)
    identity = data.db_identity(db)
    st.cache_data.clear()
    data.warm_default_view(identity)
    db.rename(tmp_path / "moved.duckdb")
    where, params = data.selection(FilterState())
    periods = data.overview_figures(identity, where, params, 1, data.DEFAULT_METRIC)
    assert set(periods) == {"year", "half"}
    assert data.load_catalog(identity)["n_facts"] > 0
    with pytest.raises(duckdb.IOException):  # a query the warm-up did not make really misses
        data.load_series(identity, where, params, 1)


def test_served_pages_carry_the_preload(sample_db, tmp_path):
    """`tradeboard serve` as a real process: every app URL's HTML asks for the Plotly chunk, the
    chunk it names is served, and the app answers as before."""
    with serving(sample_db, tmp_path) as base:
        link = server.preload_links().decode()
        for path in ("/", "/overview?lang=en", "/pair?pair=BY-HM~RU-MOW", "/sources"):
            req = urllib.request.Request(f"{base}{path}", headers=BROWSER_HEADERS)
            with urllib.request.urlopen(req, timeout=10) as r:
                body = r.read()
                if r.headers.get("content-encoding") == "gzip":
                    body = gzip.decompress(body)
            assert link in body.decode(), path
        # The default page by its name: a real redirect (not Streamlit's "Page not found").
        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.build_opener(NoRedirect).open(f"{base}/overview?lang=en", timeout=10)
        assert answer.value.code == 307 and answer.value.headers["location"] == "/?lang=en"
        chunk = link.split('href="./')[1].split('"')[0]
        with urllib.request.urlopen(f"{base}/{chunk}", timeout=10) as r:
            assert r.status == 200 and len(r.read()) > 1_000_000
    assert "Traceback" not in (tmp_path / "serve.log").read_text(encoding="utf-8")
