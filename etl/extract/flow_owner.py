"""An adjective right before a flow word owns the flow: "белорусский экспорт" is Belarus's export,
"казахстанский импорт" Kazakhstan's import — whatever order the pair came in from the sentence or the
context ("взаимная торговля Беларуси и Казахстана прибавила 9 %, а белорусский экспорт — 11 %";
"Казахстанский экспорт увеличился на 11 %" after a sentence about Belarus and Kazakhstan). The goods'
origin after the flow word ("импорт белорусской продукции") is another rule (the partner)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.morph import tags
from etl.extract.places import country_of

# The adjective and the flow word, at most one word between ("белорусский несырьевой экспорт").
# "на Россию пришлось 17 млрд", "на Китай — 15 млрд": the place a portion falls on.
SHARE_AFTER = re.compile(r"\s*(?:(?:[А-ЯЁа-яё-]+\s+){0,2}?(?:пришл|приход)\w*|[—–-]\s*[$€]?\s*\d)", re.I)
# "на рынок Армении", "на рынки Китая": the market a flow goes to.
MARKET_BEFORE = re.compile(r"(?<![а-яё])на\s+рын(?:ок|ки)\s+$", re.I)
_MARKET_AFTER = re.compile(r"\s+рын(?:ке|ок|ки|ках)(?![а-яё])", re.I)
# "на китайском направлении", "на узбекском треке": the partner of the trade the clause tells, whichever way it flows
_DIRECTION_AFTER = re.compile(r"\s+(?:направлени[ия]|трек[еа]?)(?![а-яё])", re.I)
# "в белорусский экспорт", "на белорусский экспорт" label an amount; "а/и белорусский экспорт" do not.
_PARTNER_PREPS = frozenset({"с", "со", "в", "во", "из", "на", "к", "от", "до"})
_GAP = re.compile(r"\s+(?:[а-яё-]+\s+)?$", re.I)


def adjective_owner(sent, seg, pair):
    """The pair with the owner of "<adjective> экспорт/импорт" as its reporting side."""
    if pair is None or seg.metric == "turnover" or not seg.keyword.end or not pair[0].code or not pair[1].code:
        return pair
    s = sent.text
    start = seg.keyword.start
    ends = dict(sent.spans)
    owners = [x for pos, x in sent.sides if x.source == "adj" and pos < start and pos in ends
              and _GAP.fullmatch(s, ends[pos], start) and x.prep not in _PARTNER_PREPS]
    if not owners:
        return _instrumental_owner(sent, pair) or _genitive_owner(pair)
    code = owners[-1].code
    if code in (pair[1].code, country_of(pair[1].code)) and code not in (pair[0].code, country_of(pair[0].code)):
        if _directed_against(seg.metric, pair[0]):
            return pair
        return pair[1], pair[0]
    return pair


def _directed_against(metric: str, other) -> bool:
    """ "белорусский импорт в Ульяновскую область": the other side is where an import goes (or where an export
    comes from) by its own preposition, so it reports the flow and the adjective names the goods' origin."""
    if metric == "import":
        return other.prep in ("в", "во", "на") and not other.locative
    return metric == "export" and other.prep == "из"


_FLOW_WORD = re.compile(r"(?:экспорт|импорт|поставк|ввоз|вывоз|закупк)\w*$", re.I)
_GOODS_WORD = re.compile(r"(?:товар|продукци|издели|экспорт|импорт|поставк|ввоз|вывоз|закупк)\w*$", re.I)


def _instrumental_owner(sent, pair):
    """ "Импорт белорусских товаров Курской областью вырос на 9 %", "закупки Узбекистаном": a place in the
    instrumental right after the goods or the flow word (no preposition) is who imports or exports."""
    ends = dict(sent.spans)
    for pos, x in sent.sides:
        if x.code in (pair[0].code, pair[1].code) and pos in ends and _GOODS_WORD.search(x.prep or "") \
                and x.source != "adj" and any("ablt" in t for t in tags(sent.text[pos:ends[pos]].split()[-1])):
            return pair if x.code == pair[0].code else (pair[1], pair[0])
    return None


def _genitive_owner(pair):
    """ "Импорт Казахстана …, из них на Россию пришлось 17 млрд": the place right after the flow word
    (its genitive owner) reports the flow when the other side has no direction of its own."""
    a, b = pair
    if _FLOW_WORD.match(b.prep or "") and b.source != "adj" and not _FLOW_WORD.match(a.prep or "") \
            and a.prep not in _PARTNER_PREPS:
        return b, a
    return pair


def relabel_preps(s: str, mentions: list) -> list:
    """Prepositions that say something else than a direction: "Импорт Казахстана …, из них на Россию
    пришлось 17 млрд, на Китай — 15 млрд" — "на" labels the partner's portion (no direction); "на рынок
    Армении было поставлено …" — the market a flow goes to is a destination, like "в Армению"."""
    out = []
    for m in mentions:
        share = m.prep == "на" and SHARE_AFTER.match(s, m.end)
        if share and not any(m.end < x.start < share.end() for x in mentions):
            m = replace(m, prep="")   # "на Россию и Казахстан приходится" keeps "на": a sum (sums.py)
        elif m.prep in ("рынок", "рынки") and MARKET_BEFORE.search(s, max(0, m.start - 12), m.start):
            m = replace(m, prep="в")
        elif m.source == "adj" and m.prep.lower() == "на" and _MARKET_AFTER.match(s, m.end):
            m = replace(m, prep="в", locative=False)   # "на белорусском рынке реализовали": the market is there
        elif m.source == "adj" and m.prep.lower() == "на" and _DIRECTION_AFTER.match(s, m.end):
            m = replace(m, prep="с", locative=False)   # "на китайском направлении": the partner, no direction
        out.append(m)
    return out


# "…, в обратном направлении — на 310 млн", "а в обратном направлении было поставлено на 400 млн": the other flow
_REVERSE = re.compile(r"(?<![а-яё])в\s+обратном\s+направлении(?![а-яё])", re.I)
_FLIP = {"export": "import", "import": "export"}


def reverse_flow(sent, item, facts: list) -> list:
    """A figure whose clause, after the previous amount, says "в обратном направлении" with no "экспорт/импорт" of its
    own is the reverse of the flow just named: the same reporting side's import where that was its export (and the
    other way round)."""
    prev = max([m.end for m in sent.moneys if m.end <= item.start], default=-1)
    if prev < 0 or not _REVERSE.search(sent.text, prev, item.start) \
            or any(prev <= k.start < item.start and sent.text[k.start:k.end].lower().startswith(("экспорт", "импорт"))
                   for k in sent.metrics):   # "поставлено" may stand with it; "импорт" names its own flow
        return facts
    return [replace(f, metric=_FLIP.get(f.metric, f.metric)) for f in facts]
