"""Which figures, keywords and places of a sentence count: increments and non-trade amounts
are no levels, a selling verb needs a destination, a diplomat's seat is no side, and "X — партнер
Y" names the pair the next figures are about."""

from __future__ import annotations

import re

from etl.extract.amount import Money
from etl.extract.goods_object import names_goods_portion_after
from etl.extract.metric import (
    MACRO,
    NOT_TRADE,
    TOTAL_TRADE,
    MetricMention,
    blank_causes,
    find_metrics,
    other_subject_in,
)
from etl.extract.morph import tags
from etl.extract.period import find_periods
from etl.extract.places import country_of, find_places
from etl.extract.products import product_label_after, product_money
from etl.extract.resolve import Side
from etl.extract.sentence_parts import CLAUSE_BREAK, PARTNER_PREPS, Sentence, last_break_end, sides_in

# "— без учета показателей внешней торговли с Казахстаном", "за исключением России": a place
# named as left out of a figure is no side of it.
# "второй после Минской области партнер", "уступая лишь Москве": the place a rank is counted from.
EXCLUDED_BEFORE = re.compile(r"(?<![а-яё])(?:без\s+учета|за\s+исключением|не\s+считая|кроме)\s+(?:[а-яё]+\s+){0,4}"
                             r"(?:с|со|в|во|из)?\s*$|(?<![а-яё])(?:(?:втор|трет|четв[её]рт|пят)\w+|\d+-?[а-яё]*)\s+"
                             r"(?:[а-яё]+\s+)?после\s+$|(?<![а-яё])уступа\w+\s+(?:лишь\s+|только\s+)?$", re.I)
# "на 50 млн долларов больше", "на 50 млн долларов, или на 12 %, больше": a difference, not a level
_DIFFERENCE = re.compile(r"\s*(?:,\s*или\s+(?:на\s+)?\d[\d,.]*\s*(?:%|процент\w*)\s*,?\s*)?"
                         r"(?:больше|меньше|выше|ниже)(?![а-яё])", re.I)


# An increment, not a level: "вырос в три раза, или на 14 млн", "увеличился на 40 млн долларов",
# "мы на 10 миллионов рублей подросли", "увеличившись к тому же периоду 2002 года на 658 млн" (a
# comparison base between the verb and "на").
_INCREMENT_BEFORE = re.compile(
    r"(?:(?<![а-яё])или\s*,?|(?:вырос|выросл|выраст|увелич|прибав|подрос|сократ|сниз|уменьш|упал|превыс|превзош)\w*"
    r"(?:\s+(?:[а-яё]+|(?:19|20)\d\d)){0,3}(?:\s+(?:к|по\s+сравнению\s+с|в\s+сравнении\s+с|против)\s+"
    r"(?:[а-яё]+\s+){0,3}(?:(?:19|20)\d\d\s+)?[а-яё]+)?)\s+"
    r"(?:(?:более|менее|почти|примерно|около|свыше)\s*,?\s*(?:чем\s+)?)?на\s*$|"
    # "прирост составил 40 млн долларов, или 8 %", "увеличение – 40 млн": the amount a change noun has
    r"(?<![а-яё])(?:при)?рост(?:а|у|ом|е)?\s+(?:[а-яё]+\s+){0,3}(?:составил\w*|[—–-])\s*(?:(?:более|почти|около|свыше)\s+)?$|"
    # "(плюс 140 млн долларов к уровню 2023 года)": an increment told by its sign
    r"(?<![а-яё])(?:плюс|минус)\s*$|"
    # "Рост — 12,5 % (или 35 млн долларов)", "вырос на 8 %, или 40 млн": the change's amount after its percent
    r"(?<![а-яё])(?:(?:при)?рост|увеличени|снижени|сокращени|падени|вырос|увеличил|снизил|сократил)\w*"
    r"[^.;()]{0,40}?(?:%|процент\w*)\s*(?:\(\s*|,\s*)или\s*$",
    re.I)
# "на" right before the amount, after a space or a bracket ("(на 18 млн долларов больше, чем годом ранее)")
_ON_BEFORE = re.compile(r"(?<![а-яё])на\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"\s*(?:[а-яё]+\s+){0,2}(?:вырос|выросл|увелич|прибав|подрос|сократил|снизил|уменьшил)",
                              re.I)


# "из-за санкций и сложностей с межбанковскими платежами объем торговли снизился до 6 млрд": a
# not-trade word inside a cause, with the flow named after it, says why, not what was measured.
_CAUSE_THEN_FLOW = re.compile(r"(?<![а-яё])(?:из-за|благодаря|вследствие|за\s+сч[её]т)\s[^.;]*?"
                              r"(?<![а-яё])(?:объ[её]м\w*\s+)?(?:товарооборот|торговл|экспорт|импорт|поставк)\w*", re.I)


# "На долю Москвы пришлось 5 млрд долларов белорусского экспорта": an amount, not a percent, is the
# share holder's part of the flow (a place's, not a group's: a group blocks the figure on its own).
_SHARE_OF_PLACE = re.compile(r"(?<![а-яёА-ЯЁ])(?i:на)\s+долю\s+(?:[А-ЯЁ][\w-]*\s+){1,3}(?:[а-яё]+\s+){0,3}?"
                             r"(?:(?:пришл|приход)\w*|[—–-])\s+(?:\d[\d\s,.]*%\s*,?\s*или\s+)?"   # "40 %, или …"
                             r"(?:(?:более|около|почти|свыше|порядка)\s+)?[$€]?\s*$"
                             # "доля Казахстана — 37 %, или 890 млн долларов": the share's amount after it
                             r"|(?<![а-яёА-ЯЁ])(?i:дол[яиюе])\s+(?:[А-ЯЁ][\w-]*\s+){1,3}(?:[—–-]\s*|составля\w*\s+|"
                             r"составил\w*\s+)?(?:(?:более|около|почти|свыше|порядка)\s+)?\d[\d\s,.]*%\s*,?\s*или\s+"
                             r"(?:(?:более|около|почти|свыше|порядка)\s+)?[$€]?\s*$")


# "Основную долю составил армянский экспорт — 700 млн долларов": the flow with the largest share, and
# its level after the dash.
_SHARE_THEN_FLOW = re.compile(r"(?<![а-яё])(?:основн|больш|львин|наибольш)\w*\s+дол\w+\s+(?:составил\w*|занима\w*|"
                              r"пришл\w+\s+на|приходится\s+на)\s+(?:[а-яё]+\s+)?(?:экспорт|импорт|поставк|закупк)\w*"
                              r"\s*[—–-]\s*(?:(?:более|около|почти|свыше|порядка)\s+)?[$€]?\s*$", re.I)


def place_share(s: str, before: str, end: int) -> bool:
    """The only not-trade word before the amount is "долю" of a place's share ("На долю России пришлось …")."""
    hit = NOT_TRADE.search(before)
    lo = max(0, end - 90)
    return bool(hit and hit.group().lower().startswith("дол") and not NOT_TRADE.search(before, hit.end())
                and (_SHARE_OF_PLACE.search(s, lo, end) or _SHARE_THEN_FLOW.search(s, lo, end)))


# "вырос на 10 % при росте цен на 5 % и составил 55 млн": a circumstance with its own change before the amount
_CIRCUMSTANCE_CHANGE = re.compile(r"(?<![а-яё])при\s+[^,;:()]{1,50}?\d[\d\s,.]*(?:%|процент\w*)", re.I)


def _beside_circumstance(text: str) -> str:
    """The text with a circumstance of its own change ("при росте цен на 5 %") and a cause ("из-за роста
    цен") blanked out."""
    text = _CIRCUMSTANCE_CHANGE.sub(lambda m: " " * len(m.group()), text) if "при" in text else text
    return blank_causes(text)


def _not_trade_before(s: str, before: str, end: int) -> bool:
    before = _beside_circumstance(before)
    hit = NOT_TRADE.search(before)
    if place_share(s, before, end):
        return False
    if not hit:
        return False
    at = end - len(before) + hit.start()   # the hit's place in the sentence
    cause = _CAUSE_THEN_FLOW.search(s, max(0, at - 80), end)
    return not (cause and cause.start() < at < cause.end() and not NOT_TRADE.search(s, cause.end(), end))


_CIRCUMSTANCE = re.compile(r"(?<![а-яё])при(?![а-яё])", re.I)


# "Из 5 млрд долларов экспорта области 3,2 млрд пришлось на Россию": the whole a part is taken from
_WHOLE_BEFORE = re.compile(r"(?:^|[,;:(]|[—–]\s)\s*[Ии]з\s+(?:(?:почти|около|более|свыше|порядка)\s+)?$")


def is_whole(s: str, m: Money) -> bool:
    """The amount is the whole a part is taken from ("Из 5 млрд долларов экспорта … 3,2 млрд …")."""
    return bool(_WHOLE_BEFORE.search(s, max(0, m.start - 20), m.start))


# "…, из них продукция «Бабушкиной крынки» — на 6 млн": a part of the figure before, labelled by words that name no
# place, flow or period, is the part of some goods or a firm, not of a partner
_PART_LABEL = re.compile(r"(?<![а-яё])(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s*ч\.|включая)\s+"
                         r"(?P<label>[^,;:()\d]{1,60}?)\s*(?:[—–-]\s*)?(?:на\s+)?"
                         r"(?:(?:более|около|почти|свыше|порядка|примерно)\s+)?[$€]?\s*$", re.I)


_QUALIFIERS = re.compile(r"(?<![а-яё])(?:более|около|почти|свыше|порядка|примерно|лишь|только|еще|ещё)(?![а-яё])", re.I)


def _part_by_goods(s: str, m: Money) -> bool:
    part = _PART_LABEL.search(s, max(0, m.start - 90), m.start)
    if not part or not re.search(r"[А-ЯЁа-яё]{3}", _QUALIFIERS.sub("", part["label"])):
        return False
    brk = CLAUSE_BREAK.search(s, m.end)
    label = part["label"] + " … " + s[m.end:brk.start() if brk else len(s)]   # "… 360 млн пришлось на экспорт"
    return not (find_places(label) or find_metrics(label) or find_periods(label))


SELF_POINTER = re.compile(r"(?<![а-яё])(?:(?:на|до|в|во)\s+)?(?:так|эт)\w+\s+(?:сумм|объ[её]м|уровн|размер)\w*", re.I)


def money_is_trade(s: str, m: Money, lo: int) -> bool:
    if is_whole(s, m) or _part_by_goods(s, m):
        return False
    if _INCREMENT_BEFORE.search(s, max(0, m.start - 60), m.start) or \
            s[max(0, m.start - 4):m.start].lower().rstrip().endswith("на") and _INCREMENT_AFTER.match(s, m.end):
        return False
    clause = last_break_end(s, lo, m.start, lo)
    before = s[max(lo, min(clause, m.start - 45), m.start - 80):m.start]
    # "… 1,1 млрд долларов при средней цене трактора …": a circumstance after "при" says nothing of the amount
    after = _CIRCUMSTANCE.split(CLAUSE_BREAK.split(s[m.end:m.end + 30], 1)[0], 1)[0]
    after = SELF_POINTER.sub(" ", after)   # "120 млн — на такую сумму область поставила …": the sum is the figure
    if _not_trade_before(s, before, m.start) or NOT_TRADE.search(after) or product_money(s, lo, m.start) \
            or names_goods_portion_after(s[m.end:m.end + 60]) or product_label_after(s, m.end):
        return False
    return not (_ON_BEFORE.search(before) and _DIFFERENCE.match(s, m.end))


# Selling verbs are export only with a destination: "продали белорусской техники" is dealers'
# sales at home, "реализовала в КНР товаров" is export.
_THERE = re.compile(r"(?<![а-яё])туда(?![а-яё])", re.I)   # "отгрузила туда": a destination named before
_SALE_VERB = re.compile(r"(?:продал|продаж|продан|реализовал|реализац|реализован|отгрузил|отправил|отправлен)", re.I)


_PURPOSE_BEFORE = re.compile(r"(?<![а-яё])(?:для|под)\s+$", re.I)
_FOR_BEFORE = re.compile(r"(?<![а-яё])([а-яё]+)\s+на\s+$", re.I)
# "Из этой суммы на поставки области пришлось 450 млн": the "на" is the share verb's, no money for the flow
_SHARE_VERB_AFTER = re.compile(r"[^,;:.()]{0,60}?(?<![а-яё])(?:пришл\w*|приходи\w*|приходя\w*)", re.I)
# "пошлин, уплаченных при ввозе", "выручки, полученной при экспорте": a participle's circumstance
_PARTICIPLE_AT = re.compile(r"(?<![а-яё])([а-яё]+)\s+при\s+$", re.I)


# "меньше экспорта", "превышает импорт": a flow after a comparative is what the other flow is compared with.
_THAN_BEFORE = re.compile(r"(?<![а-яё])(?:больше|меньше|выше|ниже|превыша\w*|превысил\w*|превысив|превосход\w*|"
                          r"опережа\w*)\s*,?\s*(?:чем\s+)?$", re.I)
_OTHER_FLOW = {"export": re.compile(r"(?<![а-яё])импорт", re.I), "import": re.compile(r"(?<![а-яё])экспорт", re.I)}


def keyword_is_trade(s: str, kw: MetricMention, positioned: list[tuple[int, Side]]) -> bool:
    """Not a trade keyword: one whose own clause speaks of deals, investment, prices ("на экспорт
    … в этих сделках пришлось"), or a selling verb with no destination."""
    brk = CLAUSE_BREAK.search(s, kw.end)
    end = brk.start() if brk else len(s)
    if NOT_TRADE.search(_beside_circumstance(s[:end]), kw.end):
        return False
    if _PURPOSE_BEFORE.search(s, max(0, kw.start - 8), kw.start) \
            and NOT_TRADE.search(s, max(0, kw.start - 90), kw.start):
        return False   # "Объем кредитов, выданных экспортерам для поставок в Россию, вырос до …": the credits'
    money_for = _FOR_BEFORE.search(s, max(0, kw.start - 40), kw.start)
    if money_for and NOT_TRADE.fullmatch(money_for.group(1)) and not _SHARE_VERB_AFTER.match(s, kw.end):
        return False   # "Объем кредитов на экспорт в Беларусь …", "субсидии на поставки": money for the flow
    at = _PARTICIPLE_AT.search(s, max(0, kw.start - 40), kw.start)
    if at and tags(at.group(1))[0].startswith("PRTF"):
        return False   # the flow is the circumstance of something a participle qualifies (duties, proceeds)
    if _THAN_BEFORE.search(s, max(0, kw.start - 25), kw.start) and _OTHER_FLOW.get(kw.metric) \
            and _OTHER_FLOW[kw.metric].search(s, 0, kw.start):
        return False   # "Импорт … был в 1,5 раза меньше экспорта и составил 800 млн": the flow compared with
    if not _SALE_VERB.match(s, kw.start):
        return True
    # the destination after the verb, or before it in its clause ("в Армению продано товаров на …")
    lo = last_break_end(s, 0, kw.start, 0)
    return any(kw.end <= pos < end and x.prep in ("в", "во", "на") for pos, x in positioned) or \
        any(lo <= pos < kw.start and x.prep in ("в", "во", "на") and not x.locative for pos, x in positioned) or \
        _dative_buyer(s, kw, positioned) or bool(_THERE.search(s, kw.end, end))


def _dative_buyer(s: str, kw: MetricMention, positioned: list[tuple[int, Side]]) -> bool:
    """ "Беларусь продала Нижегородской области товаров", "продала белорусским партнерам": a place
    in the dative right after a past selling verb is the buyer ("продали белорусской техники" is
    not: the adjective needs a dative noun after it)."""
    if not s[kw.start:kw.end].lower().endswith(("л", "ла", "ли", "ло")):
        return False
    for pos, side in positioned:
        if pos >= kw.end and s[kw.end:pos].strip() == "":
            words = s[pos:].split(maxsplit=2)
            dative = any("datv" in t for t in tags(words[0]))
            if side.source == "adj":   # "белорусским партнерам", not "белорусской техники"
                dative = dative and len(words) > 1 and any("datv" in t and "NOUN" in t for t in tags(words[1]))
            return dative
    return False


# "генконсулом Казахстана в Астрахани", "отделения посольства Беларуси в Смоленске": a diplomat's
# seat is where the office is, not a side of the trade.
SEAT_BEFORE = re.compile(r"(?:консул\w*|посольств\w*|торгпредств\w*|представительств\w*|"
                         r"(?<![а-яё])[Пп](?:осол|осла|ослу|ослом|ослы|ослов|ослам|ослами)(?![а-яё]))\s+"
                         r"(?:[А-ЯЁ][а-яё]+\s+){1,3}во?\s+$")


# "X — один из главных (торговых) партнеров Y", "X является крупнейшим партнером Y".
_PARTNER_OF = re.compile(r"(?<![а-яё])партн[её]р(?:ом|ов|ами|а)?\s+(?:[а-яё]+\s+){0,1}$", re.I)


def partner_of(s: str, sides: list[Side]) -> tuple[str, str] | None:
    """A figure-less sentence naming X a partner of Y (Y right after "партнер"): the pair (Y, X),
    Y the reporting side."""
    found = find_places(s)
    named = [m for m in found if m.code and "+" not in m.code and m.source != "generic"]
    if len({m.code for m in named}) != 2 or len({country_of(m.code) for m in named}) != 2:
        return _named_partner_of(s, found, sides) or _partners_listed(s, named)
    # the owner is in the genitive: "партнер Беларуси", not "партнером осталась Монголия"
    owners = [m for m in named if _PARTNER_OF.search(s, max(0, m.start - 40), m.start)
              and any("gent" in t for t in tags(s[m.start:m.end].split()[0]))]
    if len(owners) != 1:
        return None
    other = next(m for m in named if m.code != owners[0].code)
    return owners[0].code, other.code


# "назвал Казахстан одним из ключевых торговых партнеров", "Китай — главный партнер", "Индия является
# одним из крупнейших партнеров": the place named right before the rank is the partner.
_NAMED_AS_PARTNER = re.compile(r"\s*(?:[—–-]\s*|является\s+|стал[аои]?\s+|остается\s+|остаётся\s+)?"
                               r"(?:од(?:ин|н\w+)\s+из\s+)?(?:[а-яё]+\s+){0,3}партн[её]р\w*\s+$", re.I)


def _named_partner_of(s: str, found: list, sides: list[Side]) -> tuple[str, str] | None:
    """ "…, назвал Казахстан одним из ключевых торговых партнеров региона": with more places in the
    sentence, X is the place right before the rank and Y, the owner, the place right after
    "партнеров" in the genitive — a generic word ("региона") as it resolved in `sides`."""
    generics = [m for m in found if m.source == "generic" and not m.plural]
    resolved = [x.code for x in sides if x.source == "generic"]
    codes = {id(m): c for m, c in zip(generics, resolved, strict=True)} if len(generics) == len(resolved) else {}
    for k, m in enumerate(found):
        own = m.code if m.source != "generic" else codes.get(id(m), "")
        if not own or "+" in own or not k or not partner_owner(s, m.start):
            continue
        before = [x for x in found[:k] if x.code and "+" not in x.code and x.source != "generic"
                  and _NAMED_AS_PARTNER.fullmatch(s, x.end, m.start)]
        if before and country_of(before[-1].code) != country_of(own):
            return own, before[-1].code
    return None


_ANY_PARTNER_WORD = re.compile(r"(?<![а-яё])партн[её]р\w*\s+(?:[а-яё]+\s+)?$", re.I)
# "— Москва, …", ": Россия, …", "в СНГ остаются Беларусь и …": the list after the owner (and a scope of its own).
_LIST_AFTER_OWNER = re.compile(r"(?:\s+(?:в|во|среди|из)\s+[^—–:,.;]{1,30}?)?\s*(?:[—–:]|являются|стали|остаются|"
                               r"остались|были)\s", re.I)


def _partners_listed(s: str, named: list) -> tuple[str, str] | None:
    """ "Крупнейшие партнеры Брестской области — Москва, Санкт-Петербург и Московская область": the owner
    (genitive right after "партнеры") is the reporting side of the figures that follow, each listed place a
    partner; the pair is the owner and the first of them."""
    owners = [k for k, m in enumerate(named) if _ANY_PARTNER_WORD.search(s, max(0, m.start - 40), m.start)
              and any("gent" in t for t in tags(s[m.start:m.end].split()[0]))]
    if len(owners) != 1:
        return None
    owner = named[owners[0]]
    marker = _LIST_AFTER_OWNER.match(s, owner.end)
    listed = [m for m in named if marker and m.start >= marker.end()]
    if not listed or any(country_of(m.code) == owner.code or m.code == owner.code for m in listed):
        return None
    return owner.code, listed[0].code


def partner_owner(s: str, pos: int) -> bool:
    """The place at `pos` is the one whose partner something is: right after "партнер(ом/ов)" and in
    the genitive ("одним из основных партнеров региона")."""
    if not _PARTNER_OF.search(s, max(0, pos - 40), pos):
        return False
    word = s[pos:].split(maxsplit=1)
    return bool(word) and any("gent" in t for t in tags(word[0].strip(".,:;")))


def other_subject(s: str, start: int, floor: int = 0) -> bool:
    """ "ВВП вырос на 4 %, а товарооборот …", "…, промышленное производство выросло на 6 %": a figure whose
    own clause names another thing before it (a not-trade word, an economy-wide rate) is that thing's."""
    clause = last_break_end(s, floor, start, floor)
    s = blank_causes(s, start)
    if not other_subject_in(s, clause, start):
        return False
    # "потери … компенсировали поставки в Россию с темпом роста почти 113 %": past the other thing, a verb
    # and then a trade keyword make the keyword the change's subject ("доля экспорта" has no verb between)
    last = max(m.end() for rx in (NOT_TRADE, MACRO) for m in rx.finditer(s, clause, start)) \
        if NOT_TRADE.search(s, clause, start) or MACRO.search(s, clause, start) else start
    kws = [k for k in find_metrics(s) if last <= k.start < start and not k.product]
    return not (kws and any("VERB" in tags(w)[0] for w in _WORD.findall(s, last, kws[0].start)))


_WORD = re.compile(r"[А-ЯЁа-яё]+")


def total_change_before(sent: Sentence, start: int, end: int, item_start: int) -> bool:
    """ "Внешнеторговый оборот области вырос на 7 %, товарооборот с Китаем составил 1,3 млрд": a change
    in a clause whose keyword is the region's total, with no partner named, before a new clause with a
    keyword of its own, is the total's, not the later figure's."""
    s = sent.text
    own = [k for k in sent.metrics if k.end and k.end <= start and not CLAUSE_BREAK.search(s, k.end, start)]
    later = [k for k in sent.metrics if end <= k.start < item_start and CLAUSE_BREAK.search(s, end, k.start)]
    if not own or not later or not TOTAL_TRADE.search(s[max(0, own[-1].start - 14):own[-1].end + 2]):
        return False
    return not any(x.prep in PARTNER_PREPS for x in sides_in(sent, own[-1].end, start))
