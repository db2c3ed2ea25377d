"""Names and nesting of places: every ISO 3166-1/3166-2 code gets a name in Russian and English.

`data/reference/regions.csv` holds the preferred forms (``Россия``, not ``Российская Федерация``)
and the coordinates; every other code is named from pycountry, which ships the ISO 3166 lists
and their translations (gettext catalogues inside the wheel, nothing downloaded). A code nobody
knows keeps its code as its name, so a typo is visible rather than hidden.
"""

from __future__ import annotations

import difflib
import functools
import gettext

import pycountry

from etl.reference import regions_by_code

LANGS = ("ru", "en")


@functools.cache
def _catalogue(domain: str):
    """The Russian gettext catalogue of pycountry's ISO list `domain` (iso3166-1 or iso3166-2)."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


def _iso_record(code: str):
    if "-" in code:
        return pycountry.subdivisions.get(code=code)
    return pycountry.countries.get(alpha_2=code)


@functools.cache
def place_name(code: str | None, lang: str) -> str:
    """The name of an ISO 3166 code in `lang`: regions.csv first, then pycountry, else the code.

    >>> place_name("BY-HR", "ru"), place_name("RU", "ru"), place_name("FI", "ru")
    ('Гродненская область', 'Россия', 'Финляндия')
    >>> place_name("CN-HL", "en")
    'Heilongjiang Sheng'
    """
    if not isinstance(code, str) or not code:
        return "?"
    region = regions_by_code().get(code)
    if region is not None:
        return region.name_en if lang == "en" else region.name_ru
    record = _iso_record(code)
    if record is None:
        return code
    en = getattr(record, "common_name", None) or record.name
    if lang == "en":
        return en
    domain = "iso3166-2" if "-" in code else "iso3166-1"
    return _catalogue(domain).gettext(record.name)


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
    """True for a code in regions.csv or in the ISO 3166 lists pycountry ships."""
    return code in regions_by_code() or _iso_record(code) is not None


def known_codes() -> list[str]:
    """Every code the project can name: regions.csv and all ISO 3166-1 countries."""
    return sorted(set(regions_by_code()) | {c.alpha_2 for c in pycountry.countries})


def nearest_codes(code: str, n: int = 5) -> list[str]:
    """Known codes a mistyped one most likely meant: similar codes of the same country first, then
    places whose name starts with the typed letters (BY-GR → BY-HR, Grodno).

    >>> nearest_codes("BY-GR")[0]
    'BY-HR'
    """
    code = code.strip().upper()
    country, _, rest = code.partition("-")
    pool = [c for c in regions_by_code() if c.startswith(country + "-")] if rest else known_codes()
    by_name = [c for c in pool if rest and any(place_name(c, lang).upper().startswith(rest[:2])
                                               for lang in LANGS)]
    by_code = difflib.get_close_matches(code, pool or known_codes(), n=n, cutoff=0.5)
    return list(dict.fromkeys(by_name + by_code))[:n]


def search_places(query: str = "") -> list[tuple[str, str, str]]:
    """(code, Russian name, English name) of the places in regions.csv whose code or either name
    contains `query` (any case); all of them for an empty query."""
    q = query.strip().casefold()
    rows = [(c, place_name(c, "ru"), place_name(c, "en")) for c in sorted(regions_by_code())]
    return [r for r in rows if not q or any(q in x.casefold() for x in r)]


def check_codes(codes) -> None:
    """Raise FilterError for the first code no list knows, naming the nearest known codes."""
    from etl.filters import FilterError

    for code in codes:
        if not is_known(code):
            near = ", ".join(f"{c} ({place_name(c, 'en')})" for c in nearest_codes(code))
            raise FilterError(f"region {code!r} is not a known ISO 3166 code; nearest: {near or 'none'}; "
                              "`tradeboard regions QUERY` lists codes by name")
