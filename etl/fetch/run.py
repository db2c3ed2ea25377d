"""`tradeboard fetch`: every site's feeds and sitemaps, then its new or changed pages, kept raw.

One dead site never stops the others: each failure (robots.txt, feed, sitemap, page) is
reported on stderr, written to `fetch_log.csv`, counted, and the run goes on; the caller exits 1
when anything failed.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from etl.fetch.client import FetchError, PoliteClient
from etl.fetch.discover import DiscoveryError, Entry, parse_feed, parse_sitemap
from etl.fetch.raw import FetchLog, read_state, same_content, write_page
from etl.fetch.sites import Settings, Site

HTML_TYPES = ("text/html", "application/xhtml+xml")
PROGRESS_EVERY = 25  # pages between two progress lines of one site


@dataclass
class FetchReport:
    sites: int = 0
    feeds: int = 0
    feeds_failed: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    requests: int = 0
    seconds: float = 0.0
    dry_run: bool = False

    @property
    def any_failed(self) -> bool:
        return bool(self.failed or self.feeds_failed)

    def summary(self) -> str:
        head = "dry run: " if self.dry_run else ""
        return (f"{head}sites {self.sites}, feeds {self.feeds} ({self.feeds_failed} failed); pages new {self.new}, "
                f"updated {self.updated}, unchanged {self.unchanged}, skipped {self.skipped}, failed {self.failed}; "
                f"{self.requests} requests, {self.seconds:.1f} s")


class Fetcher:
    def __init__(self, settings: Settings, out: Path, since: dt.date | None, dry_run: bool, log, client=None):
        self.client = client or PoliteClient(settings)
        self.out, self.since, self.dry_run, self.log = out, since, dry_run, log
        self.report = FetchReport(dry_run=dry_run)
        self.fetch_log = FetchLog(out, enabled=not dry_run)

    def _fail(self, site: Site, kind: str, url: str, reason: str, status: int | None = None) -> None:
        self.log(f"failed: {site.name}: {kind} {url}: {reason}")
        self.fetch_log.write(site.name, kind, url, "failed", status, reason)

    def _get(self, site: Site, kind: str, url: str):
        """The response, or None when robots.txt forbids it or it failed (reported)."""
        ok, why = self.client.allowed(url)
        if not ok:
            if why.startswith("robots.txt unreachable"):
                self._fail(site, kind, url, why)
                return "failed"
            self.log(f"skipped: {site.name}: {kind} {url}: {why}")
            self.fetch_log.write(site.name, kind, url, "skipped", None, why)
            return "skipped"
        try:
            return self.client.get(url)
        except FetchError as exc:
            self._fail(site, kind, url, str(exc), exc.status)
            return "failed"

    def discover(self, site: Site) -> list[Entry]:
        """Entries of every feed and sitemap of the site, first seen first, filtered."""
        found: list[Entry] = []
        for kind, urls in (("feed", site.feeds), ("sitemap", site.sitemaps)):
            queue = list(urls)
            while queue:
                url = queue.pop(0)
                self.report.feeds += 1
                r = self._get(site, kind, url)
                if isinstance(r, str):
                    self.report.feeds_failed += r == "failed"
                    continue
                try:
                    if kind == "feed":
                        found += parse_feed(r.body, url, r.content_type)
                    else:
                        entries, children = parse_sitemap(r.body, url)
                        found += entries
                        queue += [c for c in children if c not in urls]
                except DiscoveryError as exc:
                    self.report.feeds_failed += 1
                    self._fail(site, kind, url, str(exc).removeprefix(f"{url}: "))
                    continue
                self.fetch_log.write(site.name, kind, url, "read", r.status, "")
        seen, out = set(), []
        for e in found:
            if e.url in seen or not site.wants(e.url) or (self.since and e.dated and e.dated < self.since):
                continue
            seen.add(e.url)
            out.append(e)
        return out

    def page(self, site: Site, entry: Entry) -> str:
        """new | updated | unchanged | skipped | failed."""
        state = read_state(self.out, site.name, entry.url)
        ok, why = self.client.allowed(entry.url)
        if not ok:
            if why.startswith("robots.txt unreachable"):
                self._fail(site, "page", entry.url, why)
                return "failed"
            self.fetch_log.write(site.name, "page", entry.url, "skipped", None, why)
            return "skipped"
        if self.dry_run:
            self.log(f"would fetch: {site.name}: {entry.url}" + (" (check for changes)" if state else ""))
            return "unchanged" if state else "new"
        try:
            r = self.client.get(entry.url, *((state.get("etag"), state.get("last_modified")) if state else ()))
        except FetchError as exc:
            self._fail(site, "page", entry.url, str(exc), exc.status)
            return "failed"
        ctype = r.content_type.split(";")[0].strip().lower()
        outcome = ("unchanged" if r.status == 304 or same_content(state, r.body) else
                   "skipped" if ctype and ctype not in HTML_TYPES else "updated" if state else "new")
        if outcome in ("new", "updated"):
            write_page(self.out, site.name, entry.url, r.body, self._meta(site, entry, r, state))
        reason = f"not HTML ({ctype})" if outcome == "skipped" else ""
        self.fetch_log.write(site.name, "page", entry.url, outcome, r.status, reason)
        return outcome

    def _meta(self, site: Site, entry: Entry, r, state: dict | None) -> dict:
        return {"url": entry.url, "published": entry.published.isoformat() if entry.published else None,
                "title": entry.title or (state or {}).get("title"), "source": site.source or site.name,
                "rubric": site.rubric, "language": site.language, "site": site.name, "final_url": r.url,
                "fetched_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "etag": r.etag,
                "last_modified": r.last_modified, "content_type": r.content_type}

    def site(self, site: Site) -> None:
        counts = dict.fromkeys(("new", "updated", "unchanged", "skipped", "failed"), 0)
        entries = self.discover(site)
        for i, entry in enumerate(entries, start=1):
            counts[self.page(site, entry)] += 1
            if i % PROGRESS_EVERY == 0 and i < len(entries):
                self.log(f"{site.name}: {i}/{len(entries)} pages")
        for k, v in counts.items():
            setattr(self.report, k, getattr(self.report, k) + v)
        self.log(f"{site.name}: {len(entries)} pages listed; " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def fetch(settings: Settings, sites: list[Site], out: Path, since: dt.date | None = None, dry_run: bool = False,
          log=None, client=None) -> FetchReport:
    """Fetch every site in turn; a site that fails as a whole is reported and the next one runs."""
    log = log or (lambda msg: None)
    started = time.perf_counter()
    f = Fetcher(settings, Path(out), since, dry_run, log, client)
    try:
        for site in sites:
            f.report.sites += 1
            try:
                f.site(site)
            except Exception as exc:  # noqa: BLE001 - one dead site never stops the others
                f.report.failed += 1
                f._fail(site, "site", site.name, f"{type(exc).__name__}: {exc}")
    finally:
        f.client.close()
    f.report.requests = f.client.requests
    f.report.seconds = time.perf_counter() - started
    return f.report
