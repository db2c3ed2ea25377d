"""The `tradeboard` command line (GUIDE.md §3). Exit codes: 0 ok, 1 some inputs rejected, 2 usage."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from etl.reference import PROJECT_ROOT


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tradeboard", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="ingest articles into the DuckDB database")
    b.add_argument("--source", action="append", type=Path, metavar="PATH",
                   help="file or folder of articles (repeatable; default data/sample)")
    b.add_argument("--db", type=Path, help="database file (default $TRADEBOARD_DB or data/tradeboard.duckdb)")
    b.add_argument("--jobs", type=int, metavar="N",
                   help="processes that read and extract (default: this machine's cores); same database for any N")
    b.add_argument("--dask", metavar="ADDRESS",
                   help="extract on a Dask cluster: tcp://scheduler:8786, or local (a LocalCluster of --jobs workers)")

    e = sub.add_parser("extract", help="extract facts from JSONL articles, without a database")
    e.add_argument("input", type=Path, metavar="IN.jsonl")
    e.add_argument("-o", "--output", type=Path, metavar="OUT.jsonl", help="default: standard output")

    x = sub.add_parser("export", help="write the filtered facts (or events) with their sources to CSV or Parquet")
    x.add_argument("--kind", choices=("facts", "events"), default="facts",
                   help="facts (default) or events (cooperation contacts)")
    x.add_argument("--type", action="append", default=[], dest="event_type",
                   help="events only: visit | meeting | agreement | forum | commission (repeatable)")
    x.add_argument("--db", type=Path, help="database file (default $TRADEBOARD_DB or data/tradeboard.duckdb)")
    x.add_argument("--pair", action="append", default=[], metavar="A~B", help="e.g. BY-HM~RU-MOW (repeatable)")
    x.add_argument("--region", action="append", default=[], metavar="CODE", help="either side (repeatable)")
    x.add_argument("--metric", action="append", default=[], help="turnover | export | import (repeatable)")
    x.add_argument("--status", action="append", default=[],
                   help="facts: reported | target; events: held | planned (repeatable)")
    x.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    x.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    x.add_argument("--min-sources", type=int, default=1, metavar="N",
                   help="keep figures reported by at least N articles (default 1)")
    x.add_argument("--reviewed", default="not_rejected", choices=("not_rejected", "all", "only"),
                   help="facts by review: not rejected (default), all (rejected too), only reviewed ones")
    x.add_argument("-o", "--output", type=Path, metavar="FILE", help="FILE.csv, FILE.xlsx (Excel) or FILE.parquet")
    x.add_argument("--format", choices=("file", "parquet-dataset"), default="file",
                   help="file (default: CSV or Parquet by -o's suffix) or parquet-dataset: facts in DIR, "
                        "one folder per year (Hive partitioning)")
    x.add_argument("dataset_dir", nargs="?", type=Path, metavar="DIR", help="with --format parquet-dataset")

    r = sub.add_parser("regions", help="list the place codes with their Russian and English names")
    r.add_argument("query", nargs="?", default="", metavar="QUERY",
                   help="part of a code or a name, any case (e.g. grodno, Гродн, BY-)")

    from etl.fetch.command import add_parser as add_fetch_parser

    add_fetch_parser(sub)

    from dashboard.brief import cli as brief_cli  # light: the parser only

    brief_cli.add_arguments(sub.add_parser("brief", help="one A4 page (PDF or PNG) on a pair or region: "
                                                         "latest figures, charts, targets, events, sources"))

    s = sub.add_parser("serve", help="start the dashboard")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument("--db", type=Path)

    from etl.reviews.cli import add_parsers
    add_parsers(sub)
    return p


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def cmd_build(args) -> int:
    from etl.reviews.store import ReviewError
    from etl.sources import SourceError
    from etl.warehouse import build, default_db_path, default_sources
    from etl.warehouse.dask_build import DaskUnavailable
    from etl.warehouse.parallel import default_jobs

    if args.jobs is not None and args.jobs < 1:
        _stderr(f"tradeboard build: --jobs {args.jobs}: expected a whole number from 1")
        return 2
    try:
        report = build(args.source or default_sources(), args.db or default_db_path(), log=_stderr,
                       jobs=args.jobs or default_jobs(), dask=args.dask)
    except SourceError as exc:
        _stderr(f"tradeboard build: --source {exc}")
        return 2
    except DaskUnavailable as exc:
        _stderr(f"tradeboard build: {exc}")
        return 2
    except ReviewError as exc:
        _stderr(f"tradeboard build: the review store cannot be read, the database is unchanged: {exc}")
        return 2
    _stderr(report.summary())
    return 1 if report.files_rejected else 0


def cmd_export(args) -> int:
    from etl.export import ExportError, count_without_period, write_export
    from etl.export_events import write_events_export
    from etl.filters import FilterError, FilterState, parse_date_bound, parse_pair
    from etl.places import check_codes
    from etl.warehouse import default_db_path

    events = args.kind == "events"
    dataset = args.format == "parquet-dataset"
    target = args.dataset_dir or args.output if dataset else args.output
    if target is None or (args.dataset_dir and not dataset) or (dataset and events):
        _stderr("tradeboard export: give -o FILE.csv|FILE.xlsx|FILE.parquet, "
                "or --format parquet-dataset DIR (facts only)")
        return 2
    try:
        if args.min_sources < 1:
            raise FilterError(f"--min-sources {args.min_sources}: expected a whole number from 1")
        if args.event_type and not events:
            raise FilterError("--type applies to events: add --kind events")
        filters = FilterState(
            pairs=tuple(parse_pair(p) for p in args.pair), regions=tuple(r.upper() for r in args.region),
            metrics=tuple(args.metric), statuses=() if events else tuple(args.status),
            date_from=parse_date_bound(args.date_from, end=False, name="--from") if args.date_from else None,
            date_to=parse_date_bound(args.date_to, end=True, name="--to") if args.date_to else None,
            min_sources=args.min_sources, reviewed=args.reviewed)
        check_codes([*filters.regions, *(c for p in filters.pairs for c in p)])
        db = args.db or default_db_path()
        undated = 0
        if events:
            n = write_events_export(db, filters, args.output, tuple(args.event_type), tuple(args.status))
        elif dataset:
            from etl.export_dataset import write_parquet_dataset

            n = write_parquet_dataset(db, filters, target)
            undated = count_without_period(db, filters)
        else:
            n = write_export(db, filters, args.output)
            undated = count_without_period(db, filters)
    except (FilterError, ExportError) as exc:
        _stderr(f"tradeboard export: {exc}")
        return 2
    _stderr(f"wrote {n} {args.kind} to {target}")
    if undated:
        _stderr(f"left out {undated} facts without a period: --from/--to cannot place them; "
                "export without --from/--to to include them")
    return 0


def cmd_regions(args) -> int:
    """The codes `--region` and `--pair` take, with their names, one per line (tab-separated)."""
    from etl.places import search_places

    rows = search_places(args.query)
    if not rows:
        _stderr(f"tradeboard regions: no code or name contains {args.query!r}")
        return 1
    for code, ru, en in rows:
        print(f"{code}\t{ru}\t{en}")
    return 0


def cmd_extract(args) -> int:
    from etl.extract import extract_article
    from etl.sources import SourceError
    from etl.sources.jsonl import read_jsonl

    try:
        articles = read_jsonl(args.input)
    except (SourceError, OSError) as exc:
        print(f"tradeboard extract: {exc}", file=sys.stderr)
        return 1
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        for a in articles:
            facts, events = extract_article(a.body, a.published, a.title)
            out.write(json.dumps({"id": a.external_id, "facts": [f.to_dict() for f in facts],
                                  "events": [e.to_dict() for e in events]}, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 0


def cmd_fetch(args) -> int:
    from etl.fetch.command import run

    return run(args)


def cmd_serve(args) -> int:
    """Replace this process with Streamlit serving the dashboard (os.execv): no second Python
    process to start or to leave behind, and a stop signal reaches the server itself. No file
    watcher: serving never reruns on save, and the watcher costs start-up time. The script is
    dashboard/server.py: dashboard/app.py with start-up aids (see that module)."""
    from etl.reference import data_dir

    db = args.db or Path(os.environ.get("TRADEBOARD_DB") or data_dir() / "tradeboard.duckdb")
    os.environ["TRADEBOARD_DB"] = str(db.resolve())
    os.chdir(PROJECT_ROOT)  # Streamlit reads .streamlit/config.toml from the working directory
    # Our own address line: Streamlit's welcome message would look up this machine's external IP
    # on the internet at every start.
    print(f"Tradeboard: http://localhost:{args.port}  (database {os.environ['TRADEBOARD_DB']})", flush=True)
    os.execv(sys.executable, [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "dashboard" / "server.py"),
                              "--server.port", str(args.port), "--server.headless", "true",
                              "--server.fileWatcherType", "none", "--logger.hideWelcomeMessage", "true"])


def cmd_brief(args) -> int:
    from dashboard.brief import cli as brief_cli

    return brief_cli.run(args)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from etl.reviews.cli import cmd_reviewers, cmd_reviews

    commands = {"build": cmd_build, "fetch": cmd_fetch, "extract": cmd_extract, "export": cmd_export,
                "serve": cmd_serve, "reviewers": cmd_reviewers, "reviews": cmd_reviews, "regions": cmd_regions,
                "brief": cmd_brief}
    return commands[args.command](args)
