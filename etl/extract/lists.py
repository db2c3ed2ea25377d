"""Enumerations of partners: "вошли Россия ($5,6 млрд), Казахстан ($3 млрд)", "с Украиной — на 57,5 %",
"с Кыргызстаном и Германией … $903 млн и $829 млн соответственно". Each figure goes with its own
partner; the reporting side is the place the article is about."""

from __future__ import annotations

import re

from etl.extract.morph import tags
from etl.extract.places import country_of
from etl.extract.resolve import ArticleContext, Side, distinct, orient, same_end
from etl.extract.sentence_parts import PARTNER_PREPS, Segment, Sentence, last_break_end

# Between a partner and its figure: "Россия (", "Украиной — на", "Германия с", "китайских товаров — на".
_ADJACENT_GAP = re.compile(r"(?:\s+[а-яё]+)?\s*(?:\(|[—–-]|с(?=\s)|:)\s*(?:на\s+)?", re.I)
_RESPECTIVELY = re.compile(r"соответственно", re.I)


def adjacent_partners(sent: Sentence) -> dict[int, Side]:
    """Figure start → the place written right before it."""
    ends = dict(sent.spans)
    items = sorted([x.start for x in sent.moneys] + [x.start for x in sent.changes])
    out: dict[int, Side] = {}
    owners = {k.end for k in sent.metrics}
    prev: tuple[int, Side] | None = None
    for pos, side in sent.sides:
        end = ends.get(pos)
        listed = prev is not None and _listed_after(sent.text, prev, ends, pos, side)
        prev = (pos, side)
        if end is None or side.source != "adj" and any(sent.text[e:pos].strip() == "" for e in owners if e <= pos):
            continue   # "экспорт Гомельщины — 41 млн": the flow's own side, not a partner
        if listed:
            continue   # "с Россией и Китаем — 6,5 млрд": the figure is the list's sum, not the last place's
        nxt = next((i for i in items if i >= end), None)
        if nxt is not None and _ADJACENT_GAP.fullmatch(sent.text, end, nxt):
            out[nxt] = side
    return out


def _listed_after(text: str, prev: tuple[int, Side], ends: dict, pos: int, side: Side) -> bool:
    """The place at `pos` ends a list of partners under one preposition: "с Россией и Китаем"."""
    p0, x0 = prev
    return x0.prep in ("с", "со", "в", "во", "из", "на") and not x0.locative and x0.code != side.code \
        and side.prep in ("и", "", x0.prep) and p0 in ends and bool(_COORD.fullmatch(text, ends[p0], pos))


def respective_partners(sent: Sentence, seg: Segment, items: list) -> tuple[dict[int, Side], list[Side]]:
    """ "с X и Y … A и B соответственно": the n figures go with the last n places before them, in
    order; places named before those are the reporting side."""
    if len(items) < 2 or not _RESPECTIVELY.search(sent.text, seg.start, seg.end):
        return {}, []
    before = distinct([x for pos, x in sent.sides if seg.start <= pos < items[0].start])
    if len(before) < len(items):
        return {}, []
    n = len(items)
    run = _coordinated_run(sent, seg.start, items[0].start, n)
    if run and run != before[-n:]:
        # "Гродненская и Брестская области … в Смоленскую область на 64 и 51 млн соответственно":
        # the list the figures follow is the places joined by "и" or commas.
        return {it.start: p for it, p in zip(items, run, strict=True)}, [x for x in before if x not in run]
    return {it.start: p for it, p in zip(items, before[-n:], strict=True)}, before[:-n]


_COORD = re.compile(r"\s*(?:,\s*(?:и\s+)?|и\s+)", re.I)


def _coordinated_run(sent: Sentence, lo: int, hi: int, n: int) -> list[Side]:
    """The last run of exactly n distinct places joined by "и" or commas in [lo, hi)."""
    ends = dict(sent.spans)
    runs: list[list[tuple[int, Side]]] = []
    for pos, side in sent.sides:
        if not lo <= pos < hi:
            continue
        last = runs[-1][-1][0] if runs else None
        if last is not None and (pos == last or last in ends and _COORD.fullmatch(sent.text, ends[last], pos)):
            runs[-1].append((pos, side))
        else:
            runs.append([(pos, side)])
    fits = [distinct([x for _, x in r]) for r in runs]
    fits = [r for r in fits if len(r) == n]
    return fits[-1] if fits else []


# "в Польшу и из Польши — 260 и 410 млн долларов соответственно": export, then import.
_TWO_WAYS = re.compile(r"(?<![а-яё])(во?|из)\s+([А-ЯЁ]\w+)\s+и\s+(во?|из)\s+([А-ЯЁ]\w+)")


def respective_directions(sent: Sentence, seg: Segment, items: list) -> dict[int, str]:
    """Figure start → metric, when two figures with "соответственно" follow "в X и из X"."""
    if len(items) < 2 or not _RESPECTIVELY.search(sent.text, seg.start, seg.end):
        return {}
    ways = [m for m in _TWO_WAYS.finditer(sent.text, seg.start, items[-1].start) if m.group(1)[0] != m.group(3)[0]]
    after = [it for it in items if ways and it.start > ways[-1].end()]
    if len(after) != 2:
        return {}
    flows = ["export" if w.startswith("в") else "import" for w in (ways[-1].group(1), ways[-1].group(3))]
    return {it.start: f for it, f in zip(after, flows, strict=True)}


def _with_partner(text: str, pos: int, side: Side) -> bool:
    """ "Товарооборот с Москвой — 720 млн, с Петербургом — …": a place after "с" in the instrumental is a
    partner, never the list's reporting side ("экспорт с Сахалина", a genitive, is where goods come from)."""
    word = text[pos:].split(maxsplit=1)
    return side.prep in ("с", "со") and bool(word) and any("ablt" in t for t in tags(word[0].strip(".,:;")))


def subject(sent: Sentence, partners: set[str], ctx: ArticleContext, lo: int, hi: int,
            tail: tuple[str, ...] = (), partner: Side | None = None) -> str | None:
    """The place the enumeration is about: named earlier in its clause, else the article's subject.
    `partner`: a flow's partner; another destination (or source) like it is no reporting side."""
    for pos, side in sent.sides:
        if lo <= pos < hi and side.code not in partners and not (partner and same_end(side, partner)) \
                and not _with_partner(sent.text, pos, side):
            return side.code
    # "Партнеры Гомельской области (экспорт): Россия — $2,4 млрд": named before the keyword, with
    # no figure between ("экспорт в Грузию сократился на 15 %, импорт из Ирана — на 7 %": Georgia is the
    # earlier figure's partner, not the list's reporting side).
    for pos, side in reversed(sent.sides):
        if pos < lo and side.code not in partners:
            if not any(pos < m.start < lo for m in list(sent.moneys) + list(sent.changes)):
                return side.code
            break
    # "— … На втором месте Гомельская — 130 млн, — рассказал министр … Саратовской области": never
    # a place of the partners' own country; the interviewee when the article has one.
    states = {country_of(p) for p in partners}
    # "(млн долларов): Россия — 9 840, …, — сообщили в Минэкономики Беларуси": named after the table.
    for code in ([ctx.subject] if ctx.subject else []) + ctx.seen + ([ctx.speaker] if ctx.speaker else []) + list(tail):
        if code not in partners and country_of(code) not in states:
            return code
    return None


def list_pair(sent: Sentence, seg: Segment, item, partners: dict[int, Side], lead: list[Side],
              ctx: ArticleContext) -> tuple[Side, Side] | None:
    partner = partners.get(item.start)
    if partner is None:
        return None
    names = {p.code for p in partners.values()}
    first = min(x for x in partners if x >= seg.start) if any(x >= seg.start for x in partners) else item.start
    # "в Москву … на 420 млн, в Санкт-Петербург — на 180 млн": another destination is no reporting side
    side = next((x for x in lead if x.code not in names and not (seg.metric != "turnover" and same_end(x, partner))),
                None)
    tail = tuple(x.code for pos, x in sent.sides if pos > max(partners))
    # "товарооборот Тульщины с Арменией — 20 млн, Приамурья с Китаем — 900 млн": a place named in the
    # figure's own clause, before its partner, reports it.
    brk = last_break_end(sent.text, seg.start, item.start, seg.start)
    own = next((x.code for pos, x in sent.sides if brk <= pos < item.start and x.code not in names
                and x.prep not in PARTNER_PREPS), None) if brk > seg.start else None
    code = side.code if side else own or subject(sent, names, ctx, seg.start, first, tail,
                                                  partner if seg.metric != "turnover" else None)
    if code is None or code == partner.code:
        return None
    return orient(seg.metric, side or Side(code), partner)
