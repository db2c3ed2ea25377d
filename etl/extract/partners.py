"""Which two places a figure is about: the clause's own places, groups that are not a partner,
a region's total foreign trade, then the article's running pair (`resolve.pick_pair`)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.change import DOWN, UP
from etl.extract.dialogue import QUOTE_WROTE, SAID, answer_line
from etl.extract.half_pairs import one_side_known, unresolved_pair
from etl.extract.metric import TOTAL_TRADE, MetricMention
from etl.extract.places import country_of
from etl.extract.resolve import ArticleContext, Side, distinct, pick_pair, related
from etl.extract.scan_scope import search_once
from etl.extract.sentence_parts import CLAUSE_BREAK, PARTNER_PREPS, Segment, Sentence, last_break_end, sides_in
from etl.extract.sentence_rules import attributing
from etl.extract.sums import summed_partners
from etl.extract.unlisted_places import MACRO_REGIONS

_COLON = re.compile(r"[:;]")
GROUPS = re.compile(
    r"(?<![а-яё])(?:(?<!двух )(?<!двумя )(?<!обеих )(?<!обеими )(?<!наших )(?<!нашими )(?<!между )"
    r"стран(?:ы|ами|ам|ах)?|"
    r"(?<!двух )(?<!между )(?<![гГ]лава )(?<![гГ]лавы )(?<![гГ]лаве )(?<![гГ]лавой )(?<![гГ]лав )"
    r"государств(?:а|ами|ам|ах)?|СНГ|ЕАЭС|ЕАЭП|ЕС|ШОС|БРИКС|АТР|Содружеств\w*|"
    r"(?:Таможенн|Евразийск)\w+\s+союз\w*|союз(?:а|е|у|ом)?|"
    r"(?<!между )(?<!двух )(?<!обоих )(?<!наших )(?<!оборот )(?<!оборота )(?<!торговли )(?<!торговля )"
    r"регион(?:ов|ами|ам|ах)|регион(?:ов|ами|ам|ах|ы)\s+(?:"
    + MACRO_REGIONS + r")|"
    r"(?<!между )област(?:ями|ям|ях)|(?<!между )республик(?:ами|ам|ах)|"   # "с обеими республиками", "с областями"
    r"партнер(?:ов|ами|ам)(?!\s*[—:–-])|зарубеж\w*|рубеж(?:а|ом)|(?<=за )рубеж|(?<=за )границ(?:у|ей)|"
    r"заграниц\w*|федеральн\w+\s+округ\w*|"
    + MACRO_REGIONS + r")(?![а-яё])")
# A group in the partner's place: "со странами СНГ", "в государства ЕАЭС", "из-за рубежа".
# "торговли Москвы и стран ШОС": a group joined to the one named side is its partner too.
_PARTNER_PREP = re.compile(r"(?<![а-яё])(?:с|со|в|во|из|из-за|за|между|на|и)\s+(?:[а-яё]+\s+){0,2}(?:\d+\s+)?$", re.I)
# "Одним из надёжных регионов-партнёров": "one of the", a rank, not a group as partner.
# "один из", "одна из стран", "в числе надежных партнеров", "среди партнеров Узбекистана": the set one is picked from
_ONE_OF = re.compile(r"(?<![а-яё])(?:од(?:ин|н\w+)\s+из|в\s+числе|среди)\s+(?:[а-яё]+\s+){0,2}$", re.I)
# "один из ключевых торговых партнеров Кировской области в СНГ", "крупнейший партнер среди стран
# ЕАЭС": the group a partner is ranked in, not a partner.
_RANKED_IN = re.compile(r"(?<![а-яё])партн[её]р\w*(?:\s+[^\s.;:,]+){0,3}\s+(?:в|среди)\s+(?:[а-яё]+\s+)?$", re.I)


# "удельный вес КНР во внешнеторговом обороте области со странами вне СНГ", "доля России в экспорте в
# страны ЕАЭС": the group is the base a share is taken of, not a figure's partner.
# ("на долю стран СНГ пришлось …, или 2 млрд" is the group's own figure: the group must follow the flow.)
_SHARE_OF = re.compile(r"(?<![а-яё])(?:дол[яеюи]|удельн\w+\s+вес\w*)(?![а-яё])[^,;:.()]*?(?<![а-яё])во?\s+"
                       r"(?:[а-яё]+\s+){0,2}(?:товарооборот|оборот|экспорт|импорт|торговл)\w*[^,;:.()]*$", re.I)


# "пресс-служба Сибирского таможенного управления", "по данным Сибирской таможни": a macro-region's adjective
# before an organisation's noun names who told the figure, not a group as partner.
_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей|ом|ем|ое|ее|ая|яя|ую|юю|ий|ый|ие|ые|их|ым|им|ыми|ими)$", re.I)
_ORGANISATION_AFTER = re.compile(r"\s+(?:[а-яё]+(?:ого|ой|ом|ое|ая|ую|ий|ый)\s+)?(?:таможн|управлени|банк|университет|"
                                 r"отделени|филиал|дирекци|институт|академи|центр|агентств|палат|служб|департамент|"
                                 r"министерств|компани|завод|дорог|округ)\w*", re.I)


def _names_organisation(s: str, g: re.Match) -> bool:
    return bool(_ADJECTIVE.search(g.group()) and _ORGANISATION_AFTER.match(s, g.end())
                and not s[g.end():g.end() + 40].lower().lstrip().startswith("федеральн"))


def _rank_scope(s: str, g: re.Match) -> bool:
    return bool(_ONE_OF.search(s, max(0, g.start() - 30), g.start())
                or _RANKED_IN.search(s, max(0, g.start() - 70), g.start())
                or _SHARE_OF.search(s, max(0, g.start() - 100), g.start())
                or _names_organisation(s, g))
# Words that speak of the two sides without naming them: "стороны", "между нашими странами".
MUTUAL = re.compile(r"(?<![а-яё])(?:сторон\w*|двусторонн\w*|взаимн\w*|"
                    r"(?:наш\w+|двух|двумя|обе\w+|обоих)\s+(?:стран|столиц|регион|област)\w*|"
                    r"(?:товарооборот|торговл)\w*\s+(?:стран|столиц|регионов|областей)(?![а-яё])|"
                    r"между\s+(?:ними|регионами|областями|странами|государствами|субъектами|территориями)|"
                    r"(?:наш\w+|двух|обе\w+|обоих)\s+(?:территори|субъект)\w*)",
                    re.I)
def _is_named_place(sent: Sentence, g: re.Match) -> bool:
    s = sent.text
    return any(a <= g.start() < b or (a >= g.end() and s[g.end():a].strip() == "")
               for a, b in sent.spans)


def names_group(sent: Sentence, end: int | None = None) -> bool:
    """A group of countries stands somewhere in the sentence (before `end`) as a partner."""
    s = sent.text
    return any(not _is_named_place(sent, g) and _PARTNER_PREP.search(s[max(0, g.start() - 30):g.start()])
               and not _rank_scope(s, g) for g in GROUPS.finditer(s, 0, len(s) if end is None else end))


def group_partner(sent: Sentence, lo: int, hi: int, local: list[Side]) -> bool:
    """A group of countries stands where the partner goes and no single place does."""
    if any(x.prep in PARTNER_PREPS and x.source != "adj" for x in local):
        return False
    # "за рубеж … товаров с брестской маркой": an adjective after a preposition names whose goods
    # they are; a group right after its own preposition is still the partner.
    adj_prep = any(x.prep in PARTNER_PREPS for x in local)
    s = sent.text
    for g in GROUPS.finditer(s, lo, hi):
        if _is_named_place(sent, g) or _rank_scope(s, g):
            continue
        if adj_prep:
            if _GROUP_RIGHT_AFTER_PREP.search(s, max(lo, g.start() - 8), g.start()):
                return True
        elif not local or _PARTNER_PREP.search(s[max(lo, g.start() - 30):g.start()]):
            return True
    return False


_GROUP_RIGHT_AFTER_PREP = re.compile(r"(?<![а-яё])(?:с|со|в|во|из|из-за|за|на)\s+$", re.I)


_CONTRAST = re.compile(r"(?:,|;)\s*а\s+(?!также|именно|то\s)", re.I)


def _elided_clause_start(sent: Sentence, seg: Segment, item, lo: int) -> int:
    """ "Вдвое вырос товарооборот X с Y, а с Z — в 1,5 раза": a figure in a contrast clause that leaves its flow
    word out takes its places from that clause on, wherever the figure of the first clause stood (before its
    verb, as here, or after it)."""
    kws = [k for k in sent.metrics if seg.start <= k.start < item.start and k.end]
    if not kws:
        return lo
    cut = None
    for b in _CONTRAST.finditer(sent.text, max(lo, kws[-1].end), item.start):
        cut = b
    if cut is None or _FLOW_WORD.search(sent.text, cut.end(), item.start):
        return lo
    # the clause names the partner the flow word left out ("а с Z —", "а в Z —"); "а он достиг …" names none
    own = sides_in(sent, cut.end(), item.start, seg.metric)
    return cut.end() if any(x.prep in PARTNER_PREPS for x in own) else lo


def _keyword_sides(sent: Sentence, seg: Segment, item, lo: int, metric: str) -> list[Side]:
    """Places between the last trade keyword before the figure (or the previous figure) and the
    figure itself."""
    kws = [k for k in sent.metrics if seg.start <= k.start < item.start and k.metric == seg.metric]
    if not kws:
        return []
    sides = distinct(sides_in(sent, max(kws[-1].start, lo), item.start, metric))
    if len(sides) >= 2 and not related(sides[0].code, sides[1].code):
        return sides
    # "белорусско-литовский товарооборот составил …": a compound adjective right before the keyword names
    # the pair, whatever a source or a speaker named before it ("По данным посольства Беларуси в России, …")
    joint = _COMPOUND_BEFORE.search(sent.text, max(lo, kws[-1].start - 60), kws[-1].start)
    sides = distinct(sides_in(sent, joint.start(), kws[-1].start, metric)) if joint else []
    if len(sides) == 2 and not related(sides[0].code, sides[1].code):
        return sides
    return []


_COMPOUND_BEFORE = re.compile(r"(?<![а-яё-])[а-яё]+о\s?-\s?[а-яё]+\s+(?:(?:взаимн|внешнеторгов|двусторонн|торгов)"
                              r"[а-яё]*\s+)?$", re.I)


# "экспорт региона в целом вырос на 10 %": the flow as a whole.
_AS_A_WHOLE = re.compile(r"(?<![а-яё])в\s+целом(?![а-яё])", re.I)


# "внешнеторговый оборот в совокупности": both flows of the pair just named, together.
_FOREIGN_TRADE = re.compile(r"(?<![а-яё])(?:внешн\w+|внешнеторгов\w+)", re.I)
_TOGETHER = re.compile(r"\s+в\s+совокупности(?![а-яё])", re.I)
# "Всего в 2024 году экспорт области составил …", "В общей сложности …": the flow as a whole.
_ALL_IN_ALL = re.compile(r"(?<![а-яё])(?:всего|в\s+общей\s+сложности|в\s+целом)(?![а-яё])", re.I)


def _all_in_all(sent: Sentence, kw: int) -> bool:
    """ "Всего … экспорт области составил": a whole-flow word before the keyword in its clause, with
    no partner named there ("Всего … в российскую столицу отгружено", "С Беларусью в целом оборот"
    stay the partner's)."""
    lo = last_break_end(sent.text, 0, kw, 0)
    return bool(_ALL_IN_ALL.search(sent.text, lo, kw)) and \
        not any(x.prep in PARTNER_PREPS for x in sides_in(sent, lo, kw))


_SHARE_HOLDER = re.compile(r"(?<![а-яё])на\s+долю\s+[А-ЯЁ][^.;:]{0,60}?(?:приход|пришл)\w*\s+[^.;:]{0,25}%", re.I)
_PARTNER_COLON = re.compile(r"(?<![а-яё])партн[её]р\w*[^.:;]{0,40}:", re.I)


_PART_OF = re.compile(r"(?<![а-яё])(?:дол[еияюй]\w*|част[ьиюей]\w*|торговл\w*)(?![а-яё])", re.I)
_WITH_PRONOUN = re.compile(r"(?<![а-яё])со?\s+(?:ней|ним|ними)(?![а-яё])", re.I)


# "общий объем торговли двух стран", "весь товарооборот между странами": the pair named right after the keyword
_OF_THE_PAIR = re.compile(r"\s+(?:(?:дв|об)[а-яё]+\s+(?:стран|государств|регионов|сторон)|"
                          r"между\s+(?:(?:дв|об)[а-яё]+\s+)?(?:странами|государствами|регионами|сторонами))(?![а-яё])",
                          re.I)


def _is_total(sent: Sentence, seg: Segment, item, ctx: ArticleContext) -> bool:
    """ "внешняя торговля края выросла", "весь экспорт края": one side and no partner between the
    keyword and the figure — the region's total, not a bilateral figure."""
    s = sent.text
    kws = [k for k in sent.metrics if seg.start <= k.start < item.start] or [seg.keyword]
    kw = kws[-1]
    if not kw.end or not (TOTAL_TRADE.search(s[max(0, kw.start - 14):kw.end + 2])
                          or _AS_A_WHOLE.search(s, kw.end, item.start) or _all_in_all(sent, kw.start)):
        return False
    if _OF_THE_PAIR.match(s, kw.end):
        return False   # "общий объем торговли двух стран": the pair's trade
    clause_lo = last_break_end(s, 0, kw.start, 0)
    if any(x.prep in ("с", "со") for x in sides_in(sent, clause_lo, kw.start)) \
            and not any(clause_lo <= k.start < kw.start for k in sent.metrics) \
            and not _PART_OF.search(s, clause_lo, kw.start) \
            or _WITH_PRONOUN.search(s, kw.end, item.start):
        # "С Беларусью внешнеторговый оборот Смоленской области …", "внешнеторговый оборот с ней": a partner
        # (not "торговля с Китаем составляет долю внешнеторгового оборота региона": another keyword's)
        return False
    flows = ctx.flows | {k.metric for k in sent.metrics if k.start < kw.start}
    if ctx.pair and not sent.sides and {"export", "import"} <= flows:
        # "экспорт … вырос на 14 %, импорт — на 6 %. Общий товарооборот превысил …", "… Импорт
        # сократился на 3 %, а товарооборот в целом составил …": both flows of the pair, then their sum
        return False
    if not sent.sides and (ctx.trade_intro or ctx.pair and ctx.had_facts) \
            and (not _FOREIGN_TRADE.search(s, max(0, kw.start - 14), kw.end + 2) or ctx.trade_intro):
        # "Экспорт … в Брянскую область — 420 млн. Общий товарооборот превысил 650 млн", "… поставляет в
        # Псковскую область молочную продукцию. Всего … экспорт туда составил …": with no place of its own,
        # the total after the pair's figure or its introduction is the pair's (not "внешнеторговый оборот")
        return False
    if ctx.pair and _TOGETHER.match(s, kw.end) and any(x.end <= kw.start for x in list(sent.moneys) + sent.changes):
        return False   # "экспорт … в республику вырос на 20 %, а внешнеторговый оборот в совокупности — на 13 %"
    if kw.start > item.end and _SHARE_AMOUNT.search(s, max(0, item.start - 14), item.start):
        return False   # "Китай занимает 22 % (1,4 млрд долларов) во внешнеторговом обороте области": a partner's part
    if _SHARE_HOLDER.search(s, 0, kw.start):
        return False   # "На долю Беларуси приходится 40 % внешнеторгового оборота области, или 1,6 млрд": its part
    if _PARTNER_COLON.search(s, 0, kw.start):
        return False   # "назвал Беларусь одним из основных торговых партнеров региона: внешнеторговый оборот вырос …"
    brk = CLAUSE_BREAK.search(s, item.end)
    sides = distinct(sides_in(sent, kw.start, brk.start() if brk else len(s)))
    if any(x.prep in PARTNER_PREPS for x in sides):
        return False
    return len(sides) < 2 or related(sides[0].code, sides[1].code)


def _pair_before(sent: Sentence, seg: Segment) -> list[list[Side]]:
    """ "Торговля X и Y за полугодие: экспорт — 9,4 млрд": two places after the keyword before
    the segment, when that keyword gave no figure of its own, are the segment's pair."""
    prior = [k for k in sent.metrics if k.start < seg.start]
    # "…, а в Российскую Федерацию область сделала поставки на $590 млн": the places of the
    # keyword's own clause, after the last amount before it
    after_amount = max([m.end for m in sent.moneys if m.end <= seg.start], default=-1)
    if not prior and after_amount < 0:
        return []
    sides = distinct(sides_in(sent, max([k.start for k in prior] + [after_amount]), seg.start))
    if len(sides) == 2 and not related(sides[0].code, sides[1].code):
        return [sides]
    return []


# "На Беларусь пришлось 48 %, или 900 млн долларов, экспорта …", "22 % (1,4 млрд долларов) в обороте …": the
# amount restating a share, set off by commas or brackets, leaves the whole it is a share of after them.
_SHARE_AMOUNT = re.compile(r"%\s*(?:(,)\s*или\s+|(\()\s*)(?:(?:более|около|почти|свыше|порядка)\s+)?[$€]?\s*$")



# A gerund's clause opening the sentence with the figure ("Превысив 1 млрд долларов, товарооборот X и Y …"):
# the figure belongs to the main clause after the comma.
_GERUND_LEAD = re.compile(r"\s*(?:[А-ЯЁа-яё]+\s+)?(?:достигнув|превысив|составив|перешагнув|увеличившись|выросши|"
                          r"сократившись|снизившись)\s[^,;:()]{1,60},", re.I)
# The figures open the sentence, set off by commas, and their verb and flow follow: "На 37 %, до 3,4 млрд долларов,
# увеличился в 2022 году товарооборот …", "Почти на четверть, до 90 млн, сократились поставки …"
_FLOW = r"(?:товарооборот|товарообмен|торгов|экспорт|импорт|поставк|поставок|закуп|ввоз|вывоз|оборот|объ[её]м)"
_FLOW_WORD = re.compile(rf"(?<![а-яё]){_FLOW}", re.I)
_VERB_THEN_FLOW = re.compile(rf"\s*(?:{UP}|{DOWN}|составил\w*|достиг\w*|превысил\w*)(?:\s+[^,;:.!?()«»—–]{{1,40}}?)??"
                             rf"\s+(?:[а-яё]+\s+)?{_FLOW}", re.I)


def _figure_clause_break(s: str, item, hi: int, kw: MetricMention | None = None) -> re.Match | None:
    """The break that ends the figure's clause; the comma or bracket closing a share's amount ("48 %, или
    900 млн долларов, экспорта области", "22 % (1,4 млрд долларов) в обороте") does not, nor the comma closing a
    figure set off before its own verb and keyword ("На 20 %, до 300 млн долларов, вырос в 2024 году экспорт …")."""
    brk = CLAUSE_BREAK.search(s, item.end, hi)
    if brk and brk.group() == "," and kw is not None and kw.end and brk.end() <= kw.start < hi \
            and _FRONTED_TO_KEYWORD.fullmatch(s, brk.end(), kw.start):
        return CLAUSE_BREAK.search(s, kw.end, hi)
    lead = _GERUND_LEAD.match(s)
    if brk and lead and item.end <= lead.end() <= hi:   # "Достигнув 1 млрд долларов, товарооборот X и Y …"
        brk = CLAUSE_BREAK.search(s, lead.end(), hi)
    if brk and brk.group() == "," and not _FLOW_WORD.search(s, 0, item.start) and _VERB_THEN_FLOW.match(s, brk.end()):
        # "На 12 %, до 1,8 млрд долларов, вырос товарооборот X с Y": figures set off before their verb and flow
        brk = CLAUSE_BREAK.search(s, brk.end(), hi)
    share = _SHARE_AMOUNT.search(s, max(0, item.start - 14), item.start)
    if brk and share and brk.group() == ("," if share.group(1) else ")"):
        brk = CLAUSE_BREAK.search(s, brk.end(), hi)
    return brk


# "…, вырос в январе — июле 2023 года товарооборот", "…, увеличился импорт": a verb opening the words up to the keyword,
# no other clause or figure between
_FRONTED_TO_KEYWORD = re.compile(rf"\s*(?:{UP}|{DOWN}|составил\w*|достиг\w*|превысил\w*)[^,;:()%\d]{{0,50}}"
                                 rf"(?:(?<=[а-яё ])\d{{4}}(?:-?(?:го|м))?[^,;:()%\d]{{0,20}})?\s*", re.I)


# "товарооборот дальневосточных регионов", "экспорт сибирских областей": a group of regions owns the flow
# ("товарооборот наших регионов", "… двух областей", bare "товарооборот регионов" are the article's two sides)
_NOT_GROUP = r"(?!(?:наш|ваш|их|эт|обо|обе|дву|тр[её]х|соседн|данн|указанн)\w*\s)"
_GROUP_OWNER = re.compile(rf"\s+{_NOT_GROUP}[а-яё]+(?:ых|их)\s+(?:регионов|субъектов|областей)(?![а-яё])", re.I)
_NEW_CLAUSE = re.compile(r";|,\s*а\s")


def _group_clause(sent: Sentence, seg: Segment, item, m: str) -> bool:
    """ "…, в том числе в Россию — 2,1 млрд; в страны дальнего зарубежья поставлено товаров на 2,3 млрд": a clause
    of its own (after ";" or ", а"), with its own flow word and a group of countries, no place, before the amount —
    the amount is the group's, not the place's of the clause before."""
    s = sent.text
    own = max((b.end() for b in _NEW_CLAUSE.finditer(s, 0, item.start)), default=None)
    kw = seg.keyword
    return own is not None and bool(kw.end) and own <= kw.start < item.start \
        and not sides_in(sent, own, item.start, m) and group_partner(sent, own, item.start, [])


def pair_for(sent: Sentence, seg: Segment, item, lo: int, hi: int, ctx: ArticleContext):
    s = sent.text
    m = seg.metric
    lo = _elided_clause_start(sent, seg, item, lo)
    local = sides_in(sent, lo, item.start, m)
    brk = _figure_clause_break(s, item, hi, seg.keyword)
    after = sides_in(sent, item.end, brk.start() if brk else hi, m)
    if seg.keyword.end and _GROUP_OWNER.match(s, seg.keyword.end) and seg.keyword.end <= item.start:
        return None, "the flow's owner is a group of regions"
    if group_partner(sent, lo, item.start, local) or \
            (not local and not after and group_partner(sent, item.end, hi, [])) or _group_clause(sent, seg, item, m):
        return None, "partner is a group of countries"
    # "Смоленская и Брянская области наращивают торговлю с Беларусью: товарооборот Смоленщины с …": a list
    # before a colon or semicolon is no sum when the figure's own clause names its places anew
    cut = max((b.end() for b in _COLON.finditer(s, lo, item.start)), default=lo)
    if summed_partners(sent, cut if sides_in(sent, cut, item.start, m) else lo, item.start):
        return None, "a sum for several partners"
    if sent.unresolved and not _is_total(sent, seg, item, ctx):
        # "… а с Тмутараканью — 2 млн": a partner the text names but the reference list or the
        # article cannot resolve is null, not the running pair's partner.
        half = unresolved_pair(sent, seg, item, lo, brk.start() if brk else hi, local + after, ctx, True)
        if half:
            return half
    if lo > seg.start and not local and not after and ctx.pair:
        # "… составил $24 млрд, и … реально выйти на $30 млрд": a later figure with no place of
        # its own continues the pair of the figure before it.
        return (Side(ctx.pair[0]), Side(ctx.pair[1])), "pair of the previous figure"
    if ctx.pair and attributing(sent, item.start, brk.start() if brk else hi, m):
        return (Side(ctx.pair[0]), Side(ctx.pair[1])), "pair of the figures the sentence attributes"
    if _is_total(sent, seg, item, ctx):
        return None, "total foreign trade, no partner"
    if names_group(sent, item.start) and not any(x.prep in PARTNER_PREPS for _, x in sent.sides):
        # "продукция поставляется более чем в 100 стран, экспорт вырос на 12 %": the figure is the
        # total to the group; the article's running partner is not its partner.
        return None, "partner is a group of countries"
    # "Экспорт области в Россию вырос, в том числе экспорт в Псковскую область — на 21 %": the places after
    # the figure's own keyword, when a keyword of the same flow stands between the segment's start and it
    kws = [k for k in sent.metrics if lo < k.start < item.start and k.metric == m and k.end]
    own = sides_in(sent, kws[-1].start, item.start, m) if kws and any(
        k.start < kws[-1].start for k in sent.metrics if k.metric == m) else []
    if own:   # first in the layer, the clause's other places still there for the reporting side
        local = own + [x for x in local if all(x.code != o.code for o in own)]
    first = _keyword_sides(sent, seg, item, lo, m) or local or after
    if after and _change_before_keyword(s, item, seg.keyword):
        first = after   # "поручил втрое нарастить товарооборот с Иркутской областью": the keyword's places
    layers = [first, _segment_sides(sent, seg, item, m)]
    quote = _ATTRIBUTION.search(s, item.end)
    trailing = None if quote else _TRAILING_SPEAKER.search(s, item.end)
    if trailing and not any(x.start > trailing.start() for x in list(sent.moneys) + list(sent.changes)):
        quote = trailing   # the speaker's clause ends the sentence and holds no figure of its own
    if quote and (quote.start() >= seg.end or quote is trailing):
        # "«… мы поставили в Беларусь на 87 млн …», — рассказал губернатор Костромской области":
        # the speaker's place is the side of every figure in the quote.
        # only the speaker's own phrase: "— напомнил президент, назвав Брянскую … области" names no side
        stop = speaker_stop(s, quote.end())
        layers.append(sides_in(sent, quote.end(), stop, m))
    if quote and quote is not trailing:
        # the speaker named after the quotation's close reports its flows ("«… с Казахстаном …, экспорт — 900 млн»,
        # — отметил министр Беларуси"), in whichever layer its place came
        said = {id(x) for pos, x in sent.sides if pos >= quote.end() and x.source != "generic"}
        layers = [[replace(x, source="speaker") if id(x) in said else x for x in layer] for layer in layers]
    if not any(layers) and not ctx.pair:
        layers = _pair_before(sent, seg) or layers
    # "— Товарооборот с Беларусью превысил 400 млн": a line of the interview is about the interviewee's place;
    # then a quotation's speaker, named after its last sentence
    for speaker in (ctx.speaker if answer_line(s, ctx) else None, ctx.quote_speaker):
        if speaker and not any(related(x.code, speaker) for x in layers[-1]) and len(distinct(layers[-1])) <= 1:
            layers.append([Side(speaker, "", "speaker")])
    mutual = search_once(MUTUAL, s)   # the sentence's, asked for each of its figures
    if mutual and ctx.group_mutual and not sent.sides and mutual.group().lower().startswith("взаимн"):
        # "Взаимный экспорт государств Таможенного союза уменьшился … Взаимный импорт при этом вырос на 4,6 %"
        return None, "partner is a group of countries"
    countries = bool(mutual and re.search(r"стран|государств", mutual.group(), re.I))
    pair = pick_pair(seg.metric, layers, ctx, bool(mutual) or ctx.trade_intro, countries)
    if pair is None and not any(layers) and any(k.product and k.start < seg.start for k in sent.metrics):
        # "поставляла в Омскую область мясо, а в 2024 году отгружала туда разных товаров на 20 млн": after a
        # product's segment (its own), a segment naming no place takes the places the sentence named before
        pair = pick_pair(seg.metric, [sides_in(sent, 0, seg.start, m)], ctx)
    if pair is None and not any(layers) and not ctx.pair:
        # "Импорт вырос на 20 %, и товарооборот Брестской области с Татарстаном достиг …": a first
        # segment naming no place takes the one pair the sentence names after it
        later = distinct(sides_in(sent, seg.end, len(s), m))
        if len(later) == 2 and not related(later[0].code, later[1].code):
            pair = pick_pair(seg.metric, [later], ctx)
    if pair is None and sent.unresolved:
        half = unresolved_pair(sent, seg, item, lo, brk.start() if brk else hi, local + after, ctx, False)
        if half:
            return half
    if pair is None and mutual:
        half = one_side_known(sent, seg, ctx)
        if half:
            return half
    if pair is None:
        return None, "places not stated"
    return _share_holder(sent, pair, item), ""


# "…, из них в Россию — 2 млрд", "в том числе с Китаем — на 30 %": a breakdown after the figure.
_BREAKDOWN = re.compile(r"(?<![а-яё])(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s*ч\.|включая)(?![а-яё])",
                        re.I)


# "…: таким стал товарооборот", "…: столько составил экспорт" — the clause after the colon is the figure's
_POINTER = re.compile(r"\s*(?:именно\s+)?(?:(?:на|до|в|во|о)\s+)?(?:так(?:ов|ова|ово|овы|ой|ая|ое|ие|им|ую|им|ого|ую)|"
                      r"столько)(?![а-яё])"
                      r"(?!\s+образом)", re.I)


# "…, — заявил премьер России, встретившийся с президентом Беларуси", "…, встретившись в Ташкенте с …", "…,
# побывавший в Узбекистане", "…, в ходе встречи с послом …", "…, принимая посла …": the speaker meeting or visiting
# someone, its counterpart ("…, назвав Брянскую область воротами …" is no meeting: it names no side)
_SPEAKER_MET = re.compile(r",\s*(?:[а-яё]+\s+){0,2}?(?:встре[тч]\w*|побеседова\w*|бесед\w*|переговор\w*|побыва\w*|"
                          r"посети\w*|посеща\w*|принима\w*|приняв\w*)(?![а-яё])[^,;:()]*", re.I)


def speaker_stop(s: str, pos: int) -> int:
    """Where the speaker's phrase that starts at `pos` ends: at its clause break, or past one participle phrase of
    meeting or visiting right after it."""
    stop = CLAUSE_BREAK.search(s, pos)
    if stop is None:
        return len(s)
    met = _SPEAKER_MET.match(s, stop.start())
    return met.end() if met else stop.start()


def _segment_sides(sent: Sentence, seg: Segment, item, metric: str) -> list[Side]:
    """The segment's places a figure may take: up to its reach; past the figure's own clause only
    those with a partner preposition ("…, основной рынок — Россия", "…, покупателями стали Россия и
    Казахстан" say something else about a place)."""
    reach = _own_reach(sent, seg, item)
    brk = _figure_clause_break(sent.text, item, reach, seg.keyword)
    if brk and _POINTER.match(sent.text, brk.end()):
        brk = None   # "Рекордные 520 млн долларов: таким стал товарооборот X и Y": the clause names the figure
    later = brk.start() if brk else reach
    quote = _ATTRIBUTION.search(sent.text, item.end)
    said = quote.end() if quote else reach   # "«…», — заявил губернатор Курганской области": the speaker's
    said_end = speaker_stop(sent.text, said)
    # "«… мы наторговали на 420 млн, и это 30 % прироста», — отметил белорусский президент": the
    # speaker is a side of every figure of the quote, also past a later figure's clause.
    speaker = sides_in(sent, said, said_end, metric) if quote and reach < said else []
    # "«…», — напомнил президент, назвав Брянскую … области воротами Беларуси в огромную Россию": past
    # the speaker's phrase the text speaks of something else, preposition or not.
    past = said_end if quote else len(sent.text)
    return [x for x in sides_in(sent, seg.start, reach, metric)
            if _kept(sent, x, later, said, said_end, past)] + speaker


def _kept(sent: Sentence, side: Side, later: int, said: int, said_end: int, past: int) -> bool:
    pos = next(p for p, x in sent.sides if x is side)
    return pos < later or side.prep in PARTNER_PREPS and pos < past or said <= pos < said_end


def _own_reach(sent: Sentence, seg: Segment, item) -> int:
    """How far a figure's segment-wide places reach: not into a breakdown after it ("3 млрд, из них в
    Россию — 2 млрд") nor into the clause of a later figure ("вырос на 5 %, в Россию — на 8 %") —
    those places are the later figure's."""
    s = sent.text
    end = seg.end
    brk = _BREAKDOWN.search(s, item.end, end)
    if brk:
        end = brk.start()
    later = [x.start for x in list(sent.moneys) + list(sent.changes) if item.end <= x.start < end]
    if later:
        cut = last_break_end(s, item.end, later[0], None)
        if cut is not None:
            end = cut
    return end


_VERB_TO_KEYWORD = re.compile(r"\s+(?:[а-яё]+\s+){1,2}", re.I)


def _change_before_keyword(s: str, item, kw: MetricMention) -> bool:
    """A change-only item one or two words (its verb) before its keyword: "втрое нарастить
    товарооборот", "на треть сократился экспорт"."""
    return (getattr(item, "pct", None) is not None and not hasattr(item, "currency") and kw.end > 0
            and item.end <= kw.start and bool(_VERB_TO_KEYWORD.fullmatch(s, item.end, kw.start)))


def _share_holder(sent: Sentence, pair: tuple[Side, Side], item) -> tuple[Side, Side]:
    """ "Доля Брестской области в общем экспорте Беларуси в Россию … 12,4 %, или около 1,9 млрд": the
    amount is the region's part of its country's flow."""
    parts = [x for pos, x in sent.sides if x.prep in ("доля", "долю", "доли") and pos < item.start]
    part = parts[-1] if parts else None   # "на долю Москвы — 5 млрд, на долю Санкт-Петербурга — 2 млрд"
    if part and part.code != pair[0].code and country_of(part.code) == pair[0].code:
        return Side(part.code, "", part.source), pair[1]
    if part and part.code != pair[1].code and country_of(part.code) == pair[1].code:
        return pair[0], Side(part.code, "", part.source)
    if part and part.code == pair[0].code and any(
            x.prep in ("в", "во", "на", "из") and x.code == country_of(part.code) for _, x in sent.sides):
        # "Доля Москвы в белорусском экспорте в Россию": the part of the partner country is the partner
        return pair[1], Side(part.code, "", part.source)
    return pair


# "Товарооборот между нашими странами вырос до 8 млрд, отметил посол Китая в Беларуси": a speaker
# named after the figure with no quotation marks, in the sentence's last clause.
_TRAILING_SPEAKER = re.compile(rf",\s*(?:[—–-]\s*)?(?:{SAID})\w*(?=[^,;:]*[.!?]?\s*$)", re.I)
_ATTRIBUTION = re.compile(rf"[»\"]\s*,?\s*[—–-]+\s*(?:[а-яё]+\s+){{0,3}}?(?:{SAID}|{QUOTE_WROTE}|говорит)\w*",
                          re.I)
