"""Currency words and signs → ISO 4217, and the rule for a bare "рублей"."""

from __future__ import annotations

import re

from etl.extract.places import country_of

# Written after the amount. Order matters: the qualified rubles before the bare one.
CURRENCY_AFTER = (
    (r"(?:американск\w+\s+)?дол(?:л(?:ар\w*|\.)?|\.)(?:\s+США)?", "USD"),
    (r"USD|US\$|\$", "USD"),
    (r"евро|EUR|€", "EUR"),
    (r"(?:китайск\w+\s+)?юан\w*|CNY|RMB", "CNY"),
    # the noun may be left out when no word follows: "4,5 млрд российских рублей (180 млн белорусских)"
    (r"(?:российск\w+|росс?\.)(?:\s+руб(?:л\w*|\.)?|(?!\s*\w))|RUB", "RUB"),
    (r"(?:белорусск\w+|бел\.)(?:\s+руб(?:л\w*|\.)?|(?!\s*\w))|BYN", "BYN"),
    (r"руб(?:л\w*|\.)?|₽", "RUB?"),
    (r"(?:казахстанск\w+\s+|казахск\w+\s+)?тенге|KZT|₸", "KZT"),
    (r"(?:узбекск\w+\s+)?сум(?:ов|а|ы)?(?![а-яё])|UZS", "UZS"),
)
# Other partners' currencies: rarer, so kept out of the amount pattern (it tries every alternative
# after every number) and matched only after an amount that has no currency of the list above.
CURRENCY_RARE = (
    (r"фунт\w*\s+стерлинг\w*|GBP|£", "GBP"),
    (r"(?:японск\w+\s+)?иен[аы]?(?![а-яё])|JPY", "JPY"),
    (r"(?:южнокорейск\w+\s+)?вон(?![а-яё])|KRW", "KRW"),
    (r"(?:турецк\w+\s+)?лир[аы]?(?![а-яё])|TRY", "TRY"),
    (r"(?:индийск\w+\s+)?рупи[йия](?![а-яё])|INR", "INR"),
    (r"(?:армянск\w+\s+)?драм(?:ов|а|ы)?(?![а-яё])|AMD", "AMD"),
    (r"сомони|TJS", "TJS"),
    (r"(?:киргизск\w+\s+|кыргызск\w+\s+)?сом(?:ов|а|ы)?(?![а-яё])|KGS", "KGS"),
    (r"(?:украинск\w+\s+)?гривн?\w*|UAH", "UAH"),
    (r"(?:польск\w+\s+)?злот\w+|PLN", "PLN"),
    (r"(?:грузинск\w+\s+)?лари(?![а-яё])|GEL", "GEL"),
    (r"(?:швейцарск\w+\s+)?франк\w*|CHF", "CHF"),
)
# Written before the amount: "$1,6 млрд", "Br32 млрд".
CURRENCY_BEFORE = (
    (r"US\$|\$", "USD"),
    (r"€", "EUR"),
    (r"Br", "BYN"),
    (r"₽", "RUB?"),
)
# A code or a rarer sign before the number ("USD 1,6 млн", "£16 млн"): looked for only right before an
# amount found without a currency, so that the amount pattern does not try these letters at every
# character of every text. currency_code() reads them as it reads them after the number.
CODE_BEFORE = r"(?:(?<![A-Za-z])(?:USD|EUR|GBP|BYN|RUB|CNY|KZT|UZS)|£)"
AFTER_RE = "|".join(f"(?:{p})" for p, _ in CURRENCY_AFTER)
RARE_RE = "|".join(f"(?:{p})" for p, _ in CURRENCY_RARE)
BEFORE_RE = "|".join(f"(?:{p})" for p, _ in CURRENCY_BEFORE)
_AFTER = [(re.compile(p + r"$", re.I), c) for p, c in CURRENCY_AFTER + CURRENCY_RARE]
_BEFORE = [(re.compile(p + r"$"), c) for p, c in CURRENCY_BEFORE]

BARE_RUBLE = "RUB?"


def currency_code(word: str, before: bool = False) -> str | None:
    """ISO code for a currency word or sign; "RUB?" for a bare ruble (country still to decide).

    >>> currency_code("долларов США"), currency_code("белорусских рублей"), currency_code("рублей")
    ('USD', 'BYN', 'RUB?')
    >>> currency_code("Br", before=True), currency_code("юаней")
    ('BYN', 'CNY')
    """
    for pattern, code in (_BEFORE if before else _AFTER):
        if pattern.match(word.strip()):
            return code
    return None


def resolve_bare_ruble(a: str | None, b: str | None) -> tuple[str, str]:
    """A bare "рублей": Russian rubles whenever a Russian place is a side (trade with Russia is
    counted and settled in RUB), Belarusian rubles when only Belarusian places and non-Russian
    partners are involved and the reporting side is Belarusian; RUB otherwise.

    >>> resolve_bare_ruble("RU-PSK", "BY")[0], resolve_bare_ruble("BY-HO", "CN")[0]
    ('RUB', 'BYN')
    """
    countries = {country_of(x) for x in (a, b) if x}
    if "RU" in countries:
        return "RUB", "currency inferred: bare 'рублей' with a Russian side → RUB"
    if a and country_of(a) == "BY":
        return "BYN", "currency inferred: bare 'рублей' reported by a Belarusian side → BYN"
    return "RUB", "currency inferred: bare 'рублей' → RUB by default"
