"""What `tradeboard serve` runs: the dashboard (dashboard/app.py) as a Streamlit `st.App`, with two
start-up aids that change nothing a page shows.

- Warm-up: while the browser is still loading Streamlit's own JavaScript, a background thread
  imports what the first script run needs (pandas, DuckDB, Plotly's figure validators, our
  modules) and fills the caches of the default view (`data.warm_default_view`), so the first
  visitor's run pays for neither.
- Plotly preload: Streamlit fetches and runs its 4.7 MB Plotly chunk only once the first chart
  reaches the browser. The Overview (the page a visit opens on), Pair and Matrix draw Plotly
  charts, so the HTML page asks the browser to fetch and compile that chunk at once
  (`<link rel="modulepreload">`) and to run it when the browser is next idle — while the server
  runs the first script.

- Default page by name: Streamlit serves the default page (the Overview) at "/" only and answers
  its own name, "/overview", with "Page not found". The other pages are at "/pair", "/matrix", …,
  so a hand-typed or bookmarked "/overview?lang=en" is redirected to "/?lang=en".

The first two are best effort: if a later Streamlit renames its chunk, the page is served unchanged (and
tests/dashboard/test_server.py fails, so we notice).
"""

from __future__ import annotations

import logging
import sys
import threading
from contextlib import asynccontextmanager, contextmanager
from functools import cache
from pathlib import Path

import streamlit as st
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware import Middleware
from starlette.responses import RedirectResponse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from dashboard import DEFAULT_PAGE  # noqa: E402

STATIC_JS = Path(st.__file__).resolve().parent / "static" / "static" / "js"


@cache
def preload_links() -> bytes:
    """The tags that get Streamlit's Plotly chunk ready early, or b"" when there is no such chunk:
    a modulepreload (fetch and compile at once) and an import when the browser is next idle (run
    the module while the page waits for the server, not after the first chart has arrived)."""
    chunks = sorted(STATIC_JS.glob("PlotlyChart.*.js"))
    if len(chunks) != 1:
        return b""
    url = b"./static/js/" + chunks[0].name.encode()
    return (b'<link rel="modulepreload" crossorigin href="%s">' % url
            + b'<script type="module">(window.requestIdleCallback || setTimeout)('
              b'() => import("%s").catch(() => {}), {timeout: 4000})</script>' % url)


class PreloadPlotly:
    """ASGI middleware: adds `preload_links()` to the app's HTML page, before `</head>`.

    Page navigations (requests that accept text/html) are asked for uncompressed: Streamlit gzips
    the page it serves for paths such as /pair. Only whole HTML pages (status 200, not compressed)
    are changed; their validators (ETag, Last-Modified) are dropped, so a browser never pairs the
    changed page with the unchanged one's ETag. Everything else passes through untouched.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET" or not preload_links():
            return await self.app(scope, receive, send)
        request_headers = Headers(scope=scope)
        if "text/html" in request_headers.get("accept", ""):
            # A page navigation: ask for the (8 kB) page uncompressed, so there is HTML to change.
            scope = dict(scope, headers=[(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"])
        held: dict = {}
        body: list[bytes] = []

        async def send_changed(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(raw=message["headers"])
                if (message["status"] == 200 and headers.get("content-type", "").startswith("text/html")
                        and "content-encoding" not in headers):
                    held["start"] = message
                    return None
                return await send(message)
            if "start" not in held or message["type"] != "http.response.body":
                return await send(message)
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return None
            page = b"".join(body)
            if b"</head>" in page:
                page = page.replace(b"</head>", preload_links() + b"</head>", 1)
            headers = MutableHeaders(raw=held["start"]["headers"])
            headers["content-length"] = str(len(page))
            for name in ("etag", "last-modified"):
                if name in headers:
                    del headers[name]
            await send(held["start"])
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, send_changed)


class DefaultPageByName:
    """ASGI middleware: GET or HEAD "/<DEFAULT_PAGE>" (with or without a trailing slash) is
    redirected (307) to "/" with the same query string; everything else passes through."""

    def __init__(self, app):
        self.app = app
        self.paths = {f"/{DEFAULT_PAGE}", f"/{DEFAULT_PAGE}/"}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD") and scope["path"] in self.paths:
            query = scope.get("query_string", b"").decode("latin-1")
            target = scope.get("root_path", "") + "/" + (f"?{query}" if query else "")
            return await RedirectResponse(target, status_code=307)(scope, receive, send)
        return await self.app(scope, receive, send)


def warm_up() -> None:
    """Import and exercise what the first script run needs, and fill the caches the default view
    reads; errors are left to that run to show."""
    try:
        import plotly.graph_objects as go
        import plotly.io

        from dashboard import charts, data, filters, sidebar  # noqa: F401

        fig = go.Figure([go.Scattergeo(lon=[27.6, 37.6], lat=[53.9, 55.8], mode="lines"), go.Bar(x=[1], y=["a"]),
                         go.Scatter(x=[1, 2], y=[1, 2]), go.Heatmap(z=[[1]])])
        plotly.io.to_json(fig)
        identity = data.db_identity()
        if identity is not None:
            with quiet("streamlit.runtime.scriptrunner_utils.script_run_context"):
                data.warm_default_view(identity)
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first run
        pass


@contextmanager
def quiet(logger: str):
    """Silence one logger: st.cache_data called outside a script run warns that it is."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


@asynccontextmanager
async def lifespan(_app):
    threading.Thread(target=warm_up, name="tradeboard-warm-up", daemon=True).start()
    yield


app = st.App(ROOT / "dashboard" / "app.py", lifespan=lifespan,
             middleware=[Middleware(DefaultPageByName), Middleware(PreloadPlotly)])
