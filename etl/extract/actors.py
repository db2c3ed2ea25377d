"""Officials and bodies named without their place (data/reference/event_actors.csv: "Лукашенко" is BY,
"Собянин" RU-MOW, "Мингорисполком" BY-HM): one reader for events (event_sides), the article's states
(article_countries)."""

from __future__ import annotations

import csv
import functools
import re

from etl.reference import reference_dir


@functools.cache
def actors() -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of every name (its group "n" the csv's stem) and the code of each stem."""
    with (reference_dir() / "event_actors.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    codes = {r["name"]: r["code"] for r in rows}
    names = sorted(codes, key=len, reverse=True)
    rx = re.compile(r"(?<![А-ЯЁа-яё])(?P<n>" + "|".join(re.escape(n) for n in names) + r")[а-яё]*")
    return rx, codes

