"""Raw pages on disk: `data/raw/<site>/<id>.html` with the sidecar `<id>.json` that `build` reads.

The sidecar holds what the HTML reader takes (url, published, title, source, rubric) and what the
next fetch needs to ask whether the page changed (etag, last_modified, content_sha256), plus
fetched_at. A page is written only when new or changed, so an unchanged page keeps its file and
sidecar byte for byte and the next `build` skips it. Both files are replaced atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from pathlib import Path

LOG_NAME = "fetch_log.csv"  # not an article suffix: `build --source data/raw` does not read it
LOG_COLUMNS = ("time", "site", "kind", "url", "outcome", "http_status", "reason")


def page_id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def page_path(root: Path, site: str, url: str) -> Path:
    return root / site / f"{page_id(url)}.html"


def read_state(root: Path, site: str, url: str) -> dict | None:
    """The stored sidecar of a page, or None when the page was never fetched (or is unreadable)."""
    side = page_path(root, site, url).with_suffix(".json")
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) and page_path(root, site, url).exists() else None


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_page(root: Path, site: str, url: str, body: bytes, meta: dict) -> Path:
    """Store the page and its sidecar (page first: a sidecar never points at a missing page)."""
    path = page_path(root, site, url)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = dict(meta, content_sha256=hashlib.sha256(body).hexdigest())
    _replace(path, body)
    _replace(path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def same_content(state: dict | None, body: bytes) -> bool:
    return bool(state) and state.get("content_sha256") == hashlib.sha256(body).hexdigest()


class FetchLog:
    """`data/raw/fetch_log.csv`: one row per feed, sitemap, robots.txt or page outcome, appended."""

    def __init__(self, root: Path, enabled: bool = True):
        self.path, self.enabled = root / LOG_NAME, enabled

    def write(self, site: str, kind: str, url: str, outcome: str, status: int | None = None, reason: str = "") -> None:
        if not self.enabled:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        with self.path.open("a", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            if new:
                w.writerow(LOG_COLUMNS)
            w.writerow([dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), site, kind, url, outcome,
                        status if status is not None else "", reason])
