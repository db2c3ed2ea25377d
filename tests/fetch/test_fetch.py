"""`tradeboard fetch` against a local HTTP server (never the internet), then `build` on what it kept."""

from __future__ import annotations

import datetime as dt
import json
import socket
import time

import pytest
from werkzeug import Response

from etl.fetch.run import fetch
from etl.fetch.sites import load_sites
from tests.conftest import run_cli
from tests.fetch.conftest import page, rss, sitemap, write_config
from tests.warehouse.conftest import query

DAY = "Mon, 12 Feb 2024 10:00:00 GMT"


def _site(name: str, feeds=(), sitemaps=(), extra: str = "") -> str:
    return (f'[[site]]\nname = "{name}"\nfeeds = {json.dumps(list(feeds))}\nsitemaps = {json.dumps(list(sitemaps))}\n'
            f'source = "Тестовые новости"\n{extra}\n')


def _run(tmp_path, cfg_sites: str, **kw):
    settings, sites = load_sites(write_config(tmp_path / "feeds.toml", cfg_sites, **kw.pop("settings", {})))
    lines: list[str] = []
    report = fetch(settings, sites, tmp_path / "raw", log=lines.append, **kw)
    return report, lines


def _etag_page(html: str, etag: str):
    """A page that answers 304 to a request carrying its ETag."""
    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(html, content_type="text/html; charset=utf-8", headers={"ETag": etag})
    return handler


def test_fetch_then_build_then_nothing_new(httpserver, tmp_path):
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/rss").respond_with_data(
        rss(base, [("/news/1", "Минск и Москва", DAY), ("/news/2", "Гродно", DAY)]), content_type="application/rss+xml")
    httpserver.expect_request("/sitemap.xml").respond_with_data(
        sitemap(base, [("/news/2", "2024-02-12"), ("/news/3", "2024-02-13")]), content_type="application/xml")
    for i in (1, 2, 3):
        httpserver.expect_request(f"/news/{i}").respond_with_handler(_etag_page(page(f"Новость {i}"), f'"v{i}"'))
    cfg = write_config(tmp_path / "feeds.toml", _site("local", [f"{base}/rss"], [f"{base}/sitemap.xml"]))
    raw, db = tmp_path / "raw", tmp_path / "t.duckdb"

    proc = run_cli("fetch", "--config", str(cfg), "--out", str(raw))
    assert proc.returncode == 0, proc.stderr
    assert "sites 1, feeds 2 (0 failed); pages new 3, updated 0, unchanged 0, skipped 0, failed 0" in proc.stderr
    side = json.loads(next((raw / "local").glob("*.json")).read_text(encoding="utf-8"))
    assert {"url", "published", "title", "source", "fetched_at", "etag"} <= side.keys()
    metas = sorted((json.loads(p.read_text(encoding="utf-8")) for p in (raw / "local").glob("*.json")),
                   key=lambda m: m["url"])
    assert [(m["url"].rsplit("/", 1)[1], m["published"], m["title"]) for m in metas] == [
        ("1", "2024-02-12", "Минск и Москва"), ("2", "2024-02-12", "Гродно"), ("3", None, None)]

    build = run_cli("build", "--source", str(raw), "--db", str(db), "--jobs", "1")
    assert build.returncode == 0, build.stderr
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(3, 3)]
    assert query(db, "SELECT DISTINCT source FROM articles") == [("Тестовые новости",)]
    # a sitemap's lastmod is not a publication date: the page's own metadata dates /news/3
    assert query(db, "SELECT published, notes FROM articles WHERE url LIKE '%/news/3'") == [
        (dt.date(2024, 2, 10), "date from the page's metadata")]
    assert query(db, "SELECT count(*) FROM facts WHERE value = 5e9 AND currency = 'USD'") == [(3,)]

    again = run_cli("fetch", "--config", str(cfg), "--out", str(raw))
    assert again.returncode == 0, again.stderr
    assert "pages new 0, updated 0, unchanged 3" in again.stderr
    conditional = [r for r, _ in httpserver.log if r.path.startswith("/news/") and r.headers.get("If-None-Match")]
    assert len(conditional) == 3
    rebuild = run_cli("build", "--source", str(raw), "--db", str(db), "--jobs", "1")
    assert "files read 3, skipped 3" in rebuild.stderr
    log = (raw / "fetch_log.csv").read_text(encoding="utf-8").splitlines()
    assert log[0] == "time,site,kind,url,outcome,http_status,reason" and sum(",unchanged,304," in r for r in log) == 3


def test_robots_disallow_500_then_200_404_non_html_and_cp1251(httpserver, tmp_path):
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    paths = ["/private/a", "/flaky", "/gone", "/report.pdf", "/cp1251"]
    httpserver.expect_request("/rss").respond_with_data(rss(base, [(p, p, DAY) for p in paths]))
    httpserver.expect_oneshot_request("/flaky").respond_with_data("busy", status=500)
    httpserver.expect_request("/flaky").respond_with_data(page("Вторая попытка"), content_type="text/html")
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    httpserver.expect_request("/report.pdf").respond_with_data(b"%PDF-1.4 ...", content_type="application/pdf")
    httpserver.expect_request("/cp1251").respond_with_data(
        page("Гомель и Брянск").encode("cp1251").replace(b"utf-8", b"windows-1251"),
        content_type="text/html; charset=windows-1251")
    report, lines = _run(tmp_path, _site("local", [f"{base}/rss"]))

    assert (report.new, report.skipped, report.failed) == (2, 2, 1), lines
    requested = [r.path for r, _ in httpserver.log]
    assert "/private/a" not in requested                                 # robots.txt honoured
    assert requested.count("/flaky") == 2 and requested.count("/gone") == 1  # 5xx retried, 4xx not
    assert any("/gone: HTTP 404" in line for line in lines)
    assert len(list((tmp_path / "raw" / "local").glob("*.html"))) == 2  # the PDF is not kept
    log = (tmp_path / "raw" / "fetch_log.csv").read_text(encoding="utf-8")
    assert "disallowed by robots.txt" in log and "not HTML (application/pdf)" in log

    db = tmp_path / "t.duckdb"
    assert run_cli("build", "--source", str(tmp_path / "raw"), "--db", str(db), "--jobs", "1").returncode == 0
    rows = dict(query(db, "SELECT title, encoding FROM articles"))
    assert rows == {"/flaky": "utf-8", "/cp1251": "cp1251"}
    assert query(db, "SELECT count(*) FROM articles WHERE body LIKE '%Товарооборот между Минском%'") == [(2,)]


def test_timeout_redirect_loop_and_30_mb_pages_fail_and_the_rest_loads(httpserver, tmp_path):
    base = httpserver.url_for("")[:-1]
    paths = ["/loop", "/huge", "/huge-stream", "/fine", "/slow"]  # slow last: the test server is one thread
    httpserver.expect_request("/rss").respond_with_data(rss(base, [(p, p, DAY) for p in paths]))
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)  # no robots.txt: all allowed

    def slow(_request):
        time.sleep(0.8)
        return Response(page("Поздно"), content_type="text/html")
    httpserver.expect_request("/slow").respond_with_handler(slow)
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": f"{base}/loop"})
    big = b"<html><body>" + b"x" * (30 * 2**20) + b"</body></html>"
    httpserver.expect_request("/huge").respond_with_data(big, content_type="text/html")
    httpserver.expect_request("/huge-stream").respond_with_response(
        Response((b"y" * 2**20 for _ in range(30)), content_type="text/html"))  # chunked: no Content-Length
    httpserver.expect_request("/fine").respond_with_data(page("Успех"), content_type="text/html")
    report, lines = _run(tmp_path, _site("local", [f"{base}/rss"]), settings={"timeout_seconds": 0.3})

    assert (report.new, report.failed) == (1, 4), lines
    text = "\n".join(lines)
    assert "/slow: timed out after 0.3 s" in text, text
    assert "/loop: more than 5 redirects" in text, text
    assert "/huge: 30.0 MB is over the 10 MB page limit" in text
    assert "/huge-stream: over the 10 MB page limit (stopped reading)" in text
    # robots.txt, the feed, one request for each of the four pages, and /slow twice more (its retries;
    # the one-thread test server answers them after the test, so its own log cannot count them)
    assert report.requests == 2 + 4 + 3


def test_malformed_feed_and_dead_site_do_not_stop_the_others(httpserver, tmp_path):
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/bad-rss").respond_with_data("<rss><channel><item><title>обрыв", content_type="text/xml")
    httpserver.expect_request("/bad-sitemap").respond_with_data("<urlset><url><loc>", content_type="text/xml")
    httpserver.expect_request("/sitemap.xml").respond_with_data(sitemap(base, [("/ok", "2024-02-13")]))
    httpserver.expect_request("/ok").respond_with_data(page("Работает"), content_type="text/html")
    with socket.socket() as s:  # a port nobody listens on: a dead site
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    sites = (_site("dead", [f"{dead}/rss"]) +
             _site("alive", [f"{base}/bad-rss"], [f"{base}/bad-sitemap", f"{base}/sitemap.xml"]))
    cfg = write_config(tmp_path / "feeds.toml", sites)
    proc = run_cli("fetch", "--config", str(cfg), "--out", str(tmp_path / "raw"))
    assert proc.returncode == 1
    assert "sites 2, feeds 4 (3 failed); pages new 1," in proc.stderr
    assert f"failed: dead: feed {dead}/rss: robots.txt unreachable" in proc.stderr
    assert f"failed: alive: feed {base}/bad-rss: not a readable RSS/Atom feed" in proc.stderr
    assert f"failed: alive: sitemap {base}/bad-sitemap: not a readable XML sitemap" in proc.stderr


def test_since_site_and_dry_run(httpserver, tmp_path):
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/robots.txt").respond_with_data("")
    httpserver.expect_request("/rss").respond_with_data(rss(base, [
        ("/old", "Старая", "Mon, 02 Jan 2023 10:00:00 GMT"), ("/new", "Новая", DAY)]))
    httpserver.expect_request("/new").respond_with_data(page("Новая"), content_type="text/html")
    cfg = write_config(tmp_path / "feeds.toml", _site("one", [f"{base}/rss"]) + _site("two", [f"{base}/other"]))
    raw = tmp_path / "raw"

    dry = run_cli("fetch", "--config", str(cfg), "--out", str(raw), "--site", "one", "--since", "2024-01-01",
                  "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"would fetch: one: {base}/new" in dry.stderr and "/old" not in dry.stderr
    assert "dry run: sites 1, feeds 1 (0 failed); pages new 1," in dry.stderr
    assert not raw.exists() and "/new" not in [r.path for r, _ in httpserver.log]

    real = run_cli("fetch", "--config", str(cfg), "--out", str(raw), "--site", "one", "--since", "2024-01-01")
    assert real.returncode == 0 and len(list((raw / "one").glob("*.html"))) == 1
    assert "/other" not in [r.path for r, _ in httpserver.log]


@pytest.mark.parametrize(("args", "message"), [
    (["--site", "nope"], "--site nope: not in"),
    (["--since", "вчера"], "--since 'вчера': expected a date"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    cfg = write_config(tmp_path / "feeds.toml", _site("one", ["http://127.0.0.1:9/rss"]))
    proc = run_cli("fetch", "--config", str(cfg), "--out", str(tmp_path / "raw"), *args)
    assert proc.returncode == 2 and message in proc.stderr


def test_bad_config_names_the_file_and_the_fix(tmp_path):
    cfg = tmp_path / "feeds.toml"
    cfg.write_text('[[site]]\nname = "Bad Name"\nfeeds = ["http://x/rss"]\n', encoding="utf-8")
    proc = run_cli("fetch", "--config", str(cfg))
    assert proc.returncode == 2 and "[[site]] #1: 'name' must be lower-case" in proc.stderr


def test_shipped_feeds_toml_is_valid():
    from etl.reference import data_dir

    settings, sites = load_sites(data_dir() / "feeds.toml")
    assert len(sites) >= 4 and all(s.feeds or s.sitemaps for s in sites)
    assert "Tradeboard" in settings.user_agent and settings.delay_seconds >= 1
