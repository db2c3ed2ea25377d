"""Lines that continue the sentence before them: interview answers, "С Пензенской — 17 млн", plans
for the level just reported, partners' portions."""

from __future__ import annotations

import re

from etl.extract.amount import header_unit
from etl.extract.change import MULTIPLE_ALT
from etl.extract.metric import ANAPHORA
from etl.extract.period import SAME_SPAN
from etl.extract.places import find_places
from etl.extract.products import PRODUCT
from etl.extract.resolve import ArticleContext

# "— …, — ответил губернатор Калужской области": the person answering in an interview.
_SPEAKER = re.compile(r"[,.!?…]\s*[—–]\s*(?:ответил|сказал|рассказал|сообщил|отметил|заявил|подчеркнул|"
                      r"пояснил|добавил|уточнил|напомнил)\w*\s+([^.—–]*)", re.I)
DIALOGUE = re.compile(r"^\s*[—–]\s")
# The verbs of speech after a quotation or at a figure's end ("«…», — отметил губернатор …", "…, сообщил посол …"):
# partners._ATTRIBUTION, partners._TRAILING_SPEAKER and _QUOTE_CLOSE below.
SAID = ("сказал|сообщил|рассказал|отметил|заявил|подчеркнул|пояснил|добавил|уточнил|констатировал|напомнил|указал|"
        "заметил|признал")
# "— Сколько стоит белорусский трактор?": the answer's first amount is a price.
_PRICE_QUESTION = re.compile(r"(?<![а-яё])(?:стоит|стоят|стоил\w*|стоимост\w*|цен[аыуе]?)(?![а-яё])", re.I)
# "С Пензенской — 17 млн долларов.": a verbless line that continues the sentence before it.
# "На втором месте Гомельская — 130 млн".
# "• с Китаем — 240 млн долларов;": a line of a list, after its bullet.
# "Для сравнения: с Казахстаном — 1,5 млрд", "При этом с Китаем — 40 млн": a lead-in word before it.
# "В том числе с Москвой — 412 млн", "Из них в Москву — 820 млн": a part of the figure before, by partner.
_ELLIPTIC = re.compile(r"^\s*(?:[•·▪*]\s*|[—–-]\s+|\d{1,2}[.)]\s+)?(?:(?:для\s+сравнения|для\s+справки|при\s+этом|"
                       r"кроме\s+того|тогда\s+как|в\s+то\s+же\s+время|в\s+том\s+числе|из\s+них|из\s+которых)\s*[:,]?\s+)?(?:а\s+)?(?:(?:с|со|в|во|из)\s+|на\s+\w+\s+месте\s+)"
                       r"[А-ЯЁ]\w*(?:\s+\w+)?\s*[—–]", re.I)
# "— Россия — 3,4 млрд долларов;": a list's line naming its place bare, after a heading with a colon.
_LIST_LINE = re.compile(r"^\s*(?:[•·▪*]\s*|[—–-]\s+|\d{1,2}[.)]\s+)[А-ЯЁ]\w*(?:[\s-][А-ЯЁ]\w*)?\s*[—–:]")
_CHANGE_OPENS = re.compile(r"^\s*(?:Это|Динамик\w*|Прирост\w*|Рост\w*|Темп\w*|Увеличени\w*|Снижени\w*|Сокращени\w*|"
                           r"Падени\w*|Плюс|Минус)(?![а-яё])")
_PRONOUN_CHANGE = re.compile(r"(?<![а-яё])(?:он|она|оно|они)\s+(?:[а-яё]+\s+)?(?:вырос|вырас|увеличи|снизи|сократи|"
                             r"уменьши|упал|прибави)\w*", re.I)
_BULLET = re.compile(r"^\s*(?:[•·▪*]|[—–-]\s|\d{1,2}[.)]\s)")
# "Годом ранее — 450 млн.", "За аналогичный период 2023 года — 820 млн.": the same flow at another time.
_PERIOD_ELLIPTIC = re.compile(
    r"^\s*(?:а\s+)?(?:годом\s+ранее|год\s+назад|(?:за|в)\s+" + SAME_SPAN +
    r"(?:\s+(?:прошлого|предыдущего)\s+года|\s+(?:19|20)\d\d\s*(?:года|г\.)?)?|"
    # "В 2023 году – 20 млн долларов, рост – 25 %."
    r"(?:в|за|по\s+итогам)\s+(?:19|20)\d\d(?:-?м)?\s*(?:году|года|год|г\.)?)\s*[—–]", re.I)
# "Год назад за тот же период было 83 млн.", "За аналогичный период прошлого года он составлял 58 млн": the level of the
# flow just reported, a year earlier, with no trade word.
_EARLIER_LEVEL = re.compile(
    r"^\s*(?:а\s+)?(?:(?:годом\s+ранее|год\s+назад|годом\s+раньше)(?:\s*,?\s*(?:за|в)\s+" + SAME_SPAN + r")?|"
    r"(?:за|в)\s+" + SAME_SPAN + r"\s+(?:прошлого|предыдущего)\s+года)\s*,?\s*"
    r"(?:(?:он|она|оно|они|показатель|объ[её]м)\s+)?"
    r"(?:был[оаи]?|составлял\w*|составил\w*|равнял\w*|достигал\w*)\s", re.I)
# "Это на 7,1 % больше …", "рост продолжился: +7,5 %": a sentence that comments on the last figure.
# "Рост к 2023 году составил 12 %", "По сравнению с 2023 годом он вырос на 12 %" likewise.
# "По сравнению с тем же периодом прошлого года рост — в 1,7 раза": the comparison base before the change noun
_BASE_FIRST = r"^\s*(?:по\s+сравнению\s+с|в\s+сравнении\s+с|относительно|против)\s[^.:;—–]{1,60}?\s"
# The words between a change noun and its dash: a base may name a month range ("к январю–марту прошлого года").
_WORDS_TO_DASH = r"(?:[^.%—–-]|(?<=[а-яё])[–—-](?=[а-яё])){1,60}?"
_COMMENT = re.compile(r"^\s*[«\u201e\u201c\x22]?\s*(?:Это|Что)\s|"
                      # "Как отметили в минэкономразвития, это на 8 % больше": an attribution before "это"
                      r"^\s*(?:как|по)\s[^.,:;]{1,60},\s*(?:это|что)\s+(?:на|в)\s|"
                      # "Динамика положительная: +9 %", "плюс 9 % к 2023 году" (not "(+9 %)" after an amount)
                      r"(?:^|[\s:;—–])(?:\+|плюс\s|минус\s)\s*\d|:\s*[–-]\s?\d[\d,.]*\s*%|"
                      # "Динамика положительная — рост 12 %": a change noun and its bare percent
                      r"[—–:]\s*(?:рост|прирост|увеличение|снижение|сокращение|падение)\s+(?:на\s+)?"
                      r"(?:(?:почти|более|около|свыше)\s+)?\d|(?<![а-яё])(?:рост|прирост|снижение|спад)\s+(?:продолжил|сохранил)\w*|"
                      r"(?:^\s*(?:[А-ЯЁ][^.]{0,45}?\s)?|[:;]\s*(?:[^.:;,]{0,50}?\s)?)"
                      r"(?:рост\w*|прирост\w*|увеличени\w+|снижени\w+|сокращени\w+|падени\w+)\s[^.]{0,60}?(?:составил|превысил|достиг)|(?<![а-яё])(?:он|она|оно|показател[ьи]|объ[её]мы?|цифра)\s+(?:[а-яё]+\s+)?(?:вырос|вырас|увеличи|снизи|"
                      r"сократи|упал|упад|прибави|уменьши|превыси|возрос|подрос|просел)\w*|"
                      # "Показатели прошлого года превышены на 15 %": the base exceeded, in the passive
                      r"(?<![а-яё])(?:прошл|предыдущ|(?:19|20)\d\d)[^.]{0,30}?превышен\w*\s+(?:[а-яё]+\s+){0,2}?на\s+\d|"
                      # "К уровню предыдущего года — 112,5 %": a comparison base opening the line, a dash
                      r"^\s*(?:к\s+уровню|по\s+отношению\s+к)\s+[^.%—–-]{1,50}?\s*[—–-]\s*(?:[а-яё]+\s+)?\d|"
                      # "Рост к 2023 году — 15 %.", "Прирост — 8 %", "Темп роста — 115 %": a change noun or a
                      # growth index opening the line, a dash
                      # "Годовой прирост — 12 %": an adjective of the noun first
                      # «Это рекорд: рост к 2023 году — 17 %»: after a colon, or a quote's opening mark
                      rf"(?:^\s*[«\u201e\u201c\x22]?\s*|:\s*|{_BASE_FIRST})(?:(?:его|ее|её|их)\s+)?"
                      r"(?:[а-яё]+(?:ой|ый|ий|ое|ее|ая|яя)\s+)?"
                      r"(?:темпы?\s+(?:при)?роста|рост|прирост|увеличение|снижение|"
                      r"сокращение|падение)"
                      rf"(?:\s+{_WORDS_TO_DASH})?\s*[—–-]\s*"
                      # "Увеличение — вдвое", "Рост … — почти в полтора раза", "Снижение — на треть": in words too
                      rf"(?:[а-яё]+\s+)?\d|(?:^\s*|:\s*|{_BASE_FIRST})(?:рост|прирост|увеличение|снижение|сокращение|падение)"
                      rf"(?:\s+{_WORDS_TO_DASH})?\s*[—–-]\s*(?:[а-яё]+\s+){{0,3}}?"
                      rf"(?:{MULTIPLE_ALT}|полтора\s+раза|(?:два|три|четыре|пять)\s+раза?|треть|четверть|"
                      r"половину)(?![а-яё])|"
                      # "Эта цифра на 7 % больше прошлогодней", "Данный показатель …": the figure named again
                      r"^\s*(?:эт[аои]т?|данн\w+)\s+(?:цифр\w*|показател\w*|результат\w*|объ[её]м\w*)\s|"
                      # "В текущем году ожидается рост на 10 %": a plan for the flow just reported
                      r"(?<![а-яё])(?:ожида|прогнозиру|планиру)\w*\s+(?:[а-яё]+\s+){0,2}"
                      r"(?:рост|прирост|увеличени|снижени)|"
                      # "стороны рассчитывают увеличить его еще на 15 %": a planned change of that flow
                      r"(?<![а-яё])(?:рассчитыва|планиру|намерен|намерева|собира|стрем|хот[ия]т|надеют|надеется)\w*"
                      r"\s+(?:увеличить|нарастить|поднять)\s+(?:(?:его|ее|её|их|объем|объём)\s+)?"
                      r"(?:(?:ещ[её]|как\s+минимум|минимум|не\s+менее\s+чем)\s+)?(?:на|в)\s", re.I)
# "В текущем году стороны рассчитывают выйти на 11 млрд", "… превысить 350 млн": a plan for the
# level just reported.
_PLAN_LEVEL = re.compile(r"(?<![а-яё])(?:выйти|выход\w*)\s+на\s+(?:уровень\s+)?(?:в\s+)?[\d$]|"
                         # "стороны рассчитывают на 60 млн", "надеются на миллиард"
                         r"(?<![а-яё])(?:рассчитыва\w+|надеют\w*|надеется)\s+на\s+(?:[а-яё]+\s+){0,2}?"
                         r"(?:[\d$]|миллиард|миллион|полмиллиард)|"
                         r"(?:довести|нарастить|увеличить)\s+(?:его\s+|ее\s+|её\s+)?до\s|"
                         r"(?<![а-яё])(?:превысить|достичь|достигнуть|преодолеть|перешагнуть)\s+"
                         r"(?:отметк\w+\s+|уровн\w+\s+|рубеж\w*\s+|планк\w+\s+)?(?:в\s+)?(?:[\d$]|миллиард|миллион|полмиллиард)",
                         re.I)
# Plans of the level with no verb of reaching: "выйти на рекордные 2 млрд", "выйти на уровень порядка 450 млн",
# "Цель — 1 млрд долларов в ближайшие годы", "Задача на 2026 год – 600 млн", "Нынешний год … завершится с результатом
# около 1,5 млрд"
_PLAN_GOAL = re.compile(r"(?<![а-яё])выйти\s+на\s+(?:[а-яё]+\s+){1,2}?(?:[\d$]|миллиард|миллион|полмиллиард)|"
                        r"^\s*(?:Задача|Цель|Ориентир)(?:\s+на\s+[^.—–:]{1,25}?)?\s*[—–:-]\s*(?:[а-яё]+\s+)?[\d$]|"
                        r"(?<![а-яё])(?:заверш|законч)\w*ся\s+(?:с\s+)?(?:результат\w*|показател\w*|на\s+уровне)\s",
                        re.I)
# "В прошлом году мы уже достигли 512 миллионов", "За 2024 год мы вышли на 140 млн", "В 2024-м уже превысили 600 млн": a
# past level verb with the speakers' "мы" or no subject, after a time phrase: the level the flow just named reached.
_LEVEL_REACHED = re.compile(r"^\s*[«\u201e\u201c\x22]?\s*(?:а\s+)?(?:(?:в|во|за|по\s+итогам)\s+(?:[а-яё0-9-]+\s+){0,3}?"
                            r"(?:году|года|год|(?:19|20)\d\d(?:-?(?:м|го))?)\s*,?\s*)?(?:мы\s+)?(?:уже\s+)?"
                            r"(?:достигли|вышли\s+на|превысили|перешагнули|преодолели)\s+(?:уровня?\s+|отметк\w+\s+)?"
                            r"(?:в\s+)?(?:(?:почти|около|порядка|более|свыше)\s+)?[\d$]", re.I)
# "Суммарно это 236 млн долларов", "В сумме это около 330 млн": the two flows just named, added up.
_SUM_OF_FLOWS = re.compile(r"^\s*(?:Суммарно|В\s+сумме|В\s+общей\s+сложности|В\s+совокупности|Итого)\s*,?\s*"
                           r"(?:это|получается|выходит)\s+(?:[а-яё]+\s+)?[\d$]", re.I)
# "В 2023 году эти показатели равнялись 2,4 и 1,7 млрд соответственно": the flows just named, in order.
_THESE_RESPECTIVELY = re.compile(r"(?<![а-яё])(?:эти|данные|указанные|те\s+же)\s+(?:показател|значени|цифр|объ[её]м)\w*"
                                 r"[^.]*?(?<![а-яё])соответственно", re.I)
# "Крупнейшими партнерами региона стали X и Y: на них пришлось 180 и 150 млн", "Из них на Могилевскую
# область пришлось 95 млн": portions of the flow just reported.
_PORTIONS = re.compile(r"(?:(?i:(?<![а-яё])(?:партн[её]р\w*|из\s+них|в\s+том\s+числе))|^\s*На\s+(?:долю\s+)?[А-ЯЁ]).*"
                       r"(?<![а-яё])(?:приход|пришл)\w*")


# "… экспортировала на 3,1 млрд. Основной рынок — Россия: туда ушло 2,4 млрд": a market's part of a total
_MARKET = re.compile(r"(?<![а-яё])(?:туда|рын(?:ок|ка|ке|ком)|ушл[оаи]|направлен[оаы]?)(?![а-яё])", re.I)


def answer_line(s: str, ctx: ArticleContext) -> bool:
    """A line of an interview's answer: it opens with a dash, or goes on an answer whose first sentence
    had no figure ("— … ? — Динамика хорошая. В прошлом году мы вышли на 640 млн, — ответил …")."""
    return bool(DIALOGUE.match(s)) or ctx.answering


def continues_flow(s: str, ctx: ArticleContext, moneys: bool, changes: bool, adjacent: int) -> bool:
    """A sentence with no trade keyword that still reports the flow of the sentence before it."""
    if moneys and ANAPHORA.search(s) or (moneys or changes) and ctx.asked and answer_line(s, ctx):
        return True
    if moneys and ctx.trade_intro and ctx.metric and _PERIOD_ELLIPTIC.match(s):
        return True   # "Экспорт области в Казахстан стал темой совещания. … По итогам 2024 года — 150 млн."
    if moneys and ctx.list_intro and (_ELLIPTIC.match(s) or _LIST_LINE.match(s)):
        return True   # "Внешняя торговля области за 2024 год:\n• с Россией — 3,1 млрд долларов;"
    if moneys and ctx.sum_told and _ELLIPTIC.match(s):
        return True   # "… с Москвой и Московской областью составил 640 млн. В том числе с Москвой — 412 млн."
    if moneys and ctx.had_facts and (_PLAN_LEVEL.search(s) or _PORTIONS.search(s) or _ELLIPTIC.match(s)
                                     or _PERIOD_ELLIPTIC.match(s) or _EARLIER_LEVEL.match(s)
                                     or _PLAN_GOAL.search(s) or _SUM_OF_FLOWS.match(s)
                                     or _THESE_RESPECTIVELY.search(s) or _LEVEL_REACHED.match(s)):
        return True
    if moneys and ctx.own_total and (_PORTIONS.search(s) or _MARKET.search(s)) and not PRODUCT.search(s.lower()):
        return True   # "Экспорт Гродненской области составил 3,3 млрд. На Россию пришлось 2,1 млрд."
    # "Торговля области с Беларусью растет. Динамика положительная: +9 %": a comment after the introduction too,
    # when the change opens the sentence (not "Безработица — 0,9 %, минус 0,2 %")
    # "Губернатор … отметил рост товарооборота с Беларусью. По итогам 2024 года он увеличился на 12 %": the flow
    # referred to by a pronoun that grew
    intro = ctx.trade_intro and ctx.metric and (_CHANGE_OPENS.match(s) or _PRONOUN_CHANGE.search(s))
    return adjacent >= 2 or bool(changes and not moneys and (ctx.had_facts or intro) and _COMMENT.search(s))


# "довести его до 800 млн", "она превысит …" (not "по его прогнозу": the speaker's)
_PRONOUN = re.compile(r"(?<![а-яё])(?<!по\s)(?:его|ее|её|их|он|она|они)(?![а-яё])", re.I)


def plan_of_the_whole(s: str) -> bool:
    """A plan line with no trade word and no pronoun for one flow ("По итогам года стороны ожидают выйти на 55 млрд",
    "Задача – 2 млрд долларов"): the pair's total, when the article reported one."""
    return bool(_PLAN_LEVEL.search(s) or _PLAN_GOAL.search(s)) and not _PRONOUN.search(s)


def sum_of_flows(s: str, directions: frozenset) -> bool:
    """A line that adds up both flows of a pair reported before ("Суммарно это 236 млн долларов"): the turnover."""
    return any((b, a) in directions for a, b in directions) and bool(_SUM_OF_FLOWS.match(s))


def these_respectively(s: str, items: list, flows: tuple[str, ...]) -> dict[int, str]:
    """The flow of each amount of "эти показатели … N и M соответственно", as many as the flows the sentence before
    reported, in order."""
    if len(flows) < 2 or len(items) != len(flows) or not _THESE_RESPECTIVELY.search(s):
        return {}
    return {i.start: m for i, m in zip(items, flows, strict=True)}


def list_line(s: str) -> bool:
    """A line of a list after its bullet ("• с Китаем — 240 млн", "— Россия — 3,4 млрд")."""
    return bool(_LIST_LINE.match(s) or _ELLIPTIC.match(s) and _BULLET.match(s))


def interviewee(text: str) -> str | None:
    """The place of the person answering in a dialogue ("— …? — …, — ответил губернатор …")."""
    if not DIALOGUE.match(text):
        return None
    return next(filter(None, (_speaker_place(m.group(1)) for m in _SPEAKER.finditer(text))), None)


def _speaker_place(phrase: str) -> str | None:
    """The first place of a speaker's phrase ("губернатор Калужской области", "председатель Брестского облисполкома");
    a generic word only when it resolved to a region."""
    return next((p.code for p in find_places(phrase) if p.code and (p.source != "generic" or "-" in p.code)), None)


# "«… . Это не предел», — отметил министр промышленности Беларуси": the close of a quotation and its speaker.
# "«…», — пишет губернатор …", "«…», — написал в телеграм-канале …": written words are the speaker's too
QUOTE_WROTE = "пишет|написал"
_QUOTE_CLOSE = re.compile(rf"»\s*,?\s*[—–-]+\s*(?:[а-яё]+\s+){{0,3}}?(?:{SAID}|{QUOTE_WROTE}|говорит|ответил)\w*\s+"
                          r"([^.—–«»]*)", re.I)


def quotation_speakers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, place) of each «…» quotation whose speaker, named right after it, has a place: the
    quotation's sentences before its last are that place's words too ("«В прошлом году мы вышли на 1,2 млрд …
    Это не предел», — отметил министр промышленности Беларуси")."""
    out = []
    if "»" not in text:
        return out
    for m in _QUOTE_CLOSE.finditer(text):
        start = text.rfind("«", 0, m.start())
        if start < 0 or "»" in text[start:m.start()]:
            continue
        if code := _speaker_place(m.group(1)):
            out.append((start, m.start(), code))
    return out


def asks_price(question: str) -> bool:
    return bool(_PRICE_QUESTION.search(question))


def list_heading(s: str, kws: list, ctx: ArticleContext) -> None:
    """ "Внешняя торговля Витебской области за 2024 год:": the lines after the colon list the flow's figures (in
    the unit of "…, млн долларов:" when the heading gives one)."""
    ctx.list_intro = bool(kws) and not kws[-1].product and s.rstrip().endswith(":")
    ctx.list_unit = header_unit(s) if ctx.list_intro else None
    if ctx.list_intro:
        ctx.metric = kws[-1].metric
