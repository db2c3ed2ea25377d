"""Names and nesting of places: every ISO 3166-1/3166-2 code gets a name in Russian and English.

Three sources, in this order:

1. `data/reference/regions.csv`: the preferred forms (``Россия``, not ``Российская Федерация``)
   and the coordinates of Belarus's and Russia's regions and the countries;
2. `data/reference/place_names.csv`: Russian and English names of the other subdivisions the
   extractor can produce (`extra_places.csv`: China's provinces, Kazakhstan's, Uzbekistan's and
   Tajikistan's oblasts …), because pycountry's Russian catalogue of ISO 3166-2 names most of
   them only in Latin script ("Heilongjiang Sheng") and knows none of Kazakhstan's former letter
   codes (KZ-VOS); each row says where its Russian form comes from;
3. pycountry, which ships the ISO 3166 lists and their translations (gettext catalogues inside
   the wheel, nothing downloaded): every country has a Russian name there.

A subdivision pycountry names only in Latin script is shown in Russian as that name with its code
("Bruxelles-Capitale, Région de (BE-BRU)"), visibly untranslated; a code nobody knows keeps its code as its name,
so a typo is visible rather than hidden.
"""

from __future__ import annotations

import csv
import difflib
import functools
import gettext
import re

import pycountry

from etl.reference import reference_dir, regions_by_code

CYRILLIC = re.compile("[А-Яа-яЁё]")

LANGS = ("ru", "en")


@functools.cache
def _catalogue(domain: str):
    """The Russian gettext catalogue of pycountry's ISO list `domain` (iso3166-1 or iso3166-2)."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


@functools.cache
def extra_names() -> dict[str, tuple[str, str]]:
    """code → (Russian name, English name) from place_names.csv (subdivisions outside regions.csv)."""
    path = reference_dir() / "place_names.csv"
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if not (row.get("code") and row.get("name_ru") and row.get("name_en")):
                raise ValueError(f"{path} line {line}: code, name_ru and name_en are required; fix or remove the row")
            out[row["code"]] = (row["name_ru"], row["name_en"])
    return out


def _iso_record(code: str):
    if "-" in code:
        return pycountry.subdivisions.get(code=code)
    return pycountry.countries.get(alpha_2=code)


@functools.cache
def place_name(code: str | None, lang: str) -> str:
    """The name of an ISO 3166 code in `lang`: regions.csv first, then pycountry, else the code.

    >>> place_name("BY-HR", "ru"), place_name("RU", "ru"), place_name("FI", "ru")
    ('Гродненская область', 'Россия', 'Финляндия')
    >>> place_name("CN-HL", "ru"), place_name("CN-HL", "en"), place_name("KZ-VOS", "ru")
    ('Хэйлунцзян', 'Heilongjiang', 'Восточно-Казахстанская область')
    >>> place_name("BE-BRU", "ru"), place_name("BE-BRU", "en")
    ('Bruxelles-Capitale, Région de (BE-BRU)', 'Bruxelles-Capitale, Région de')
    """
    if not isinstance(code, str) or not code:
        return "?"
    region = regions_by_code().get(code)
    if region is not None:
        return region.name_en if lang == "en" else region.name_ru
    if code in extra_names():
        return extra_names()[code][1 if lang == "en" else 0]
    record = _iso_record(code)
    if record is None:
        return code
    en = getattr(record, "common_name", None) or record.name
    if lang == "en":
        return en
    domain = "iso3166-2" if "-" in code else "iso3166-1"
    ru = _catalogue(domain).gettext(record.name)
    return ru if CYRILLIC.search(ru) else f"{en} ({code})"


def country_of(code: str | None) -> str | None:
    """The country an ISO code lies in (its own code for a country).

    >>> country_of("RU-SMO"), country_of("BY"), country_of(None)
    ('RU', 'BY', None)
    """
    if not code:
        return None
    region = regions_by_code().get(code)
    if region is not None and region.country:
        return region.country
    return code.split("-")[0]


def is_known(code: str) -> bool:
    """True for a code in regions.csv, place_names.csv or the ISO 3166 lists pycountry ships."""
    return code in regions_by_code() or code in extra_names() or _iso_record(code) is not None


def known_codes() -> list[str]:
    """Every code the project can name: regions.csv, place_names.csv and all ISO 3166-1 countries."""
    return sorted(set(regions_by_code()) | set(extra_names()) | {c.alpha_2 for c in pycountry.countries})


def nearest_codes(code: str, n: int = 5) -> list[str]:
    """Known codes a mistyped one most likely meant: similar codes of the same country first, then
    places whose name starts with the typed letters (BY-GR → BY-HR, Grodno).

    >>> nearest_codes("BY-GR")[0]
    'BY-HR'
    """
    code = code.strip().upper()
    country, _, rest = code.partition("-")
    pool = [c for c in known_codes() if c.startswith(country + "-")] if rest else known_codes()
    by_name = [c for c in pool if rest and any(place_name(c, lang).upper().startswith(rest[:2])
                                               for lang in LANGS)]
    by_code = difflib.get_close_matches(code, pool or known_codes(), n=n, cutoff=0.5)
    return list(dict.fromkeys(by_name + by_code))[:n]


def search_places(query: str = "") -> list[tuple[str, str, str]]:
    """(code, Russian name, English name) of the places in regions.csv and place_names.csv whose
    code or either name contains `query` (any case); all of them for an empty query."""
    q = query.strip().casefold()
    rows = [(c, place_name(c, "ru"), place_name(c, "en")) for c in sorted(set(regions_by_code()) | set(extra_names()))]
    return [r for r in rows if not q or any(q in x.casefold() for x in r)]


def check_codes(codes) -> None:
    """Raise FilterError for the first code no list knows, naming the nearest known codes."""
    from etl.filters import FilterError

    for code in codes:
        if not is_known(code):
            near = ", ".join(f"{c} ({place_name(c, 'en')})" for c in nearest_codes(code))
            raise FilterError(f"region {code!r} is not a known ISO 3166 code; nearest: {near or 'none'}; "
                              "`tradeboard regions QUERY` lists codes by name")
