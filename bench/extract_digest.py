"""Everything the extractor returns for a set of corpora, one JSON line per article, to check that a
pure speed change leaves the output identical:

    python -m bench.extract_digest OUT.jsonl            # dev + train-real + feed (10,000) + hard (2,000)
    python -m bench.extract_digest --compare A.jsonl B.jsonl

Each line holds the article's id, its facts and its events as `to_dict()` gives them (quotes,
offsets, notes and confidence included), extracted as a build does (facts and events of the same
article in one shared scan scope). The validation passages are never read.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator

from bench.gen_corpus import iter_feed
from bench.gen_hard import DATA, iter_hard


def _labelled(name: str) -> Iterator[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                yield {**row, "id": f"{name}:{row['id']}"}


def articles() -> Iterator[dict]:
    yield from _labelled("dev.jsonl")
    yield from _labelled("train-real.jsonl")
    yield from iter_feed(10_000)
    yield from iter_hard(2_000)


def digest(out_path: str) -> int:
    from etl.extract import extract_article

    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for a in articles():
            published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
            facts, events = extract_article(a["text"], published, a.get("title"))
            out.write(json.dumps({"id": a["id"], "facts": [f.to_dict() for f in facts],
                                  "events": [e.to_dict() for e in events]}, ensure_ascii=False, default=str) + "\n")
            n += 1
    print(f"{n} articles → {out_path}")
    return 0


def compare(a_path: str, b_path: str) -> int:
    """0 when both files hold the same output for the same articles; else the differing ids."""
    with open(a_path, encoding="utf-8") as fa, open(b_path, encoding="utf-8") as fb:
        a, b = fa.read().splitlines(), fb.read().splitlines()
    if len(a) != len(b):
        print(f"different article counts: {len(a)} vs {len(b)}")
        return 1
    differ = [json.loads(x)["id"] for x, y in zip(a, b, strict=True) if x != y]
    kinds = {"facts": 0, "events": 0}
    for x, y in zip(a, b, strict=True):
        if x != y:
            jx, jy = json.loads(x), json.loads(y)
            for k in kinds:
                kinds[k] += jx[k] != jy[k]
    print(f"{len(a)} articles, {len(differ)} differ (facts in {kinds['facts']}, events in {kinds['events']})")
    for pid in differ[:20]:
        print("  ", pid)
    return 1 if differ else 0


def main(args: list[str]) -> int:
    """`OUT.jsonl` or `--compare A.jsonl B.jsonl`; anything else (an option such as `--help`, which used to be
    taken for the output file's name) prints the usage."""
    if args[:1] == ["--compare"] and len(args) == 3:
        return compare(args[1], args[2])
    if len(args) == 1 and not args[0].startswith("-"):
        return digest(args[0])
    print(__doc__)
    return 0 if args[:1] in (["-h"], ["--help"]) else 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
