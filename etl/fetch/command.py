"""The `tradeboard fetch` subcommand: options, and exit codes 0 ok, 1 something failed, 2 usage."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def add_parser(sub) -> None:
    f = sub.add_parser("fetch", help="collect new and changed articles from the sites in data/feeds.toml")
    f.add_argument("--config", type=Path, metavar="FILE", help="sites to fetch (default data/feeds.toml)")
    f.add_argument("--out", type=Path, metavar="DIR", help="where raw pages are kept (default data/raw)")
    f.add_argument("--site", action="append", default=[], metavar="NAME", help="only this site (repeatable)")
    f.add_argument("--since", metavar="DATE", help="skip entries dated before YYYY-MM-DD (undated entries are kept)")
    f.add_argument("--dry-run", action="store_true",
                   help="list what would be fetched: feeds read, no page requested, nothing written")


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from etl.fetch.run import fetch
    from etl.fetch.sites import ConfigError, load_sites
    from etl.reference import data_dir

    config = args.config or data_dir() / "feeds.toml"
    try:
        since = dt.date.fromisoformat(args.since) if args.since else None
    except ValueError:
        _stderr(f"tradeboard fetch: --since {args.since!r}: expected a date YYYY-MM-DD")
        return 2
    try:
        settings, sites = load_sites(config)
    except ConfigError as exc:
        _stderr(f"tradeboard fetch: {exc}")
        return 2
    if unknown := [n for n in args.site if n not in {s.name for s in sites}]:
        _stderr(f"tradeboard fetch: --site {', '.join(unknown)}: not in {config}; "
                f"known: {', '.join(s.name for s in sites)}")
        return 2
    chosen = [s for s in sites if not args.site or s.name in args.site]
    report = fetch(settings, chosen, args.out or data_dir() / "raw", since, args.dry_run, log=_stderr)
    _stderr(report.summary())
    return 1 if report.any_failed else 0
