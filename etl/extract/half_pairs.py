"""A pair with one side the text names but we cannot resolve, or a word for both sides ("стороны",
"двусторонний") with one side known: the fact with that side null and a note saying why. Split from
partners.py."""

from __future__ import annotations

import re

from etl.extract.places import PlaceMention
from etl.extract.resolve import ArticleContext, Side, distinct, orient, related
from etl.extract.sentence_parts import PARTNER_PREPS, Segment, Sentence, sides_in

# "Стороны нарастили товарооборот", "двусторонняя торговля": a word for the two sides of the trade
# ("со стороны области" is "on the region's part": a single side, not a pair).
_SIDES_WORD = re.compile(r"(?<![а-яё])(?<!со )(?:(?:обе|обеих|двух|между)\s+)?сторон(?:ы|ами|ам)?(?![а-яё])|"
                         r"(?<![а-яё])двусторонн\w*|(?<![а-яё])взаимн\w+\s+(?:торговл|товарооборот)\w*", re.I)


def one_side_known(sent: Sentence, seg: Segment, ctx: ArticleContext):
    """ "Стороны нарастили товарооборот" when the article names a single place (or only that
    place and its own country), and this sentence or the one before names it: the partner is
    null rather than a guess. A place known only from the headline or a distant sentence is no
    side of "стороны" ("Брестская область: новости дня … Стороны планируют довести …")."""
    word = _SIDES_WORD.search(sent.text)
    if not word:
        return None
    near = distinct([x for _, x in sent.sides]) or [Side(c) for c in dict.fromkeys(ctx.prev_places)]
    named = [Side(c) for c in ctx.seen] + near
    if not near or not all(related(x.code, near[0].code) for x in named):
        return None
    own = near[0]
    return (Side(own.code), Side("", "", "unresolved")), \
        f"partner unresolved: '{word.group()}' — the article names only one side"


def _why(sent: Sentence, u: PlaceMention, role: str) -> str:
    phrase = sent.text[u.start:u.end]
    if u.source == "unknown":
        return f"place not in reference list: '{phrase}'"
    if u.prep in PARTNER_PREPS:   # "с этой страной": quote from the preposition
        head = re.search(rf"(?<![а-яё]){u.prep}\s+(?:[а-яё]+\s+){{0,2}}$", sent.text[max(0, u.start - 30):u.start],
                         re.I)
        phrase = (head.group() if head else "") + phrase
    return f"{role} unresolved: '{phrase}' has no single referent in the article"


def unresolved_pair(sent: Sentence, seg: Segment, item, lo: int, end: int, near: list[Side],
                     ctx: ArticleContext, partner_only: bool):
    """One side named but unresolved, the other known: the fact with that side null ("" here).
    A partner ("с республикой", "в Тмутаракань") pairs with the one place the figure's clause, the
    segment or the sentence names without a partner preposition, else the article's subject; a
    reporting side ("Республика нарастила экспорт в Китай") with the one partner named with a
    preposition. Two unresolved references, or no known side, give nothing."""
    refs = [u for u in sent.unresolved if lo <= u.start < item.start or item.end <= u.start < end]
    if len(refs) != 1:
        return None
    u = refs[0]
    blank = Side("", u.prep, "unresolved")
    known = distinct(near) or distinct(sides_in(sent, seg.start, seg.end, seg.metric)) or \
        distinct([x for _, x in sent.sides])
    if u.prep in PARTNER_PREPS:
        own = [x for x in known if x.prep not in PARTNER_PREPS]
        if not known and ctx.subject:
            own = [Side(ctx.subject)]
        elif not known and len({c for c in ctx.seen}) == 1:
            own = [Side(ctx.seen[0])]
        if len({x.code for x in own}) != 1:
            return None
        return orient(seg.metric, own[0], blank), _why(sent, u, "partner")
    if partner_only or u.source == "unknown" or u.start > item.start:
        return None
    partners = [x for x in known if x.prep in PARTNER_PREPS]
    if len({x.code for x in partners}) != 1 or len(partners) != len(known):
        return None
    return orient(seg.metric, blank, partners[0]), _why(sent, u, "reporting side")
