"""`tradeboard reviewers …` (accounts) and `tradeboard reviews …` (the decision store)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from etl.reviews import accounts, store
from etl.reviews.store import ReviewError

DB_HELP = "database file (default $TRADEBOARD_DB or data/tradeboard.duckdb)"
STORE_HELP = "review store (default $TRADEBOARD_REVIEWS or reviews.sqlite beside the database)"


def add_parsers(sub) -> None:
    r = sub.add_parser("reviewers", help="reviewer accounts: add, list, remove")
    rs = r.add_subparsers(dest="reviewers_command", required=True)
    for name, helptext in (("add", "add an account (asks for the password; reads it from stdin when not a tty)"),
                           ("list", "list the accounts"), ("remove", "remove an account (its decisions stay)")):
        p = rs.add_parser(name, help=helptext)
        if name != "list":
            p.add_argument("name", metavar="NAME")
        p.add_argument("--db", type=Path, help=DB_HELP)
        p.add_argument("--store", type=Path, help=STORE_HELP)

    v = sub.add_parser("reviews", help="the decision store: export, import, orphans, verify, backup")
    vs = v.add_subparsers(dest="reviews_command", required=True)
    e = vs.add_parser("export", help="every decision as JSON lines, or reviewed articles as labelled passages")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.jsonl")
    e.add_argument("--as-labels", action="store_true", help="reviewed articles in tests/data/FORMAT.md form")
    i = vs.add_parser("import", help="add the decisions of an export file (importing twice adds nothing)")
    i.add_argument("input", type=Path, metavar="FILE.jsonl")
    vs.add_parser("orphans", help="decisions whose fact the database no longer has (kept, never dropped)")
    vs.add_parser("verify", help="check the store's integrity and every decision's digest")
    b = vs.add_parser("backup", help="a consistent copy of the store (accounts included), safe while it is in use")
    b.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.sqlite")
    for p in vs.choices.values():
        p.add_argument("--db", type=Path, help=DB_HELP)
        p.add_argument("--store", type=Path, help=STORE_HELP)


def _paths(args) -> tuple[Path, Path]:
    from etl.warehouse import default_db_path

    db = args.db or default_db_path()
    return db, args.store or store.default_store_path(db)


def _password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != first:
            raise ReviewError("the two passwords differ; nothing saved")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_reviewers(args) -> int:
    _, path = _paths(args)
    try:
        if args.reviewers_command == "add":
            accounts.add_reviewer(path, accounts.check_name(args.name), _password(args.name))
            print(f"reviewer {args.name} added to {path}", file=sys.stderr)
        elif args.reviewers_command == "remove":
            accounts.remove_reviewer(path, args.name)
            print(f"reviewer {args.name} removed (their decisions stay)", file=sys.stderr)
        else:
            for name, created in accounts.list_reviewers(path):
                print(f"{name}\t{created}")
    except ReviewError as exc:
        print(f"tradeboard reviewers {args.reviewers_command}: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_reviews(args) -> int:
    from etl.reviews import labels

    db, path = _paths(args)
    command = args.reviews_command
    try:
        if command == "export" and args.as_labels:
            written, partial = labels.write_labels(db, args.output)
            print(f"wrote {written} reviewed articles to {args.output} ({partial} partly reviewed left out)",
                  file=sys.stderr)
        elif command == "export":
            print(f"wrote {store.export_jsonl(path, args.output)} decisions to {args.output}", file=sys.stderr)
        elif command == "import":
            decisions = store.parse_jsonl(args.input)
            added = store.import_decisions(path, decisions)
            print(f"imported {added} new decisions of {len(decisions)} into {path}", file=sys.stderr)
        elif command == "backup":
            print(f"copied {store.backup(path, args.output)} decisions and the accounts to {args.output}",
                  file=sys.stderr)
        elif command == "orphans":
            lines = labels.orphan_lines(db, path)
            for line in lines:
                print(line)
            print(f"{len(lines)} orphaned fact keys (their decisions are kept)", file=sys.stderr)
        else:
            problems = store.verify(path)
            for p in problems:
                print(p)
            print(f"{path}: {'ok' if not problems else f'{len(problems)} problems'}", file=sys.stderr)
            return 1 if problems else 0
    except ReviewError as exc:
        print(f"tradeboard reviews {command}: {exc}", file=sys.stderr)
        return 2
    return 0
