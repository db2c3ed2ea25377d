"""A polite HTTP client: robots.txt, one request at a time per host with a delay, retries, limits.

Built on `requests` (already installed with Streamlit): a session keeps connections to a host
alive, caps redirects (`max_redirects`, a loop ends as TooManyRedirects) and streams a body so a
page over the size cap is abandoned after the cap, not downloaded. The rules:
- robots.txt by `urllib.robotparser`, fetched once per host per run with this client; a 401/403
  disallows the host, another 4xx (no robots.txt) allows it, an unreachable one disallows it for
  this run (we cannot know what is allowed); its Crawl-delay lengthens our delay, never shortens it;
- requests are sequential, and two requests to one host are `delay_seconds` apart;
- timeouts, connection errors and 5xx are retried `retries` times, the wait doubling from
  `backoff_seconds`; a 4xx is final;
- conditional GET: the caller passes the ETag / Last-Modified it stored; 304 means unchanged.
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from etl.fetch.sites import Settings


class FetchError(Exception):
    """A request that failed for good; the message says why (status, timeout, size, redirects)."""

    def __init__(self, message: str, status: int | None = None, retry: bool = False):
        super().__init__(message)
        self.status, self.retry = status, retry


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200 or 304
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class PoliteClient:
    def __init__(self, settings: Settings, sleep=time.sleep, clock=time.monotonic):
        self.settings, self.sleep, self.clock = settings, sleep, clock
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        self.session.max_redirects = settings.max_redirects
        self.last_request: dict[str, float] = {}
        self.robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self.requests = 0

    def close(self) -> None:
        self.session.close()

    def allowed(self, url: str) -> tuple[bool, str]:
        """(allowed, reason) for `url` under its host's robots.txt."""
        host = host_of(url)
        if host not in self.robots:
            self.robots[host] = self._load_robots(host)
        rp = self.robots[host]
        if isinstance(rp, str):
            return False, rp
        if rp.can_fetch(self.settings.user_agent, url):
            return True, ""
        return False, "disallowed by robots.txt"

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | str:
        rp = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
        try:
            r = self.get(f"{host}/robots.txt")
        except FetchError as exc:
            if exc.status in (401, 403):
                rp.disallow_all = True
            elif exc.status is not None and 400 <= exc.status < 500:
                rp.allow_all = True
            else:
                return f"robots.txt unreachable ({exc}); nothing fetched from {host} this run"
            return rp
        rp.parse(r.body.decode("utf-8", errors="replace").splitlines())
        return rp

    def delay_for(self, host: str) -> float:
        rp = self.robots.get(host)
        crawl = rp.crawl_delay(self.settings.user_agent) if isinstance(rp, urllib.robotparser.RobotFileParser) else None
        return max(self.settings.delay_seconds, float(crawl or 0))

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET with retries; FetchError when it fails for good."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        wait = self.settings.backoff_seconds
        for attempt in range(self.settings.retries + 1):
            try:
                return self._once(url, headers)
            except FetchError as exc:
                if not exc.retry or attempt == self.settings.retries:
                    raise
            self.sleep(wait)
            wait *= 2
        raise AssertionError("unreachable")

    def _pace(self, host: str) -> None:
        last = self.last_request.get(host)
        if last is not None:
            gap = self.delay_for(host) - (self.clock() - last)
            if gap > 0:
                self.sleep(gap)

    def _once(self, url: str, headers: dict) -> Response:
        host = host_of(url)
        self._pace(host)
        self.requests += 1
        try:
            with self.session.get(url, headers=headers, stream=True,
                                  timeout=self.settings.timeout_seconds) as r:
                if r.status_code == 304:
                    return Response(r.url, 304, b"", r.headers.get("ETag"), r.headers.get("Last-Modified"),
                                    r.headers.get("Content-Type", ""))
                if r.status_code >= 400:
                    raise FetchError(f"HTTP {r.status_code} {r.reason or ''}".strip(), r.status_code,
                                     retry=r.status_code >= 500)
                body = self._read_capped(r)
                return Response(r.url, r.status_code, body, r.headers.get("ETag"), r.headers.get("Last-Modified"),
                                r.headers.get("Content-Type", ""))
        except requests.TooManyRedirects as exc:
            raise FetchError(f"more than {self.settings.max_redirects} redirects (a loop?)") from exc
        except requests.Timeout as exc:
            raise FetchError(f"timed out after {self.settings.timeout_seconds:g} s", retry=True) from exc
        except requests.RequestException as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", retry=True) from exc
        finally:
            self.last_request[host] = self.clock()

    def _read_capped(self, r: requests.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = r.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{int(declared) / 2**20:.1f} MB is over the {cap / 2**20:g} MB page limit")
        chunks, size = [], 0
        for chunk in r.iter_content(64 * 1024):
            size += len(chunk)
            if size > cap:
                raise FetchError(f"over the {cap / 2**20:g} MB page limit (stopped reading)")
            chunks.append(chunk)
        return b"".join(chunks)
