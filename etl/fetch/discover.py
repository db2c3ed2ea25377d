"""Article links from RSS/Atom feeds (feedparser) and XML sitemaps (lxml), never parsed by hand.

Sitemaps are read with lxml rather than trafilatura's `sitemaps`: trafilatura downloads them
itself (without our robots.txt, delay and retries) and keeps only `<loc>`, while `--since` needs
each URL's `<lastmod>`. A sitemap index is followed one level down.
"""

from __future__ import annotations

import datetime as dt
import gzip
from dataclasses import dataclass

import feedparser
from lxml import etree

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MAX_CHILD_SITEMAPS = 50


class DiscoveryError(Exception):
    """A feed or sitemap that was fetched but cannot be read; the message says why."""


@dataclass(frozen=True)
class Entry:
    """A page to fetch. `published` comes from a feed; a sitemap's `<lastmod>` is only `modified`
    (a page edited years later must not be dated then): it serves `--since`, never the sidecar."""

    url: str
    published: dt.date | None = None
    title: str | None = None
    modified: dt.date | None = None

    @property
    def dated(self) -> dt.date | None:
        return self.published or self.modified


def _date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return dt.date(*value[:3])  # feedparser's time.struct_time (UTC)


def parse_feed(body: bytes, url: str, content_type: str = "") -> list[Entry]:
    """Entries of an RSS or Atom feed; DiscoveryError when it is not a readable feed."""
    d = feedparser.parse(body, response_headers={"content-type": content_type} if content_type else None)
    entries = [Entry(e["link"].strip(), _date(e.get("published_parsed") or e.get("updated_parsed")),
                     (e.get("title") or "").strip() or None)
               for e in d.entries if e.get("link")]
    if not entries and d.bozo:
        raise DiscoveryError(f"{url}: not a readable RSS/Atom feed ({d.get('bozo_exception')})")
    if not entries and not d.get("version"):
        raise DiscoveryError(f"{url}: no RSS/Atom feed there (no entries, no feed element)")
    return entries


def parse_sitemap(body: bytes, url: str) -> tuple[list[Entry], list[str]]:
    """(page entries, child sitemap URLs) of a sitemap or sitemap index (gzip accepted)."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise DiscoveryError(f"{url}: broken gzip ({exc})") from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{url}: not a readable XML sitemap ({exc})") from exc
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        locs = [loc.text.strip() for loc in root.iter(f"{SITEMAP_NS}loc", "loc") if loc.text]
        return [], locs[:MAX_CHILD_SITEMAPS]
    if tag != "urlset":
        raise DiscoveryError(f"{url}: not a sitemap (root element <{tag}>, expected <urlset> or <sitemapindex>)")
    entries = []
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != "url":
            continue
        loc = node.findtext(f"{SITEMAP_NS}loc") or node.findtext("loc")
        lastmod = node.findtext(f"{SITEMAP_NS}lastmod") or node.findtext("lastmod")
        if loc and loc.strip():
            entries.append(Entry(loc.strip(), modified=_date(lastmod)))
    return entries, []
