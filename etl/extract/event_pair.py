"""The two sides of one event cue (etl/extract/events.py): a forum's or a joint body's from its own name or
clause, a signing's from its signatories — before the verb, after it, or in the document's title — and
any other event's from the participants around it (event_sides.pick_sides)."""

from __future__ import annotations

import re

from etl.extract.event_cues import Cue, clause, cues
from etl.extract.event_sides import Participant, pick_sides
from etl.extract.event_visits import nominative, phrase_end, presented_by, presented_in
from etl.extract.places import country_of

# "Форум регионов" with no states named: the Forum of Regions of Belarus and Russia
OF_REGIONS = re.compile(r"форум\w*\s+регионов(?![а-яё])")
# "Форум межрегионального сотрудничества" with no states named: of the states of the regions taking part
INTERREGIONAL = re.compile(r"форум\w*\s+межрегиональн\w*\s+сотрудничеств\w*")
# an official in the nominative right after a forum's word opens the clause's subject, not the forum's name
_SUBJECT_AFTER = re.compile(r"(?:\s+во?\s+[а-яё-]+)?\s+(?:губернатор|аким|хоким|председатель|глава|мэр|министр|"
                            r"президент|премьер-министр|делегация)(?![а-яё])")   # (past its venue: "форума в Казани")
_SIDELINES = re.compile(r"(?<![а-яё])на\s+полях\s+(?:[^\s,.;:]+\s+){0,4}$")
# a forum named as the occasion of what the clause tells ("в ходе форума планируется подписать …")
_OCCASION_BEFORE = re.compile(r"(?<![а-яё])(?:в\s+ходе|в\s+рамках|во\s+время|на\s+полях)\s+(?:[а-яё-]+\s+){0,2}$")
_SIGNED_AT = re.compile(r"(?<![а-яё])(?:на\s+полях|в\s+рамках|в\s+ходе|во\s+время|на)\s+(?:[ivx\d]+\s+)?"
                          r"(?:[а-яё-]+\s+){0,2}?(?:форум|заседани|визит|сесси|встреч|переговор|саммит|конференц)")


# "двух стран", "обоих регионов": a joint body of the two sides named elsewhere
OF_BOTH = re.compile(r"(?<![а-яё])(?:двух|обоих|обеих)\s+(?:государств|регионов|областей|стран)(?![а-яё])")
# a signing word in the clause of a forum named as an occasion (_OCCASION_BEFORE): "… подписано в рамках форума"
# talks to come, placed at a forum: "продолжить диалог в ходе …", "провести переговоры в рамках …"
_TALK_AT = re.compile(r"(?<![а-яё])(?:продолжить|провести|встретиться|обсудить|возобновить)\s+(?:[а-яё-]+\s+){0,2}?"
                      r"(?:в\s+ходе|в\s+рамках|во\s+время|на\s+полях|на)\s+(?:[а-яё-]+\s+){0,3}$")
_SIGNING = re.compile(r"(?<![а-яё])(?:подписа|заключ|парафир)[а-яё]*")


def article_pair(fallback) -> tuple[str, str] | None:
    """The first place the article names around (`fallback`, in order) and the first of another country after
    it; None when it names places of one country only."""
    first = next(iter(fallback), None)
    other = next((c for c in fallback if first and country_of(c) != country_of(first)), None)
    return None if other is None else (first, other)


def cue_sides(ps: list[Participant], low: str, cue: Cue, fallback: list[str]
           ) -> tuple[Participant, Participant] | None:
    """A forum's or a joint body's sides are named in its name ("Форум регионов Беларуси и России",
    "совет … Свердловской области и Беларуси") or at least in its clause, never only elsewhere."""
    # "российско-эмиратской межправкомиссии", "встрече Матвиенко и Кочановой", "Форума регионов
    # Беларуси и России": two countries named in the event's own phrase are its sides.
    lo = min([p.start for p in ps if p.source == "adj" and p.end <= cue.start and cue.start - p.end <= 30
              and not re.search(r"[,.;:()«»\"—]", low[p.end:cue.start])] + [cue.start])
    if cue.type == "forum" and (guest := presented_in(ps, low, cue) or presented_by(ps, low, cue)):
        return guest
    if cue.type == "forum" and (m := INTERREGIONAL.match(low, cue.start)):
        own = [p for p in ps if cue.start <= p.start <= m.end() + 30 and p.role not in ("venue", "dest")]
        states = sorted({country_of(p.code) for p in ps if p.role not in ("posted", "diplomat")},
                        key=lambda c: min(p.start for p in ps if country_of(p.code) == c))
        if len({country_of(p.code) for p in own}) < 2 and len(states) == 2:
            # "На форуме межрегионального сотрудничества аким СКО и губернатор Омской области …": of their states
            return tuple(Participant(c, cue.start, cue.end, "place", "name") for c in states)
    if cue.type == "forum" and OF_REGIONS.match(low, cue.start) and lo == cue.start:   # not "белорусско-узбекский"
        own = [p for p in ps if cue.start <= p.start <= cue.end + 30 and p.role not in ("venue", "dest")]
        if len({country_of(p.code) for p in own}) < 2:   # "Форум регионов" alone: of Belarus and Russia
            return Participant("BY", cue.start, cue.end, "place", "name"), Participant("RU", cue.start, cue.end,
                                                                                     "place", "name")
    reach = 70 if cue.type in ("forum", "commission") else 45   # "комиссии по торгово-экономическому …"
    end = phrase_end(low, cue.end, cue.end + reach)
    if cue.type == "agreement":   # "… с Калужской областью, а Гродненская — с Тульской": the next clause's
        end = min(end, clause(low, cue.start, cue.end)[1])
    if cue.type == "forum" and (subject := _SUBJECT_AFTER.match(low, cue.end)):
        end = subject.start()   # "на пленарном заседании форума губернатор … и хоким … подписали": the signatories
    named = [p for p in ps if lo <= p.start <= end and p.role not in ("venue", "posted")]
    first = max(clause(low, cue.start, cue.end)[0], low.rfind(",", 0, cue.start))
    subjects = [p for p in ps if first <= p.start < cue.start
                and p.role not in ("venue", "dest", "posted", "diplomat", "occasion")]
    if cue.type == "agreement" and (occasion := _SIGNED_AT.search(low, first, cue.start)):
        # "В рамках Форума регионов Беларуси и России Витебская область подписала … с Нижегородской областью": the
        # places in the occasion's name (not in the nominative) are not the signatories
        subjects = [p for p in subjects if p.start < occasion.start() or nominative(low, p)]
    if cue.type == "agreement" and len({country_of(p.code) for p in subjects}) >= 2:
        # "X и Y подписали …": the signatories, the nearest the verb ("На полях Форума регионов Беларуси и
        # России Могилевская область и Смоленская область подписали …": the forum's places are farther)
        return pick_sides(subjects[::-1], cue.start, [], by_position=True)
    if cue.type == "agreement" and (after := _signed_by_after(ps, low, cue)):
        return after   # "Соглашение о поставках … в Приморский край подписали губернатор Приморья и председатель …"
    if cue.type == "agreement" and len({country_of(p.code) for p in subjects}) == 1 \
            and all(nominative(low, p) for p in subjects):
        named = subjects + [p for p in named if p not in subjects]   # "X подписала с Y соглашение … рынки Китая"
    if cue.type == "meeting" and len({country_of(p.code) for p in subjects}) >= 2 \
            and (at := _SIGNED_AT.search(low, cue.end, end)):
        # "Губернатор … и председатель … встретились на полях Форума регионов Беларуси и России": the forum's states
        # after the occasion word are not the ones who met
        named = [p for p in named if p.start < at.start()]
    if cue.type == "agreement" and (at := _SIGNED_AT.search(low, cue.start, cue.end)):
        # "подписали на полях Форума России и Узбекистана соглашение": the forum's sides are not the signatories
        named = [p for p in named if not at.start() <= p.start < cue.end]
        ps = [p for p in ps if not at.start() <= p.start < cue.end]
    if len({country_of(p.code) for p in named}) >= 2:
        pair = pick_sides(named, cue.start, [], by_position=True)
        return _own_region(pair, ps, low, cue) if cue.type == "commission" and pair else pair
    if cue.type not in ("forum", "commission"):
        return pick_sides(ps, cue.start, fallback, clause=clause(low, cue.start, cue.end, relative=True))
    if cue.type == "forum" and _SIDELINES.search(low, max(0, cue.start - 60), cue.start):
        return None   # "на полях Восточного экономического форума": a third party's; its phrase names no two sides
    if cue.type == "forum" and _TALK_AT.search(low, max(0, cue.start - 90), cue.start):
        return None   # "договорились продолжить диалог в ходе очередного Каспийского экономического форума": talks to
        # come at a forum its phrase names no sides of
    lo, hi = clause(low, cue.start, cue.end, relative=True)   # "форуме, который проходит в Риге"
    if cue.type == "forum" and _OCCASION_BEFORE.search(low, max(0, cue.start - 40), cue.start) \
            and _SIGNING.search(low, lo, hi):
        return None   # "Соглашение между … подписано в рамках форума": the signatories, not the forum's sides
    if cue.type == "forum" and (subject := _SUBJECT_AFTER.match(low, cue.end)):
        hi = min(hi, subject.start())   # (the signatories after it are no forum's sides)
    if cue.type == "forum" and _OCCASION_BEFORE.search(low, max(0, cue.start - 40), cue.start):
        hi = min(hi, end)   # "В ходе форума планируется подписать соглашение между …": the signing's sides
    inside = [p for p in ps if lo <= p.start < hi or p.start < 0]   # (start < 0: sides from the sentences around)
    if cue.type == "commission" and len({country_of(p.code) for p in inside}) < 2 \
            and OF_BOTH.search(low, cue.end, end):
        # "… в Ташкенте — на заседании коллегий министерств двух стран": the pair the article names around
        if (two := article_pair(fallback)) is not None:
            return Participant(two[0], -1, -1, "place", "context"), Participant(two[1], -1, -1, "place", "context")
    return pick_sides(inside, cue.start, fallback if cue.type == "commission" else [])


def _signed_by_after(ps: list[Participant], low: str, cue: Cue) -> tuple[Participant, Participant] | None:
    """A document named before its signing verb, the signatories after it in its clause ("Соглашение о
    поставках белорусской техники в Приморский край подписали губернатор Приморья и председатель Минского
    облисполкома"): they are the sides, not the places of the document's title."""
    hi = clause(low, cue.start, cue.end)[1]
    sign = cues()["sign"].search(low, cue.end, hi)
    if sign is None:
        return None
    after = [p for p in ps if sign.end() <= p.start < hi and p.role not in ("venue", "dest", "posted", "goods",
                                                                             "diplomat")]
    return pick_sides(after, sign.start(), [], by_position=True) \
        if len({country_of(p.code) for p in after}) >= 2 else None


def _own_region(pair: tuple[Participant, Participant], ps: list[Participant], low: str, cue: Cue
                ) -> tuple[Participant, Participant]:
    """A joint body named by its states' adjectives ("на заседании Российско-Белорусского совета …") whose
    clause names one region of a state as a participant ("Глава Калининградской области … на заседании"):
    that region is the state's side there, as a delegation named by its state is the region's."""
    if any("-" in p.code or p.source != "adj" for p in pair):
        return pair
    lo, hi = clause(low, cue.start, cue.end)
    regions = [p for p in ps if lo <= p.start < hi and "-" in p.code and p.role not in ("venue", "dest", "posted",
                                                                                          "diplomat", "goods")]
    own = {}
    for state in {p.code for p in pair}:
        if len(codes := {r.code for r in regions if country_of(r.code) == state}) == 1:
            own[state] = next(r for r in regions if r.code in codes)
    return tuple(own.get(p.code, p) for p in pair)


# "… подписали соглашение с хокимиятом Ташкентской области", "меморандум с Северо-Казахстанской областью": the
# partner the document's own phrase names after "с" (past a body's word)
_WITH_BEFORE = re.compile(r"(?<![а-яё])со?\s+(?:[а-яё-]+\s+){0,2}$")


def own_partner(ps: list[Participant], pairs: list[tuple[Participant, Participant]], low: str, cue: Cue
                ) -> list[tuple[Participant, Participant]]:
    """The pairs of a signing whose partner its own phrase names ("Провели переговоры с хокимами Ташкентской и
    Самаркандской областей, подписали соглашение … с хокимиятом Ташкентской области": Tashkent oblast only)."""
    hi = clause(low, cue.start, cue.end)[1]
    after = sorted((p for p in ps if cue.start < p.start), key=lambda p: p.start)
    first = next((p for p in after if p.start < hi and _WITH_BEFORE.search(low, max(0, p.start - 40), p.start)), None)
    if first is None:
        return pairs
    # (and the places of its country named after it: "с Калужской, Тульской и Владимирской областями",
    # "с Витебской областью, а также с Гродненской областью")
    own = {p.code for p in after if p.start >= first.start and country_of(p.code) == country_of(first.code)}
    mine = [(x, y) for x, y in pairs if x.code in own or y.code in own]
    if mine:
        return mine
    partner = next(p for p in ps if p.code in own)
    x, y = pairs[0]   # the partner named in another clause gives way to the document's own
    keep = x if country_of(x.code) != country_of(partner.code) else y
    return [(keep, partner) if keep is x else (partner, keep)]
