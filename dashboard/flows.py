"""Direction of a trade figure, named as the reader needs it: "Беларусь → Китай".

A fact's `a` is the side the sentence reports on: export is a → b, import is a ← b, turnover is
the pair. So China's reported import from Belarus and Belarus's reported export to China are one
flow, Belarus → China; every card, legend, hover, table and matrix cell names the flow by its
origin and destination, never by the reporter's word "export" or "import" alone.
"""

from __future__ import annotations

from dashboard.i18n import t

TURNOVER = "turnover"


def flow_ends(metric: str, a: str | None, b: str | None) -> tuple[str | None, str | None]:
    """(origin, destination) of a flow; a turnover keeps (a, b), it has no direction.

    >>> flow_ends("import", "RU-TA", "BY")
    ('BY', 'RU-TA')
    >>> flow_ends("export", "BY", "CN")
    ('BY', 'CN')
    """
    return (b, a) if metric == "import" else (a, b)


def flow_label(metric: str, a: str | None, b: str | None, name, order: tuple[str, str] | None = None) -> str:
    """"Беларусь → Китай" for a flow, "Беларусь ↔ Китай" for a turnover (in `order`, when given).

    >>> flow_label("import", "CN", "BY", {"CN": "Китай", "BY": "Беларусь"}.get)
    'Беларусь → Китай'
    """
    x, y = flow_ends(metric, a, b)
    if metric == TURNOVER:
        if order and (y, x) == tuple(order):
            x, y = y, x
        return f"{name(x)} ↔ {name(y)}"
    return f"{name(x)} → {name(y)}"


def flow_with_metric(metric: str, a, b, name, lang: str, order=None) -> str:
    """The flow with what it measures: "товарооборот: Минск ↔ Москва", "поток: Беларусь → Китай"."""
    word = t("metric_turnover", lang) if metric == TURNOVER else t("flow_word", lang)
    return f"{word}: {flow_label(metric, a, b, name, order)}"


def reporter(metric: str, a: str | None, name, lang: str) -> str:
    """Who reported a directional figure, and as what: "по данным об импорте: Китай"."""
    if metric == TURNOVER:
        return ""
    return t(f"reported_as_{metric}", lang, side=name(a))


def flow_from_side(metric: str, a, b, side: set[str]) -> str | None:
    """From the view of `side` (a set of codes, e.g. Belarus and its regions): `export` when the
    flow leaves it, `import` when it arrives, `turnover` for a turnover, None when neither end is
    on that side. A partner's reported import is this side's export.

    >>> flow_from_side("import", "RU-TA", "BY", {"BY"})
    'export'
    """
    if metric == TURNOVER:
        return TURNOVER if a in side or b in side else None
    origin, dest = flow_ends(metric, a, b)
    if origin in side:
        return "export"
    if dest in side:
        return "import"
    return None
