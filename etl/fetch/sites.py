"""The sites to fetch, as data: `data/feeds.toml` (a user adds a site without code).

    [settings]                      # all optional
    user_agent = "..."              # sent with every request
    delay_seconds = 2.0             # between two requests to one host (robots.txt Crawl-delay wins if longer)
    timeout_seconds = 20
    retries = 3                     # on timeouts, connection errors and 5xx; never on 4xx
    backoff_seconds = 2.0           # doubled after each retry
    max_page_mb = 10                # a larger response is abandoned unread
    max_redirects = 5

    [[site]]
    name = "minsk-news"             # folder under data/raw/, --site NAME
    feeds = ["https://…/rss"]       # RSS or Atom
    sitemaps = ["https://…/sitemap.xml"]
    pattern = "/news/"              # optional: only page URLs this regular expression finds
    rubric = "Экономика"            # optional: stored in the sidecar
    language = "ru"
    source = "Минск-Новости"        # optional: the publisher credited; default the name
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class ConfigError(Exception):
    """feeds.toml cannot be used; the message names the file, the entry and the fix."""


@dataclass(frozen=True)
class Settings:
    user_agent: str = "TradeboardFetch/1.0 (+https://github.com/tradeboard; regional trade figures; polite crawler)"
    delay_seconds: float = 2.0
    timeout_seconds: float = 20.0
    retries: int = 3
    backoff_seconds: float = 2.0
    max_page_mb: float = 10.0
    max_redirects: int = 5

    @property
    def max_bytes(self) -> int:
        return int(self.max_page_mb * 2**20)


@dataclass(frozen=True)
class Site:
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    pattern: str | None = None
    rubric: str | None = None
    language: str = "ru"
    source: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def wants(self, url: str) -> bool:
        return self.pattern is None or re.search(self.pattern, url) is not None


def _site(path: Path, i: int, raw: dict) -> Site:
    where = f"{path}: [[site]] #{i + 1}"
    name = raw.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise ConfigError(f"{where}: 'name' must be lower-case letters, digits, '.', '_' or '-' "
                          f"(it names the folder under data/raw), got {name!r}")
    feeds, sitemaps = raw.get("feeds", []), raw.get("sitemaps", [])
    for key, urls in (("feeds", feeds), ("sitemaps", sitemaps)):
        if not isinstance(urls, list) or not all(isinstance(u, str) and u.startswith(("http://", "https://"))
                                                 for u in urls):
            raise ConfigError(f"{where} ({name}): '{key}' must be a list of http(s) URLs")
    if not feeds and not sitemaps:
        raise ConfigError(f"{where} ({name}): give at least one of 'feeds' or 'sitemaps'")
    pattern = raw.get("pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{where} ({name}): 'pattern' is not a regular expression ({exc})") from exc
    known = {"name", "feeds", "sitemaps", "pattern", "rubric", "language", "source"}
    return Site(name=name, feeds=tuple(feeds), sitemaps=tuple(sitemaps), pattern=pattern, rubric=raw.get("rubric"),
                language=raw.get("language", "ru"), source=raw.get("source"),
                extra={k: v for k, v in raw.items() if k not in known})


def load_sites(path: Path) -> tuple[Settings, list[Site]]:
    """The settings and the sites of a feeds.toml; ConfigError says what is wrong and where."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    try:
        settings = Settings(**raw.get("settings", {}))
    except TypeError as exc:
        raise ConfigError(f"{path}: [settings]: {exc}; allowed: {', '.join(Settings.__dataclass_fields__)}") from exc
    sites = [_site(path, i, s) for i, s in enumerate(raw.get("site", []))]
    names = [s.name for s in sites]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise ConfigError(f"{path}: site names must be unique, repeated: {', '.join(dupes)}")
    if not sites:
        raise ConfigError(f"{path}: no [[site]] entries")
    return settings, sites
