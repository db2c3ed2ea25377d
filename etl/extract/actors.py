"""Officials and bodies named without their place (data/reference/event_actors.csv: "Лукашенко" is BY,
"Собянин" RU-MOW, "Мингорисполком" BY-HM): one reader for events (event_sides), the article's states
(article_countries) and the facts' unresolved partner (partners)."""

from __future__ import annotations

import csv
import functools
import re

from etl.extract.places import country_of, place_kinds
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


def actor_codes(text: str) -> list[str]:
    """The codes of the officials and bodies a text names, in order, each once."""
    rx, codes = actors()
    return list(dict.fromkeys(codes[m.group("n")] for m in rx.finditer(text)))


def actor_side(text: str, prev_text: str, other: str, kinds: set[str] | None = None) -> str | None:
    """The one official or body of another state than `other`'s that the sentence names (else the sentence
    before): the side a fact's text leaves to a person ("На встрече с губернатором Ленинградской области
    Александр Лукашенко назвал $1 млрд взаимной торговли …"). `kinds`: those a generic word allows
    ("республика": country, republic), so that "с областью" is never a state."""
    for t in (text, prev_text):
        codes = [c for c in actor_codes(t) if country_of(c) != country_of(other)]
        if kinds is not None:
            codes = [c for c in codes if ("country" if "-" not in c else place_kinds().get(c, "")) in kinds]
        if codes:
            return codes[0] if len(set(codes)) == 1 else None
    return None
