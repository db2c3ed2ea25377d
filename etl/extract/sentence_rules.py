"""Sentence-level rules of issue 9 that decide whether a place, a change or a pair counts (docs/extraction.md,
"General rules"): joint firms, meetings, comparisons with another place, changes in kind, and the
owner of a partner statement."""

from __future__ import annotations

import re

from etl.extract.amount import find_money
from etl.extract.change import Change, find_changes
from etl.extract.figures import SELF_POINTER, partner_owner
from etl.extract.metric import find_metrics
from etl.extract.places import country_of, find_places
from etl.extract.sentence_parts import PARTNER_PREPS, Sentence, sides_in

# "Индия — один из главных партнеров Беларуси", "назвал Беларусь одним из партнеров региона"
PARTNERS_WORD = re.compile(r"(?<![а-яё])партн[её]р", re.I)
# "пришлось на белорусский экспорт": an adjective right before a flow word owns the flow.
FLOW_AFTER = re.compile(r"\s+(?:экспорт|импорт|поставк|ввоз|вывоз)\w*", re.I)
# "26 совместных российско-казахстанских предприятий": a two-country adjective describing firms
# names no side ("омские компании закупили" still names the buyer).
_FIRMS_AFTER = re.compile(r"\s+(?:[а-яё]+\s+)?(?:предприяти|компани|фирм|производств|организаци|сборочн)\w*", re.I)
_COMPOUND_TAIL = re.compile(r"-[а-яё]+", re.I)


def joint_firms(s: str, start: int, end: int) -> bool:
    """ "российско-казахстанских предприятий": either half of a hyphenated adjective before firms."""
    if start and s[start - 1] == "-":
        return bool(_FIRMS_AFTER.match(s, end))
    tail = _COMPOUND_TAIL.match(s, end)
    return bool(tail and _FIRMS_AFTER.match(s, tail.end()))


# "В Гомеле состоялась встреча с делегацией Брянской области.": a meeting of two places of different
# countries introduces their trade, like a trade keyword does; so do cooperation, an agreement, a
# working group's sitting, ties ("Беларусь и Татарстан тесно сотрудничают.", "рассказал о связях с
# Беларусью"); not a cooperation treaty's title
# ("Договор о сотрудничестве двух столиц", twin cities: whose trade follows is the cities' or the states').
MEETING = re.compile(r"(?<![а-яё])(?:встреч|встрет|переговор|визит|делегаци|посетил|прибыл|побывал|"
                     r"сотруднича|сотрудничеств(?!е)|соглашени|заседани|взаимодейств|подписали|"
                     # "X и Y подвели итоги года", "обсудили", "договорились", "кооперация", "партнерство"
                     r"итог(?:и|ов|ам|ами|ах)(?![а-яё])|обсуди|обсужда|договори|кооперац|партн[её]рств|"
                     r"связ(?:и|ей|ям|ями|ях)(?![а-яё]))\w*", re.I)
# "вдвое больше, чем в Казахстан", "на 20 % больше, чем Смоленская область и Гомельская": a
# comparison with another partner or pair, not a change over time.
_THAN = re.compile(r"\s*(?:(?:больше|меньше|выше|ниже)(?![а-яё]))?\s*,?\s*чем\s+(?:(?:в|во|с|со|из|на|у)\s+)?", re.I)


# "экспорт превысил импорт в четыре раза", "импорт в 2 раза больше экспорта": one flow against the
# other, a ratio, not a change over time.
_FLOWS_COMPARED = re.compile(r"(?<![а-яё])(?P<f1>экспорт|импорт)\w*\s+(?:[а-яё]+\s+){0,5}?"
                             r"(?:превы\w+|больше|выше|меньше|ниже|опережа\w+)(?:\s+[а-яё]+){0,2}?\s+"
                             r"(?!(?P=f1))(?:экспорт|импорт)\w*", re.I)


def compares_flows(s: str, c: Change, flows: tuple[tuple[int, str], ...] = (), before: str | None = None) -> bool:
    """The change's clause sets one flow against the other ("экспорт превысил импорт в четыре раза"), or
    a bare comparative after a flow (`flows`: (start, metric) of the sentence's keywords) follows the
    other flow, earlier in the sentence or in the sentence before (`before`)."""
    lo = max((m.end() for m in re.finditer(r"[,;:()]", s[:c.start])), default=0)
    brk = re.search(r"[,;:()]", s[c.end:])
    hi = c.end + brk.start() if brk else len(s)
    if _FLOWS_COMPARED.search(s, lo, hi) or _THAN_FLOW.match(s, c.end):
        return True
    if not flows or not _BARE_COMPARATIVE.match(s, c.end):
        return False
    earlier = [metric for start, metric in flows if start < c.start] or [flows[0][1]]
    other = {"export": "import", "import": "export"}.get(earlier[-1])
    if other and other in earlier[:-1]:   # the other flow's clause may hold its own period
        return not _ANY_BASE.search(s, lo)
    # "в 2013 году … 200 тысяч, а теперь — 117 млн, то есть почти в 600 раз больше": a base anywhere
    return bool(other) and before == other and {m for _, m in flows} == {earlier[-1]} and not _ANY_BASE.search(s)


# "Экспорт … составил 140 млн. Импорт оказался почти вдвое меньше — 75 млн", "экспорт … 1,2 млрд, импорт
# — втрое меньше": a comparative after the change with no base from its clause on, the flow before being
# the other one — the two flows compared, not a change over time ("сократился вдвое": a change).
_BARE_COMPARATIVE = re.compile(r"\s*(?:больше|меньше|выше|ниже)(?![а-яё])", re.I)
_ANY_BASE = re.compile(r"(?<![а-яё])(?:чем|сравнени\w*|относительно|против|уровн\w*|показател\w*|прошл\w*|"
                       r"предыдущ\w*|аналогичн\w*|соответствующ\w*|ранее|раньше|назад|(?:19|20)\d\d)(?![а-яё])",
                       re.I)


# "импорт … был в 3 раза меньше экспорта": a comparative right after the change, then the other flow
# "экспорт … составил 60 млн, что в 3 раза превышает импорт": so does a verb of exceeding
_THAN_FLOW = re.compile(r"\s*(?:больше|меньше|выше|ниже|превыша\w*|превыс\w*|превосход\w*)\s*,?\s*(?:чем\s+)?"
                        r"(?:экспорт|импорт)\w*", re.I)


# "в 5 раз больше товарооборота с Китаем", "вдвое превышает поставки в Казахстан": the pair's level set against
# another partner's, a ratio, not a change over time
_THAN_PAIR = re.compile(r"\s*(?:больше|меньше|выше|ниже|превыша\w*|превыс\w*|превосход\w*)\s*,?\s*(?:чем\s+)?"
                        r"(?:(?:товарооборот|торговл|экспорт|импорт|поставк|объ[её]м)\w*\s+)?(?:с|со|в|во|из|на|у)\s+",
                        re.I)


def compares_places(s: str, c: Change, named) -> bool:
    m = _THAN.match(s, c.end)
    if m and "чем" in m.group().lower() and any(p.start == m.end() for p in named):
        return True
    m = _THAN_PAIR.match(s, c.end)
    return bool(m and any(p.start == m.end() for p in named))


# "…, в основном за счет поставок молочной продукции, которые выросли вдвое", "…молочной продукции, поставки которой
# выросли вдвое": a change in a relative clause is its antecedent's; with no trade keyword (of the pair's, not a
# cause's or a product's) and no place there, it is not the pair's.
_RELATIVE = re.compile(r",\s*(?:[а-яё]+\s+){0,2}котор\w+", re.I)
_CLAUSE_EDGE = re.compile(r"[,;:()]|\s[–—]\s|(?<![а-яё])(?:за\s+сч[её]т|благодаря|из-за)\s", re.I)


def of_other_antecedent(s: str, c: Change, metrics, named) -> bool:
    rel = [m for m in _RELATIVE.finditer(s, 0, c.start) if not re.search(r"[;:()]|,\s", s[m.end():c.start])]
    if not rel:
        return False
    comma = rel[-1].start()
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(s, 0, comma)), default=0)
    return not any(lo <= k.start < comma and not k.product for k in metrics) and \
        not any(lo <= p.start < comma for p in named)


# "выросли в натуральном выражении на 870 %": a change in tonnes or pieces, not in money.
_IN_KIND = re.compile(r"(?<![а-яё])(?:в\s+натуральном\s+выражении|в\s+физическ\w+\s+(?:объем|объём|выражени)\w*|"
                      r"физическ\w+\s+(?:объем|объём)\w*|натуральн\w+\s+(?:объем|объём|показател)\w*|"
                      r"по\s+весу|в\s+тоннах|в\s+тоннаже|"
                      # "в стоимостном выражении — на 8 %, в физическом — на 3 %": the noun left out
                      r"в\s+(?:физическ|натуральн)\w+(?=\s*[–—-]))(?![а-яё])", re.I)


# "на 12 % в натуральном и на 20 % в стоимостном выражении": the measure written right after each change.
_MONEY_RIGHT_AFTER = re.compile(r"\s*(?:в\s+(?:стоимостном|денежном)(?![а-яё])|в\s+деньгах)", re.I)
_KIND_RIGHT_AFTER = re.compile(r"\s*в\s+(?:натуральном|физическом)(?![а-яё])", re.I)


def in_kind(s: str, c: Change) -> bool:
    if _MONEY_RIGHT_AFTER.match(s, c.end):
        return False
    if _KIND_RIGHT_AFTER.match(s, c.end):
        return True
    lo = max((m.end() for m in re.finditer(r"[,;:()]", s[:c.start])), default=0)
    brk = re.search(r"[,;:()]", s[c.end:])
    hi = c.end + brk.start() if brk else len(s)
    return bool(_IN_KIND.search(s, lo, hi))


def owner_first(sent: Sentence, pair):
    """ "назвал Беларусь одним из основных партнеров региона: … экспорт вырос на 39 %": the place whose
    partner the other is (named right after "партнеров") reports the figures — when no preposition
    gives the flow's direction."""
    s = sent.text
    if pair is None or not PARTNERS_WORD.search(s) or any(x.prep in _DIRECTED for x in pair):
        return pair
    codes = {pair[0].code, pair[1].code}
    owners = {x.code for pos, x in sent.sides if x.code in codes and partner_owner(s, pos)}
    if len(owners) == 1 and pair[1].code in owners:
        return pair[1], pair[0]
    return pair


_DIRECTED = frozenset({"в", "во", "на", "из", "с", "со"})


# "По данным посольства Белоруссии в Москве, … на экспорт пришлось …": whose figures they are.
_SOURCE_BEFORE = re.compile(r"(?<![а-яё])(?:по\s+(?:данным|информации|сведениям|подсчетам|расчетам|оценкам)|"
                            r"как\s+сообщ\w+)\s+(?:[а-яё]+\s+){0,4}$", re.I)


def source_first(sent: Sentence, pair):
    """ "По данным посольства Белоруссии в Москве, … товарооборот России и Белоруссии …; на экспорт
    пришлось …": the place whose statistics the sentence quotes reports the figures — when no
    preposition gives the flow's direction."""
    if pair is None or not pair[0].code or not pair[1].code or any(x.prep in _DIRECTED for x in pair):
        return pair
    s = sent.text
    sources = {x.code for pos, x in sent.sides if _SOURCE_BEFORE.search(s, max(0, pos - 70), pos)}
    if len(sources) == 1 and pair[1].code in sources and pair[0].code not in sources:
        return pair[1], pair[0]
    return pair


_REGIONS_OF = re.compile(r"(?:регион|област|субъект|провинци)\w*$", re.I)


def drop_regions_of(mentions: list, country_of) -> list:
    """ "с приграничными регионами Украины: … с Черниговской областью вырос вдвое": the country after
    "регионами" stands for a group of its regions; when the sentence names one of them, that region is
    the partner, not the country. A country joined to it by "и" ("регионов России и Беларуси") is so too."""
    named = {country_of(m.code) for m in mentions if m.code and country_of(m.code) != m.code}
    of_regions, prev = set(), None
    for m in mentions:   # "Форум регионов России и Беларуси": both countries stand for their regions
        if _REGIONS_OF.search(m.prep or "") or prev is not None and prev.start in of_regions \
                and m.prep == "и" and m.start - prev.end <= 4:
            of_regions.add(m.start)
        prev = m
    return [m for m in mentions if not (m.code and m.code in named and m.start in of_regions)]


# "с дипломатами посольства России", "послом России", "российский посол": the diplomat's state
_DIPLOMAT_OF = re.compile(r"(?<![а-яё])(?:посол|посл[аеоу]м?|послами|послов|посольств\w*|дипломат\w*|консул\w*|"
                          r"генконсул\w*|дипмисси\w*)\s+(?:[а-яё]+\s+)?$", re.I)
_DIPLOMAT_NOUN = re.compile(r"\s+(?:посол|посл[аеоу]м?|послами|дипломат\w*|посольств\w*|консул\w*)(?![а-яё])", re.I)


def drop_diplomats_state(s: str, mentions: list, country_of) -> list:
    """ "На встрече с дипломатами посольства России в Беларуси губернатор Брянской области сообщил, что
    товарооборот с республикой …": the diplomat's state is no side of the trade of a region of its own
    the sentence names (the region is; "Посол России в Беларуси заявил, что товарооборот двух стран …"
    names no region and keeps the states)."""
    regions = {country_of(m.code) for m in mentions if m.code and country_of(m.code) != m.code}
    return [m for m in mentions if not (m.code in regions and (
        _DIPLOMAT_OF.search(s, max(0, m.start - 40), m.start)
        or m.source == "adj" and _DIPLOMAT_NOUN.match(s, m.end)))]


# "Свердловская область и Беларусь: итоги 2024 года.": a heading of two places before a colon
# "Свердловская область и Беларусь: итоги года.", and a line of the two places alone joined by a dash ("Курская
# область – Беларусь."; "Омская область и Армения." alone is no heading, tests/extract/facts/test_places_rules.py)
_HEADING = re.compile(r"\s*[^:;,.!?«»]{3,60}:|\s*[^:;,.!?«»]{3,60}?\s[–—-]\s[^:;,.!?«»]{3,60}?\.?\s*$")
_HEADING_REST = re.compile(r"[\s:]*(?:(?:и|[–—-])[\s:]*)?(?:(?:области|края|республики)[\s:]*)?\.?\s*", re.I)


def introduces_trade(s: str, sides: list, kws) -> bool:
    """A sentence with no amount that speaks of trade, talks, cooperation or partners between places of
    two countries introduces their trade ("Беларусь и Татарстан тесно сотрудничают.")."""
    if len({country_of(x.code) for x in sides}) < 2:
        return False
    if kws or MEETING.search(s) or PARTNERS_WORD.search(s):
        return True
    # "Свердловская область и Беларусь: итоги 2024 года.": a heading of the two places before a colon
    head = _HEADING.match(s)
    if not head:
        return False
    named = [m for m in find_places(head.group()) if m.code]
    rest = "".join(ch for i, ch in enumerate(head.group()) if not any(m.start <= i < m.end for m in named))
    return len({country_of(m.code) for m in named}) >= 2 and bool(_HEADING_REST.fullmatch(rest))


def drop_totals_before_parts(sent: Sentence, placed: list[tuple[int, int, list]], out: list) -> list:
    """ "Экспорт региона за 2024 год вырос на 12 %, а поставки в Казахстан — на 20 %": the sentence names the
    partner only for its later figure, so the earlier one of the same flow and period — which took that
    partner from the running pair — is the side's total, no fact (`placed`: (start, end, facts) of each
    figure in order)."""
    drop = set()
    for k, (_, end, facts) in enumerate(placed):
        for f in facts:
            later = [(s2, e2) for s2, e2, gs in placed[k + 1:] for g in gs
                     if g.metric == f.metric and g.period_end == f.period_end
                     and ({g.a, g.b} == {f.a, f.b} if f.metric == "turnover" else (g.a, g.b) == (f.a, f.b))]
            if later and f.a and f.b and any(_partner_only_after(sent, code, end, later[0][1])
                                             for code in (f.a, f.b)):
                drop.add(id(f))
    return [f for f in out if id(f) not in drop] if drop else out


def _partner_only_after(sent: Sentence, code: str, end: int, hi: int) -> bool:
    """`code` is named as a partner ("в Казахстан", "с Казахстаном") in [end, hi) and nowhere as one before."""
    named = [pos for pos, x in sent.sides if x.code == code and x.prep.lower() in PARTNER_PREPS]
    return bool(named) and min(named) >= end and any(pos < hi for pos in named)


# "Эти данные привел премьер Казахстана на встрече с главой Якутии, добавив, что … выход на $30 млрд реален":
# a sentence opening with a pointer back to the figures just told attributes them.
_POINTS_BACK = re.compile(r"\s*(?:об\s+этом|о\s+том\s+же|эти\s+(?:данные|цифры|сведения|показатели|итоги)|"
                          r"так(?:ие|ие\s+же)\s+(?:данные|цифры))(?![а-яё])", re.I)
_THAT = re.compile(r"(?<![а-яё])что(?![а-яё])", re.I)


def attributing(sent: Sentence, start: int, own_end: int, metric: str) -> bool:
    """ "Эти данные привел премьер Казахстана на встрече с главой Якутии, добавив, что при такой динамике выход
    на $30 млрд реален": in a sentence that attributes the figures just told, the places of the speaker's
    phrase and its occasion are no sides of a later figure after "что" whose own words name no place — it
    keeps the running pair. `own_end`: where the figure's own clause ends."""
    s = sent.text
    if not _POINTS_BACK.match(s):
        return False
    that = max((m.end() for m in _THAT.finditer(s, 0, start)), default=None)
    return that is not None and not sides_in(sent, that, own_end, metric)


# "Взаимный экспорт государств Таможенного союза …", "взаимная торговля стран ЕАЭС": the mutual trade of a group
# (lower-case words only between: "взаимный товарооборот России и Беларуси" names the pair)
_GROUP_MUTUAL = re.compile(r"(?<![а-яёА-ЯЁ])[Вв]заимн[а-яё]+\s+(?:[а-яё]+\s+){0,3}?"
                           r"(?:(?:стран|государств|участник|член)[а-яё]*\s+)?(?:[А-ЯЁ][а-яё]+\s+){0,2}"
                           r"(?:[Сс]оюз(?:а|е|у|ом)?|ЕАЭС|СНГ|ЕАЭП|ШОС|БРИКС|Содружеств[а-яё]*)(?![а-яёА-ЯЁ])")


def group_mutual(s: str) -> bool:
    """The sentence speaks of a group's mutual trade ("Взаимный экспорт государств Таможенного союза уменьшился
    на 7,4 %"): a later "Взаимный импорт … вырос на 4,6 %" naming no place is that group's too, not the
    last two countries named (`ArticleContext.group_mutual`)."""
    return "заимн" in s and bool(_GROUP_MUTUAL.search(s))   # (asked of every sentence: its stem first)


# "Около 1,5 млрд долларов — такого объема … достигнет товарооборот …", "Свыше 300 млн – столько составил экспорт …",
# "Пятьсот миллионов долларов – к этому рубежу … намерена вывести товарооборот …": a figure written first, taken up
# after a dash by a pointer to it
_POINTER_AFTER_DASH = re.compile(r"\s[–—-]{1,2}\s+(?P<ptr>(?:(?:на|к|до|в|во|из)\s+)?(?:так(?:ой|ого|ому|им|ом|ая|"
                                 r"ую|ие|их|ова|ов|ово)|столько|эт(?:от|ой|ого|ому|у|им|и|их))(?![а-яё]))", re.I)
_TAIL = re.compile(r"[\s.!?…]*$")
# where the pointer's clause ends: "…, а в 2025-м способны выйти на …", "…, что ставит ее на 30-е место"
_NEXT_CLAUSE = re.compile(r",\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|что|при\s+этом)(?![а-яё])|;", re.I)


def figure_taken_up(s: str) -> str | None:
    """The sentence with its fronted figure moved to the end of the clause that takes it up, in a string of the
    same length (so offsets and the quote stay the sentence's); None when the sentence is not so built.

    >>> figure_taken_up("Свыше 300 млн долларов – столько составил экспорт.")
    'столько составил экспорт Свыше 300 млн долларов  .'
    """
    m = _POINTER_AFTER_DASH.search(s)
    if m is None or m.start() > 200:
        return None
    head = s[:m.start()]
    first = min([x.start for x in find_money(head)] + [c.start for c in find_changes(head)], default=None)
    if first is None or any(k.start < first for k in find_metrics(head)):
        return None   # "Товарооборот вырос до 500 млн — такого уровня не было": the figure is its own clause's
    body = s[m.start("ptr"):]
    if same := SELF_POINTER.match(body):   # "на такую сумму", "такого объема": the figure itself, nothing to read
        body = " " * same.end() + body[same.end():]
    tail = _TAIL.search(body).start()
    nxt = _NEXT_CLAUSE.search(body, 0, tail)
    tail = nxt.start() if nxt else tail
    return body[:tail] + " " + head + " " * (m.start("ptr") - m.start() - 1) + body[tail:]


# "Более чем на 15 % — или почти на 60 млн долларов — увеличился товарооборот …": an aside restating a fronted change
_RESTATING_ASIDE = re.compile(r"\s([–—])\s+или\s[^–—.;:]{1,80}?\s([–—])\s")


def restating_aside_opened(s: str) -> str | None:
    """The sentence with the dashes around an "или …" aside after a fronted change turned to spaces (same length), so
    the change reaches its verb and flow; None when the sentence is not so built.

    >>> restating_aside_opened("На 15 % — или на 60 млн — вырос экспорт.")
    'На 15 %   или на 60 млн   вырос экспорт.'
    """
    m = _RESTATING_ASIDE.search(s, 0, 160)
    if m is None:
        return None
    head = s[:m.start()]
    if find_metrics(head) or find_money(head):
        return None
    opened = s[:m.start(1)] + " " + s[m.end(1):m.start(2)] + " " + s[m.end(2):]
    return opened if any(c.start < m.start() for c in find_changes(opened)) else None
