"""`tradeboard brief`: the Pair page's brief from the command line (GUIDE.md §3 exit codes: 0 made,
2 usage error or a missing prerequisite — no database, no Chromium, nothing selected).

Kept light: etl/cli.py builds its parser from `add_arguments` without importing Streamlit; `run`
imports the dashboard code only when a brief is asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LANGS = ("ru", "en")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The export's filters, one focus (a pair, or a region against all its partners), language, output."""
    p.add_argument("--db", type=Path, help="database file (default $TRADEBOARD_DB or data/tradeboard.duckdb)")
    p.add_argument("--pair", action="append", default=[], metavar="A~B",
                   help="the pair, e.g. BY-HM~RU-MOW; repeat it to compare several pairs")
    p.add_argument("--region", metavar="CODE", help="a region against all its partners, e.g. BY-HR")
    p.add_argument("--metric", action="append", default=[], help="turnover | export | import (repeatable)")
    p.add_argument("--status", action="append", default=[], help="reported | target (repeatable)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--currency", default="original", help="original | USD (default original)")
    p.add_argument("--min-sources", type=int, default=1, metavar="N",
                   help="keep figures reported by at least N articles (default 1)")
    p.add_argument("--reviewed", default="not_rejected", choices=("not_rejected", "all", "only"),
                   help="facts by review: not rejected (default), all (rejected too), only reviewed ones")
    p.add_argument("--lang", default="ru", help="ru | en (default ru)")
    p.add_argument("--chromium", type=Path, metavar="PATH",
                   help="Chromium executable (default $TRADEBOARD_CHROMIUM or /usr/bin/chromium)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.pdf or FILE.png")


def _focus(args) -> tuple[str, str]:
    from etl.filters import CODE, FilterError, parse_pair

    if bool(args.pair) == bool(args.region):
        raise FilterError("give --pair A~B (a pair; repeat it to compare pairs) or --region CODE (a region and all "
                          "its partners), not both")
    if args.pair:
        pairs = list(dict.fromkeys("~".join(parse_pair(p)) for p in args.pair))
        return ("pair", pairs[0]) if len(pairs) == 1 else ("pairs", ",".join(pairs))
    code = args.region.strip().upper()
    if not CODE.match(code):
        raise FilterError(f"--region {args.region!r}: expected an ISO 3166 code such as BY-HR or RU")
    return "region", code


def _filters(args):
    from etl.filters import FilterError, FilterState, parse_date_bound

    if args.min_sources < 1:
        raise FilterError(f"--min-sources {args.min_sources}: expected a whole number from 1")
    if args.lang not in LANGS:
        raise FilterError(f"--lang {args.lang!r}: allowed are {', '.join(LANGS)}")
    currency = {"usd": "USD", "original": "original"}.get(args.currency.strip().lower())
    if currency is None:
        raise FilterError(f"--currency {args.currency!r}: allowed are original, USD")
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise FilterError(f"-o {args.output}: the file name must end in .pdf or .png")
    return FilterState(
        metrics=tuple(args.metric), statuses=tuple(args.status), currency=currency, min_sources=args.min_sources,
        reviewed=args.reviewed,
        date_from=parse_date_bound(args.date_from, end=False, name="--from") if args.date_from else None,
        date_to=parse_date_bound(args.date_to, end=True, name="--to") if args.date_to else None)


def run(args) -> int:
    """Make the brief and write it atomically to args.output."""
    import streamlit
    import streamlit.logger

    # The dashboard's loaders are st.cache_data functions; outside a server they warn that they fall
    # back to an in-memory cache, which is what we want here. (Importing streamlit sets the level.)
    streamlit.logger.set_log_level("error")
    from dashboard import data
    from dashboard.brief.make import BriefError, make_brief
    from dashboard.brief.render import RenderError
    from etl.filters import FilterError
    from etl.warehouse import default_db_path

    try:
        kind, code = _focus(args)
        state = _filters(args)
        db = args.db or default_db_path()
        identity = data.db_identity(db)
        if identity is None:
            raise BriefError(f"--db {db}: no database; run `tradeboard build` first")
        pdf_or_png = make_brief(identity, state, kind, code, args.lang, args.output.suffix.lower()[1:],
                                chromium=args.chromium)
    except (FilterError, BriefError, RenderError) as exc:
        print(f"tradeboard brief: {exc}", file=sys.stderr, flush=True)
        return 2
    tmp = args.output.with_name(args.output.name + ".part")
    tmp.write_bytes(pdf_or_png)
    tmp.replace(args.output)
    print(f"wrote the brief of {code} to {args.output}", file=sys.stderr, flush=True)
    return 0
