"""When a document word and a signing word in one sentence make one signed document, beyond the
closeness event_cues.find_cues asks for (EVENTS.md: "a document signed or adopted by the two sides").

News names a document by its whole title before saying it was signed ("Соглашение между Правительством
Ульяновской области (Российская Федерация) и Могилевским облисполкомом о торгово-экономическом, …
сотрудничестве подписано 8 октября"), and counts the papers signed at one occasion ("По итогам
переговоров подписаны восемь документов"): both are one signing."""

from __future__ import annotations

import re

from etl.extract.morph import tags

_WORD = re.compile(r"[а-яё]+")
# A title is long, but still one phrase: past a sentence's end, a semicolon, a colon or a spaced dash
# another statement begins.
_TITLE_END = re.compile(r"[;:!?]|\.\s|\s[—–]\s")
# A title set off by dashes as an apposition ("Документ — соглашение о … — подписали"): its closing dash
# ends the apposition, not the statement
_OPEN_DASH = re.compile(r"\s[—–]\s$")
TITLE_REACH = 320


# the auxiliary of a passive ("был подписан", "будет подписано") is no verb of its own
_AUXILIARY = frozenset({"был", "была", "было", "были", "будет", "будут"})


def _finite_verb(word: str) -> bool:
    if word in _AUXILIARY:
        return False
    t = tags(word)
    return bool(t) and t[0].startswith("VERB")


def _nominal(word: str) -> bool:
    """The document word is the subject or object of the signing ("Соглашение … подписано",
    "Соглашение … подписали губернатор и аким"), not a phrase inside another noun's ("в рамках
    соглашения")."""
    return any(t.startswith(("NOUN", "ADJF")) and ("nomn" in t or "accs" in t) for t in tags(word))


_EXCHANGED = re.compile(r"(?<![а-яё])обменял(?:ись|ся|ась)(?![а-яё])")


def signed_title(low: str, start: int, end: int, signs: list[int]) -> int | None:
    """The signing word after a document word whose title runs up to it: the document word in the
    nominative or accusative, then no finite verb and no end of a statement before the signing word
    ("Соглашение о сотрудничестве в области торговых, научных и гуманитарных связей подписали …"); or
    in the instrumental before "обменялись" ("Меморандумом о сотрудничестве обменялись губернатор и …")."""
    word = low[start:end].split()[0]
    stop = _TITLE_END.search(low, end, end + TITLE_REACH)
    if stop and stop.group().strip() in "—–" and _OPEN_DASH.search(low, max(0, start - 3), start):
        stop = _TITLE_END.search(low, stop.end(), end + TITLE_REACH)   # "документ — соглашение о … — подписали"
    limit = stop.start() if stop else end + TITLE_REACH
    if _nominal(word):
        x = next((x for x in signs if end <= x < limit), None)
    elif any("ablt" in t for t in tags(word)) and (m := _EXCHANGED.search(low, end, limit)):
        x = m.start()
    else:
        return None
    if x is None or any(_finite_verb(w.group()) for w in _WORD.finditer(low, end, x)):
        return None
    return x


# The words that place something at an event: "на форуме", "в ходе визита", "на полях заседания"
# (event_links reads them too)
AT_PREP = r"(?<![а-яё])(?:на|в\s+ходе|во\s+время|в\s+рамках|на\s+полях|по\s+итогам)\s+"
# "по итогам переговоров", "в ходе визита", "на полях форума", "в рамках заседания": the occasion a count of
# papers was signed at
_OCCASION = re.compile(r"(?:" + AT_PREP + r"|(?<![а-яё])итогом\s+)(?:[а-яё-]+\s+){0,3}?"
                       r"(?:переговор|встреч|визит|форум|заседани|сесси|саммит|поездк|пребывани|бесед|конференц)")
# "у области подписано более 60 соглашений", "у региона заключено 46 соглашений", "за годы сотрудничества": what a
# side holds, a tally over years, not one signing
_TALLY = re.compile(r"(?<![а-яё])(?:всего|более|свыше|уже|за\s+годы|за\s+время|к\s+настоящему|действу|"
                    r"с\s+\d+\s+год|с\s+(?:[а-яё]+\s+)?регионами|"
                    r"у\s+(?:[а-яё-]+\s+)?(?:област|регион|республик|кра[яю]|провинци|город|стран|нас|не[её]|них))")


# "соглашений на сумму более чем $1 млрд": deals counted by their sum are business
_MONEY = re.compile(r"(?:млн|млрд|миллион|миллиард|\$|долл|руб|евро|юан)")


def signed_at_occasion(low: str, lo: int, hi: int, doc_start: int) -> bool:
    """A count of documents ("подписаны восемь документов") is one signing when its clause (lo, hi)
    names the single occasion it was signed at, counts no money, and tallies nothing over the years."""
    return bool(_OCCASION.search(low, lo, hi)) and not _MONEY.search(low, doc_start, hi) \
        and not _TALLY.search(low, max(lo, doc_start - 60), doc_start)


OBJECT_REACH = 180


def signed_object(low: str, start: int, lo: int, signs: list[int]) -> int | None:
    """The signing verb before a document word in the accusative, in its clause (from lo) and with no
    finite verb between, however many commas set off the phrases between them ("подписали в здании
    правительства, в присутствии членов обеих делегаций, соглашение о сотрудничестве"): its object."""
    word = low[start:].split(maxsplit=1)[0] if low[start:].strip() else ""
    if not any("accs" in t for t in tags(word)):
        return None
    x = next((x for x in reversed(signs) if max(lo, start - OBJECT_REACH) <= x < start), None)
    if x is None or not _finite_verb(_WORD.match(low, x).group()):
        return None
    verb_end = _WORD.match(low, x).end()
    return None if any(_finite_verb(w.group()) for w in _WORD.finditer(low, verb_end, start)) else x


# ", который подписали …", ", которое было торжественно подписано …": a relative clause right after a document
_WHICH_SIGNED = re.compile(r",\s+котор(?:ый|ую|ое|ые|ого|ой|ом|ых|ым)\s+(?:был[аои]?\s+|будет\s+|будут\s+)?")
_ONE_WORD = re.compile(r"[а-яё]+\s+")


def signed_in_relative(low: str, end: int, signs: list[int]) -> int | None:
    """The signing word opening the relative clause right after a document word, one word in between at
    most ("закреплены в меморандуме, который подписали губернатор … и аким …"): that document is the
    one signed, though the comma ends its clause for every other rule."""
    m = _WHICH_SIGNED.match(low, end)
    if m is None:
        return None
    one = _ONE_WORD.match(low, m.end())
    return next((x for x in signs if x == m.end() or one is not None and x == one.end()), None)


# "стороны подписали ряд соглашений", "президенты … подписали 12 документов": the count right after the
# signing verb told of both signatories (plural or passive; "республика подписала восемь соглашений с
# китайскими провинциями" is one side's tally with many)
_SIGNED_COUNT = re.compile(r"(?<![а-яё])(?:подписали|заключили|(?:были\s+)?"
                           r"(?:подписаны|заключены|подписано|заключено))\s+"
                           r"(?:[а-яё\d]+\s+){1,2}$")
_MANY_OF_THEM = re.compile(r"(?<![а-яё])со?\s+(?:[а-яё]+\s+)?(?:регионами|провинциями|областями|странами|городами|"
                           r"партнерами|компаниями|предприятиями|государствами)")


def signed_as_count(low: str, lo: int, hi: int, doc_start: int) -> bool:
    """A count of documents right after their signing verb is one signing of the two sides when its
    clause (lo, hi) counts no money, tallies nothing over the years and names no many partners."""
    return bool(_SIGNED_COUNT.search(low, max(lo, doc_start - 40), doc_start)) \
        and not _MONEY.search(low, doc_start, hi) and not _MANY_OF_THEM.search(low, doc_start, hi) \
        and not _TALLY.search(low, max(lo, doc_start - 60), doc_start)


def listed_after_colon(low: str, lo: int, signs: list[int]) -> int | None:
    """The signing word before the colon that opens a document's clause (at lo), with no finite verb
    between them: the documents listed are the ones signed ("подписали два документа: соглашение о
    сотрудничестве и план мероприятий")."""
    if lo < 1 or low[lo - 1] != ":":
        return None
    colon = lo - 1
    x = next((x for x in reversed(signs) if colon - 80 <= x < colon), None)
    if x is None or any(_finite_verb(w.group()) for w in _WORD.finditer(low, _WORD.match(low, x).end(), colon)):
        return None
    return x
