"""Assemble facts from the parts found in each sentence, carrying context across the article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from etl.extract.amount import Money, find_money, unit_amounts
from etl.extract.base_levels import change_to_new_level
from etl.extract.change import MULTIPLE_ALT, Change, compares_share, find_changes, question_direction
from etl.extract.composition import composition_flow, talked_flow
from etl.extract.dialogue import (
    DIALOGUE,
    answer_line,
    asks_price,
    continues_flow,
    interviewee,
    list_heading,
    list_line,
    plan_of_the_whole,
    quotation_speakers,
    sum_of_flows,
    these_respectively,
)
from etl.extract.equivalents import drop_equivalents, restates_before
from etl.extract.fact_item import NEW_CLAUSE, is_base_level, item_fact
from etl.extract.fact_period import carries_period
from etl.extract.fast_re import plain_lower
from etl.extract.figures import (
    EXCLUDED_BEFORE,
    SEAT_BEFORE,
    is_whole,
    keyword_is_trade,
    money_is_trade,
    other_subject,
    partner_of,
    place_share,
)
from etl.extract.flow_owner import adjective_owner, relabel_preps, reverse_flow
from etl.extract.lists import adjacent_partners, list_pair, respective_directions, respective_partners
from etl.extract.merge import backfill_lead_period, drop_impossible_flows, drop_repeats, fill_half_pairs, join_changes
from etl.extract.metric import NOT_TRADE, TARGET_CUES, MetricMention, find_metrics, in_cause, other_subject_in
from etl.extract.occasion import fact_periods
from etl.extract.partners import names_group, pair_for
from etl.extract.period import resolve_period
from etl.extract.period_stated import period_stated_after, stated_period
from etl.extract.places import country_of, find_places
from etl.extract.resolve import (
    ArticleContext,
    Side,
    distinct,
    note_talked_capitals,
    note_venues,
    remember_sides,
    resolve_mentions,
)
from etl.extract.respective import respective_changes
from etl.extract.scan_scope import search_once
from etl.extract.segments import inside_from_to, split_segments
from etl.extract.sentence_parts import CLAUSE_BREAK, Segment, Sentence, last_break_end, sides_in
from etl.extract.sentence_rules import (
    FLOW_AFTER,
    compares_flows,
    compares_places,
    drop_diplomats_state,
    drop_regions_of,
    drop_totals_before_parts,
    figure_taken_up,
    group_mutual,
    in_kind,
    introduces_trade,
    joint_firms,
    of_other_antecedent,
    owner_first,
    restating_aside_opened,
    source_first,
)
from etl.extract.sentences import split_sentences
from etl.extract.sums import bracketed_group
from etl.extract.targets import is_target
from etl.extract.unlisted_places import anaphoric_partners, is_attribution, unknown_places
from etl.model import Fact

_HAS_FIGURE = re.compile(rf"\d|{MULTIPLE_ALT}|(?<![а-яё])трет[ьи](?![а-яё])|четверт[ьи](?![а-яё])|"
                         r"наполовину|миллиард|миллион|процент|раза?(?![а-яё])|Миллиард|Миллион|удво|утро|кратн")
# Currency exchange ("курс российского рубля", "на торгах"): turnover of a currency pair, not trade.
_EXCHANGE = re.compile(r"(?<![а-яё])(?:курс\w*\s+(?:[а-яё]+\s+){0,2}(?:рубл|доллар|евро|юан|валют)|"
                       r"бирж\w*|на\s+торгах)", re.I)
_PARTNERS_WORD = re.compile(r"(?<![а-яё])партн[её]р", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?![\d,.]\d)")
# "выступая 2 декабря на видеомосте …": a day of a month is a date, no figure
_DAY_OF_MONTH = re.compile(r"(?<![\d,.])\d{1,2}(?:\s|\u00a0)+(?=(?:январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|"
                           r"октябр|ноябр|декабр)[а-я]*(?![а-яё]))", re.I)
# The month stems _DAY_OF_MONTH looks ahead for: a plain sentence holding none of them in lower case has no day
# of a month to take out (the sub, a lookbehind tried at every character, is then skipped; fast_re.plain_lower:
# on plain text lower() pairs cases as re.I does)
_MONTH_STEMS = ("январ", "феврал", "марта", "апрел", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
                "декабр")


def may_name_day(s: str) -> bool:
    """False when _DAY_OF_MONTH cannot match in s (no month stem in a plain text): its sub leaves s as it is."""
    low = plain_lower(s)
    return low is None or any(map(low.__contains__, _MONTH_STEMS))
# "довести его до 2 млрд", "нарастить её вдвое": a plan with the flow as its object pronoun
_OBJECT_PRONOUN = re.compile(r"(?<![а-яё])(?:довест|довед|нарастит|нарастят|увеличит|увеличат|удвоит|утроит)[а-яё]*"
                             r"\s+(?:его|е[её])(?![а-яё])", re.I)
_ALL_GOODS = re.compile(r"(?<![а-яё])(?:всего|в\s+целом|в\s+общей\s+сложности|итого|общ\w+|суммарн\w+)(?![а-яё])",
                        re.I)
_TOLD_AFTER = re.compile(r"\s*(?:Об\s+этом|(?:Такие|Эти|Соответствующие|Эти\s+же)\s+(?:данные|цифры|сведения)|"
                         r"Данные\s+(?:привел|привод|опубликова|озвучи)|Как\s+(?:сообщ|отметил|рассказал))")
# "поставки омских товаров", "экспорт всей продукции": a flow word naming goods in general
_OWN_GOODS = re.compile(r"\s+(?:[а-яё]+\s+){0,2}(?:товар|продукци|издели)", re.I)
_LISTED = re.compile(r"\s*(?:,|и|,\s*и)\s*")
# ", из которых 1,1 млрд пришлось на экспорт", ", в том числе экспорт – 260 млн": the parts of the amount before
_PARTS_AFTER = re.compile(r"\s*,\s*(?:из\s+(?:которых|них|этой\s+суммы)|в\s+том\s+числе)(?![а-яё])", re.I)
# "может выйти на 500 млн, а затем — и на миллиард": the next step of a plan is a plan too.
_THEN = re.compile(r"[\s,]*(?:а\s+|и\s+)?(?:затем|потом|впоследствии|в\s+перспективе|в\s+дальнейшем)"
                   r"[\s,]*(?:[–—-]\s*)?(?:и\s+)?(?:даже\s+)?(?:на|до)?\s*(?:[$€]\s*)?", re.I)


def extract_facts(text: str, published: dt.date | None, title: str | None) -> list[Fact]:
    spans = split_sentences(text)
    # A sentence with no figure gives no fact (_sentence_facts), only context for the sentences after
    # it: those after the last figure are not read, but for the period the sentence right after a
    # fact may state (about a fifth of the sentences of the feed's articles with a trade word).
    # (each sentence's figure test is kept in the article's scope: _source_told_after and _sentence_facts ask again)
    last = max((k for k, (s0, s1) in enumerate(spans) if search_once(_HAS_FIGURE, text[s0:s1])), default=-1)
    if last < 0:
        return []
    ctx = ArticleContext(speaker=interviewee(text))
    if title:   # "Курская область и Армения нарастили торговлю", "Калужская область — Беларусь: итоги
        # года": a headline naming places of two countries is the article's topic, their trade; its own
        # figures ("… превысил 1 млрд долларов") are no facts (a quote is the body's), and it is read as a
        # figure-less first sentence ("В 2024 году он составил 1,07 млрд долларов").
        sides = resolve_mentions(find_places(title), ctx)
        _figureless(title, sides, published, ctx)
        ctx.trade_intro = ctx.trade_intro or len({country_of(x.code) for x in sides}) >= 2
    facts: list[Fact] = []
    prev: list[Fact] = []
    quotations = quotation_speakers(text)
    for k, (s0, s1) in enumerate(spans):
        if k > last:
            if prev:
                facts[-len(prev):] = period_stated_after(prev, text[s0:s1], published)
            break
        # a sentence of a quotation before the one that closes it: its speaker is named sentences later
        ctx.quote_speaker = next((code for a, b, code in quotations if a <= s0 and s1 <= b), None)
        if k + 1 < len(spans):
            _source_told_after(text[s0:s1], text[spans[k + 1][0]:spans[k + 1][1]], published, ctx)
        if ctx.period_kept is not None and "\n" in text[ctx.period_kept:s0]:
            ctx.period = ctx.period_kept = None   # a period a sentence with no fact kept goes on in its paragraph
        before = ctx.period
        # "Около 1,5 млрд — такого объема достигнет товарооборот …", "На 15 % — или на 60 млн — вырос …"
        moved = figure_taken_up(text[s0:s1]) or restating_aside_opened(text[s0:s1])
        found = _sentence_facts(moved or text[s0:s1], s0, published, ctx)
        found = [replace(f, quote=text[s0:s1]) for f in found] if moved else found
        ctx.group_mutual = ctx.group_mutual or group_mutual(text[s0:s1])
        if ctx.period != before:   # a period of its own
            ctx.period_kept = None
        if not found and prev:
            facts[-len(prev):] = period_stated_after(prev, text[s0:s1], published)
        facts.extend(found)
        prev = found
        ctx.prev_places = ctx.this_places
    lead = spans[0][0] if spans else -1
    facts = change_to_new_level(join_changes(backfill_lead_period(facts, lead), lead))
    return drop_impossible_flows(drop_repeats(fill_half_pairs(facts)))


def _source_told_after(s: str, nxt: str, published, ctx: ArticleContext) -> None:
    """ "Объем торговли вырос на 17 % … Такие данные привели в Гродненском облисполкоме, подводя итоги
    сотрудничества с Вологодской областью.": a figure naming no place, followed by a figure-less sentence
    telling where the data come from, takes that sentence's places (read first, as an introduction)."""
    if not _TOLD_AFTER.match(nxt) or search_once(_HAS_FIGURE, nxt) or not search_once(_HAS_FIGURE, s):
        return
    # "Товарооборот с Вологодской областью вырос … Об этом сообщили в … Гродненского облисполкома": one side
    # named, and none before it
    named = {country_of(m.code) for m in find_places(s) if m.code}
    if len(named) > 1 or named and (ctx.pair or ctx.places):
        return
    _figureless(nxt, resolve_mentions(find_places(nxt), ctx), published, ctx)


# "МИНСК, 12 марта (БЕЛТА) – …": the city a wire writes from opens its first sentence.
_DATELINE = re.compile(r"\s*[А-ЯЁ][А-ЯЁ-]+(?:\s+[А-ЯЁ][А-ЯЁ-]+)?,\s+\d{1,2}\s+[а-яё]+(?:\s+\d{4}(?:\s*г\.)?)?"
                       r"\s*(?:\([^()]{2,30}\))?\s*[—–-]\s")


def _sentence_facts(s: str, offset: int, published, ctx: ArticleContext) -> list[Fact]:
    named = find_places(s)
    if dateline := _DATELINE.match(s):   # where the wire writes from: an earlier place, no side of the sentence
        ctx.remember([m.code for m in named if m.end <= dateline.end() and m.code])
        named = [m for m in named if m.start >= dateline.end()]
    mentions = [m for m in named if not (m.kind in ("city", "oblast") and m.prep in ("в", "во")
                                                  and SEAT_BEFORE.search(s, max(0, m.start - 70), m.start))
                and not EXCLUDED_BEFORE.search(s, max(0, m.start - 60), m.start)
                and not (m.source == "adj" and joint_firms(s, m.start, m.end))]
    # "пришлось на белорусский экспорт": an adjective right before a flow word is its owner; the
    # preposition before the adjective labels the amount, it gives no direction.
    mentions = [replace(m, prep="") if m.source == "adj" and m.prep in ("на", "в", "во", "из")
                and FLOW_AFTER.match(s, m.end) else m for m in mentions]
    mentions = relabel_preps(s, mentions)   # "на Россию пришлось", "на рынок Армении"
    mentions = drop_diplomats_state(s, drop_regions_of(mentions, country_of), country_of)
    grouped = bracketed_group(s, mentions)   # "(Германия, Нидерланды, Бельгия) — снижение около 18 %"
    mentions = [m for m in mentions if m.start not in grouped]
    missed: list = []
    sides = resolve_mentions(mentions, ctx, missed)
    ctx.this_places = tuple(x.code for x in sides if x.source not in ("generic", "context"))   # named ones
    product_topic, ctx.product_topic = ctx.product_topic, False
    # (a sentence with no figure at all has no day of a month to take out: most sentences skip the sub)
    if not search_once(_HAS_FIGURE, s) or may_name_day(s) and not _HAS_FIGURE.search(_DAY_OF_MONTH.sub("", s)):
        _figureless(s, sides, published, ctx)
        note_talked_capitals(ctx, s, mentions)   # "… чтобы обсудить с Минском …": the state
        return []
    found = find_money(s)
    if ctx.list_unit and list_line(s):   # "• Россия — 4 300;" under "Товарооборот …, млн долларов:"
        found = sorted(found + unit_amounts(s, ctx.list_unit, found), key=lambda m: m.start)
    positioned = [(pos, x) for pos, x in _position_sides(mentions, sides)
                  if not any(m.start <= pos < m.end for m in found)]
    moneys = drop_equivalents(s, found)
    trade = [money_is_trade(s, m, moneys[k - 1].end if k else 0) for k, m in enumerate(moneys)]
    # "с 6,8 млрд в 1999 году, когда … поставки нефти и их транзит, до 34,3 млрд": the new level is as its base
    trade = [trade[k - 1] if k and is_base_level(s, moneys[k - 1]) else t for k, t in enumerate(trade)]
    moneys = [m for m, t in zip(moneys, trade, strict=True) if t]
    # "Из 5 млрд долларов экспорта области 3,2 млрд пришлось на Россию": the whole's currency is the part's
    ctx.currency = next((m.currency for m in found if m.currency and is_whole(s, m)), ctx.currency)
    asked_way = ctx.asked_way if ctx.asked and answer_line(s, ctx) else None
    topic = ctx.topic or ctx.metric
    rate_words = _EXCHANGE.search(s)
    metrics = [] if rate_words else [k for k in find_metrics(s) if keyword_is_trade(s, k, positioned)]
    # "… он вырос в пять раз — с 6,8 млрд в 1999 году, когда основу торговли составляли поставки нефти, до 34,3 млрд":
    # the flow words of a clause set off between the levels are not the figures' (the topic goes on)
    metrics = [k for k in metrics if not inside_from_to(s, k, moneys)]
    if metrics and topic and moneys and moneys[0].end <= metrics[0].start \
            and _PARTS_AFTER.match(s, moneys[0].end) and not NOT_TRADE.search(s, 0, moneys[0].start):
        # "… он составил 1,6 млрд, из которых 1,1 млрд пришлось на экспорт": the whole is the flow told before
        metrics = [MetricMention(0, 0, topic), *metrics]
    # Without a trade keyword or a flow to continue the sentence gives no fact: its changes are not read.
    flows = tuple((k.start, k.metric) for k in metrics)
    changes = find_changes(s, asked_way)
    changes = [c for c in changes if not any(m.start <= c.start < m.end for m in moneys)
               and not compares_places(s, c, named) and not in_kind(s, c) and not compares_share(s, c, changes)
               and not compares_flows(s, c, flows, ctx.metric) and not in_cause(s, c.start)
               and not of_other_antecedent(s, c, metrics, named)] if metrics or topic or rate_words else []
    if rate_words:   # an exchange rate in a clause of its own after the figures leaves the keywords theirs
        metrics = [] if _exchange(s, [*moneys, *changes]) else \
            [k for k in find_metrics(s) if keyword_is_trade(s, k, positioned)]
        changes = changes if metrics or topic else []
    if product_topic:   # "… стал лидером по закупкам российского продовольствия. … продажи в Поднебесную …"
        # "… молочные продукты. Всего в 2024 году экспорт в КНР составил …": the total is no product's
        metrics = [replace(k, product=True) if k.metric != "turnover" and not _OWN_GOODS.match(s, k.end)
                   and not _ALL_GOODS.search(s, 0, k.start) else k for k in metrics]
    if ctx.price_asked and DIALOGUE.match(s):   # "— Сколько стоит трактор? — Около 3,5 млн рублей"
        moneys = [m for m in moneys if metrics and m.start > metrics[0].start]
    spans = [(x.start, x.end) for x in mentions if x.code]
    # The periods and the unresolved places are read only by a sentence that gives facts: found below,
    # once it is known to (about a third of the sentences with a figure stop before).
    sent = Sentence(s, offset, positioned, [], moneys, changes, metrics, spans)
    if not metrics and topic and continues_flow(s, ctx, bool(moneys), bool(changes), len(adjacent_partners(sent))):
        # "… товарооборот 35,6 млрд. … экспорт – 14,2 млрд. По итогам года стороны ожидают выйти на 55 млрд.": the total
        topic = "turnover" if ctx.turnover_seen and plan_of_the_whole(s) or sum_of_flows(s, ctx.directions) else topic
        if ctx.metric and _OBJECT_PRONOUN.search(s):
            topic = ctx.metric   # "… а товарооборот — 800 млн. Намерены довести его до 2 млрд": the flow named last
        metrics = [MetricMention(0, 0, topic, product=product_topic and topic != "turnover")]
        # "Общий объем накопленных капиталовложений … составляет около 13 млрд": with no keyword of
        # its own, a sentence whose subject is investment, prices … does not continue the flow.
        # (a new level "до 34,3 млрд" after its base "с 6,8 млрд …, когда … транзит," is read from the base)
        moneys = [m for k, m in enumerate(moneys) if not NOT_TRADE.search(s, 0, _level_start(s, moneys, k))
                  or place_share(s, s[:m.start], m.start)]
        changes = [c for c in changes if not NOT_TRADE.search(s, 0, c.start)]
        sent = replace(sent, moneys=moneys, changes=changes)
    ctx.asked = ctx.price_asked = False
    ctx.list_intro = ctx.list_intro and list_line(s)   # the list goes on line by line
    ctx.list_unit = ctx.list_unit if ctx.list_intro else None
    owner = partner_of(s, []) if _PARTNERS_WORD.search(s) else None
    if owner:   # "Китай — главный торговый партнер Пензенской области: … товарооборот с ним …"
        ctx.pair, ctx.subject = owner, owner[0]
    if not (moneys or changes) or not metrics:
        ctx.period = stated_period(s, published) or ctx.period
        if ctx.currency is None and metrics:   # "… зерна на 120 млн долларов. Всего же товарооборот … 1,1 млрд"
            ctx.currency = next((m.currency for m in reversed(found) if m.currency and m.value >= 1e6), None)
        if s.rstrip().endswith("?"):   # "— Каков итог 2024 года в торговле с …?": a question with a year
            ctx.asked, ctx.metric = True, metrics[-1].metric if metrics else ctx.metric
            ctx.asked_way = question_direction(s)   # "— Насколько вырос … в 2024 году? — На 15 %, до …"
        note_venues(ctx, [x for _, x in positioned])   # "В Бресте 10 ноября прошло заседание …": a date is no figure
        ctx.remember([x.code for _, x in positioned])
        # "Свердловская область и Беларусь: итоги 2024 года.": a year is no amount; the sentence
        # introduces the pair's trade as a figure-less one does.
        ctx.trade_intro = not _HAS_FIGURE.search(_YEAR.sub("", s)) and introduces_trade(s, sides, find_metrics(s))
        # "… превысил 1,1 млрд долларов. В рублевом выражении это порядка 92 млрд рублей. Рост … составил 7 %": the flow
        # goes on past a restatement in another currency
        ctx.had_facts = ctx.had_facts and not metrics and restates_before(s, found, ctx.currency)
        ctx.sum_told = False
        ctx.own_total = ctx.answering = False
        list_heading(s, find_metrics(s) if not (moneys or changes) else [], ctx)
        return []
    unresolved = tuple(sorted([u for u in missed if not is_attribution(s, u)] + unknown_places(s, named)
                              + anaphoric_partners(s, named),
                              key=lambda m: m.start))
    sent = replace(sent, periods=fact_periods(s), unresolved=unresolved)
    out: list[Fact] = []
    placed: list[tuple[int, int, list[Fact]]] = []
    ctx.sum_told = False   # set again by a figure of this sentence that is a sum for several partners
    for seg in split_segments(metrics, moneys, s, topic, changes, ctx.had_facts):
        if product_topic and not seg.keyword.end and seg.metric != "turnover":
            continue   # an amount continuing the last sentence's flow: that product's
        out.extend(_segment_facts(sent, seg, published, ctx, placed))
    out = respective_changes(s, drop_totals_before_parts(sent, placed, out))
    ctx.sum_told = ctx.sum_told and not out
    # "Делегация … находится с визитом в Москве. Экспорт … в Москву составил …": a city a figure names as its side is a
    # partner, no longer only where people met (venues_as_states leaves it the city for the figures after)
    named_here = {x.code for _, x in positioned if x.source not in ("generic", "context")}
    ctx.venues -= {c for f in out for c in (f.a, f.b) if c in named_here}
    ctx.answering = False
    ctx.remember([x.code for _, x in positioned])
    ctx.metric = metrics[-1].metric
    ctx.topic = out[0].metric if out else ctx.topic
    ctx.turnover_seen = ctx.turnover_seen or any(f.metric == "turnover" and f.status == "reported" for f in out)
    ctx.last_flows = tuple(f.metric for f in out if f.status == "reported" and f.value is not None)
    ctx.directions |= {(f.a, f.b) if f.metric == "export" else (f.b, f.a) for f in out
                       if f.metric != "turnover" and f.status == "reported"}
    ctx.had_facts, ctx.trade_intro = bool(out), False
    ctx.flows = frozenset(f.metric for f in out)
    # "Внешнеторговый оборот Витебской области составил 5,8 млрд.": one place's total, a base for "На
    # Россию пришлось …" next
    ctx.own_total = not out and bool(moneys) and not any(k.product for k in metrics) \
        and len(set(ctx.this_places)) == 1
    if ctx.own_total:   # "… составил 5 млрд долларов. На Россию пришлось 3,2 млрд."
        ctx.currency = next((m.currency for m in reversed(moneys) if m.currency), ctx.currency)
    # "… в январе–июне вырос на 14,5 %. Экспорт в целом — на 10 %, импорт — на 54 %. Ввоз из Китая …": a sentence
    # of totals that gives no fact and names no time of its own keeps the period, in its paragraph
    kept = not out and not sent.periods and carries_period(s)
    ctx.period = ctx.period if kept else _sentence_period(sent, out, published)
    ctx.period_kept = offset + len(s) if kept else None
    return out


def _level_start(s: str, moneys: list[Money], k: int) -> int:
    """Where an amount's own words end before it: a new level "до Y" after its base "с X …" stands at the base."""
    return moneys[k - 1].start if k and is_base_level(s, moneys[k - 1]) else moneys[k].start


def _figureless(s: str, sides: list[Side], published, ctx: ArticleContext) -> None:
    """A sentence with no figure only updates the context: places, a question, a headline's period."""
    remember_sides(ctx, sides)
    ctx.own_total = ctx.sum_told = False
    asked = s.rstrip().endswith("?")
    # "— …? — Динамика хорошая. В прошлом году мы вышли на …": the answer's figure comes in its next sentence
    ctx.answering = ctx.asked and not asked and bool(DIALOGUE.match(s))
    if ctx.answering:
        return
    ctx.had_facts = ctx.had_facts and asked   # "… 400 млн. Это рекорд? — Да, … выйти на 850 млн"
    ctx.asked = asked
    ctx.price_asked = asked and asks_price(s)
    ctx.asked_way = question_direction(s) if asked else None
    # "Беларусь входит в тройку основных торговых партнеров региона. В 2022 году товарооборот …"
    kws = find_metrics(s)
    ctx.period = stated_period(s, published, bool(kws) and not is_target(s, 0, len(s))) or ctx.period
    # "Китай … стал лидером по закупкам российского продовольствия.": the next sentence's flows
    # (not its turnover) are that product's, unless they name goods of their own.
    ctx.product_topic = bool(kws) and kws[-1].product and kws[-1].metric != "turnover" \
        and not composition_flow(s, kws[-1].start, kws[-1].end) and not talked_flow(s, kws[-1].start)
    # "Беларусь и Казахстан — стратегические партнеры.": partners introduce their trade too
    # "… провел встречу с Послом Беларуси. Стороны обсудили расширение поставок. … товарооборот …": a
    # figure-less sentence that names no place keeps the introduction going.
    ctx.trade_intro = introduces_trade(s, sides, kws) or (ctx.trade_intro and not asked and all(
        x.source == "generic" for x in sides))   # "Встреча прошла в здании правительства региона."
    owner = partner_of(s, sides) if _PARTNERS_WORD.search(s) else None
    if owner and not asked:
        # "Индия — один из главных партнеров Беларуси.": the next figures are Belarus's with India.
        ctx.pair, ctx.subject, ctx.trade_intro = owner, owner[0], True
    list_heading(s, kws, ctx)
    if (asked or ctx.trade_intro) and (kws or _PARTNERS_WORD.search(s)):
        # "— Каков товарооборот с Беларусью? — … он составил 1,3 млрд", "— Кто ваши главные
        # партнеры?", "Брестская область — Татарстан: товарооборот растет.": the topic is set.
        ctx.metric = kws[-1].metric if kws else "turnover"


def _sentence_period(sent: Sentence, out: list[Fact], published) -> tuple | None:
    """The period later sentences may continue: the last reported fact's, else the first period
    of this trade sentence even if it gave no fact ("внешняя торговля края за 11 месяцев …")."""
    reported = [f for f in out if f.status == "reported" and f.period_start]
    if reported:
        # "… 210 млн, тогда как годом ранее — 180 млн. Рост — 16,7 %.": the latest period goes on
        latest = max(reversed(reported), key=lambda f: f.period_end)
        return latest.period_start, latest.period_end
    own = [p for p in sent.periods if p.role == "own"]
    if own and not any(f.status == "target" for f in out):
        start, end, _ = resolve_period(own[0], published, True)
        return (start, end) if start else None
    return None


def _position_sides(mentions, sides: list[Side]) -> list[tuple[int, Side]]:
    """Pair each resolved side with the text position of its mention."""
    out, k = [], 0
    for m in mentions:
        n = 0 if m.source == "generic" and (m.plural and not m.code) else len(m.code.split("+"))
        if m.source == "generic" and not m.plural:
            n = 1 if k < len(sides) and sides[k].source == "generic" else 0
        for _ in range(n):
            if k < len(sides):
                out.append((m.start, sides[k]))
                k += 1
    return out


def _items(sent: Sentence, seg: Segment) -> list[Money | Change]:
    moneys = [m for m in sent.moneys if seg.start <= m.start < seg.end]
    if moneys:
        return moneys
    s = sent.text   # "цены … выросли на 4 %, а экспортные поставки сыра …": a price's change
    return [c for c in sent.changes if seg.start <= c.start < seg.end and not other_subject(s, c.start, 0)]


def _exchange(s: str, figures: list[Money | Change]) -> bool:
    """A sentence about a currency pair ("курс рубля", "на торгах"); a rate named in a clause of its own
    after the trade figure ("…19 млн долларов, а курс драма к рублю вырос на 5 %") is no such sentence."""
    brk = NEW_CLAUSE.search(s, min(f.end for f in figures)) if figures else None
    return bool(_EXCHANGE.search(s, 0, brk.start() if brk else len(s)))


def _segment_facts(sent: Sentence, seg: Segment, published, ctx: ArticleContext,
                   placed: list[tuple[int, int, list[Fact]]]) -> list[Fact]:
    if seg.keyword.product:   # "экспорт мяса вырос на 7 %": one product group, not the pair's trade
        return []
    items = _items(sent, seg)
    out: list[Fact] = []
    used_changes: set[int] = set()
    used_periods: set[int] = set()
    partners, lead = respective_partners(sent, seg, items)
    ways = respective_directions(sent, seg, items)
    if not seg.keyword.end:   # "В 2023 году эти показатели равнялись 2,4 и 1,7 млрд соответственно"
        ways = these_respectively(sent.text, items, ctx.last_flows) or ways
    if not partners:
        # "экспорт … в Иран вырос на 10 %, а ввоз … в Астрахань — на 38 %": another flow's partner is no list's
        adjacent = {k: v for k, v in adjacent_partners(sent).items() if seg.start <= k < seg.end}
        if len(adjacent) >= 2 or any(len(distinct(sides_in(sent, seg.start, i.start))) <= 1
                                     for i in items if i.start in adjacent):
            partners = adjacent
    group_before = -1   # the start of the last item whose partner was a group
    for k, item in enumerate(items):
        lo = items[k - 1].end if k else seg.start
        hi = items[k + 1].start if k + 1 < len(items) else seg.end
        pair = list_pair(sent, seg, item, partners, lead, ctx)
        why = ""
        if pair is None:
            pair, why = pair_for(sent, seg, item, lo, hi, ctx)
        pair = adjective_owner(sent, seg, source_first(sent, owner_first(sent, pair)))
        if k and group_before == items[k - 1].start and _LISTED.fullmatch(sent.text, items[k - 1].end, item.start):
            pair, why, group_before = None, "partner is a group of countries", item.start   # "$660 млн и $617 млн"
        if pair is None and "group" in why:
            group_before = item.start
        if pair is None and why == "a sum for several partners":
            ctx.sum_told = True   # "… с Москвой и Московской областью составил 640 млн. В том числе с Москвой — …"
        if pair is None or (not pair[0].code or not pair[1].code) and names_group(sent):
            continue   # "взаимной торговли … со странами СНГ": the unnamed partner is the group
        fact = item_fact(sent, seg, item, pair, lo, hi, published, ctx, used_changes, used_periods, why)
        if not fact:
            continue
        if item.start in ways:
            fact = [replace(f, metric=ways[item.start]) for f in fact]
        fact = reverse_flow(sent, item, fact)   # "…, в обратном направлении — на 250 млн"
        if out and out[-1].status == "target" and (_LISTED.fullmatch(sent.text, items[k - 1].end, item.start)
                                                   or _THEN.fullmatch(sent.text, items[k - 1].end, item.start)):
            fact = [replace(f, status="target") for f in fact]   # "до 300 и 150 млн … соответственно"
        out.extend(fact)
        placed.append((item.start, item.end, fact))
        if fact[0].a and fact[0].b:   # a null side never becomes the running pair
            ctx.pair = (fact[0].a, fact[0].b)
        ctx.subject = ctx.subject or fact[0].a
    if out and isinstance(items[0], Money):
        # a change after an amount that gave no fact (a group's, a total's) is that amount's too
        out.extend(_leftover_changes(sent, seg, published, ctx, used_changes, used_periods))
    return out


def _leftover_changes(sent: Sentence, seg: Segment, published, ctx: ArticleContext,
                      used_changes: set[int], used_periods: set[int]) -> list[Fact]:
    """A change in a clause of its own, not taken by any amount ("выросли в 4 раза: в 2019 году
    поставили на 2 млн"), is a change-only fact."""
    out: list[Fact] = []
    s = sent.text
    for c in sent.changes:
        if not seg.start <= c.start < seg.end or c.start in used_changes:
            continue
        lo = last_break_end(s, seg.start, c.start, seg.start)
        # "превысил 150 млн и может удвоиться к 2025 году": a plan after the amount is its own clause.
        lo = max([m.end for m in sent.moneys if lo <= m.end <= c.start and TARGET_CUES.search(s, m.end, c.start)],
                 default=lo)
        brk = CLAUSE_BREAK.search(s, c.end, seg.end)
        hi = brk.start() if brk else seg.end
        if any(lo <= m.start < hi for m in sent.moneys) or other_subject_in(s, lo, hi):
            continue
        pair, why = pair_for(sent, seg, c, lo, hi, ctx)
        if pair is None:
            continue
        used_changes.add(c.start)
        out.append(item_fact(sent, seg, c, pair, lo, hi, published, ctx, used_changes, used_periods, why)[0])
    return out
