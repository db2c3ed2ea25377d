"""Recall of signed documents and of meetings (issue 11: the misses on unseen passages are mostly
signings whose sentence has a signing word yet gives no agreement, then meetings told with words the
cue list lacks). Composed from EVENTS.md and Russian grammar, in many writers' styles: every document
noun × the verb's voice and form × how the two sides are named × held or planned × how it is dated,
talks by every word for them, and the negatives EVENTS.md names (agreements reached without a
document, companies' contracts, history, one side's internal meetings).

Written before the extractor was run on them (eleven batches, each before its run); a case the rules
still miss is an xfail(strict=True) with its class. Eight expectations were corrected after a run, to
EVENTS.md and the project's conventions, not to the output: "сегодня" in a quote is the published
day; a delegation signing is its visit (event_cues.csv: a delegation's side is the visitor); a
signing "на встрече" is told with that meeting, as "итогом встречи стало подписание" is; a joint
forum being prepared is a planned forum; a draft prepared is a signing ahead (as
test_event_recall_phrasings has it); a held visit told with no date is undated; a talk in a town of
one side is the other side's visit; a visit being prepared is a planned one. Compared as the strict
scorer compares: type, sides (a visit keeps its direction), the months of start and end, status."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
SEP = ("2025-09", "2025-09")
NONE = (None, None)
AG, MT, VI, FO = "agreement", "meeting", "visit", "forum"

# Every document noun, signed by two regions named as the subjects or after "между"
DOC_NOUN = [
]

# The signing told by every voice and form of the verb, and by a noun
DOC_VOICE = [
]

# How the two sides are named: a country, a government and an executive committee, an adjective of
# two states, the host or visitor of the sentence before, a delegation
DOC_SIDES = [
]

# Planned signings
DOC_PLANNED = [
]

# Dates: a day, "накануне", a month, a weekday
DOC_DATE = [
]

# Not events: agreements reached without a document, companies' contracts, history, drafts
DOC_NEGATIVE = [
]

# Talks by every word for them, the two sides named in any way
MEET_WORD = [
]

# Talks dated, planned, or of sides named in the sentence before
MEET_WHEN = [
]

# Not meetings: one side's own officials, business of the same region, the press
MEET_NEGATIVE = [
]

# Second batch, written after the first passed 118 of 126: the long sentences of ministry and regional
# press (officials' full names and titles, the parties' full legal names, the document far from its
# verb, a quote, "по итогам", "итогом стало", the signing told after the talks)
DOC_REAL = [
]

MEET_REAL = [
]

NEG_REAL = [
]

# Third batch: the checks that keep history and business out, met by a signing of the two sides (a
# count of documents signed at once, "еще в сентябре", an investment agreement of two governments,
# "ранее, 3 октября"), the verb's adverbial participle and active participle, a signing told
# around the sides' sentence
DOC_FILTERS = [
]

# Fourth batch, written after the rules of 1.41.86 passed the first three: documents outside the
# cue list's nouns ("письмо о намерениях", "план-график", "программа совместных действий"), the verb
# in a quote's first person, the verb far from its document past commas, an occasion phrase before the
# document, "ранее" / "недавно" signings, and talk verbs with "с" an official of the other side
DOC_MORE = [
]

MEET_MORE = [
]

NEG_MORE = [
]

# Fifth batch: passages of several sentences, the signing or the talk in one, its sides, date or
# occasion in another ("По итогам встречи", "Подписи под документом поставили", "Разговор состоялся
# накануне"), and signings that did not happen or are only drafted
PASSAGE = [
    ("Председатель Могилевского облисполкома Анатолий Исаченко 14 октября находился с рабочим визитом в "
     "Смоленской области. Губернатор Василий Анохин и глава белорусского региона обсудили развитие "
     "кооперации. По итогам встречи подписан план мероприятий по реализации соглашения о сотрудничестве "
     "на 2026–2028 годы.",
     [(VI, "BY-MA", "RU-SMO", *OCT, "held"), (AG, "BY-MA", "RU-SMO", *OCT, "held")]),
    ("Хоким Ташкентской области провел переговоры с делегацией Новосибирской области. Стороны подписали "
     "дорожную карту по развитию сотрудничества.",
     [(VI, "RU-NVS", "UZ-TO", *NONE, "held"), (AG, "RU-NVS", "UZ-TO", *NONE, "held")]),
    ("Аким Северо-Казахстанской области Гауез Нурмухамбетов провел онлайн-встречу с губернатором Омской "
     "области Виталием Хоценко. Главы регионов договорились подписать меморандум о сотрудничестве в сфере "
     "образования в ходе Форума межрегионального сотрудничества.",
     [(MT, "KZ-SEV", "RU-OMS", *NONE, "held"), (AG, "KZ-SEV", "RU-OMS", *NONE, "planned"),
      (FO, "KZ", "RU", *NONE, "planned")]),
    ("Калужская область продолжает развивать связи с Беларусью. На прошлой неделе губернатор Владислав "
     "Шапша провел переговоры с председателем Брестского облисполкома. Документ о сотрудничестве стороны "
     "планируют подписать до конца года.",
     [(MT, "RU-KLU", "BY-BR", *OCT, "held"), (AG, "RU-KLU", "BY-BR", *NONE, "planned")]),
    ("Губернатор Ярославской области Михаил Евраев встретился с послом Узбекистана в России. Собеседники "
     "обсудили подготовку соглашения о сотрудничестве с Андижанской областью.",
     [(MT, "RU-YAR", "UZ", *NONE, "held")]),
    ("Витебский облисполком и правительство Псковской области подписали соглашение о приграничном "
     "сотрудничестве. Подписи под документом поставили Александр Субботин и Михаил Ведерников.",
     [(AG, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("Гродно и Калининград стали побратимами. Соответствующее соглашение подписали главы городов.",
     [(AG, "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Переговоры в расширенном составе прошли между делегациями Беларуси и Узбекистана. По их итогам "
     "подписано 10 документов.",
     [(MT, "BY", "UZ", *NONE, "held"), (AG, "BY", "UZ", *NONE, "held")]),
    ("Губернатор Челябинской области Алексей Текслер и аким Костанайской области Кумар Аксакалов обсудили "
     "по телефону подготовку к совместному форуму. Разговор состоялся накануне.",
     [(MT, "RU-CHE", "KZ-KUS", *OCT, "held"), (FO, "RU-CHE", "KZ-KUS", *NONE, "planned")]),
    ("Соглашение о сотрудничестве между Ивановской и Витебской областями, подписанное 9 октября, "
     "рассчитано на пять лет.",
     [(AG, "RU-IVA", "BY-VI", *OCT, "held")]),
    ("«Подписанное сегодня соглашение открывает новую страницу в отношениях Гомельской и Брянской "
     "областей», — сказал Иван Крупко.",
     [(AG, "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Договорились и о подписании в ноябре программы сотрудничества между Липецкой и Гомельской "
     "областями.",
     [(AG, "RU-LIP", "BY-HO", *NOV, "planned")]),
    ("Следующим шагом станет подписание соглашения между Могилевской областью и Тульской областью.",
     [(AG, "BY-MA", "RU-TUL", *NONE, "planned")]),
    ("Губернатор Брянской области Александр Богомаз провел рабочую встречу с председателем Гомельского "
     "облисполкома Иваном Крупко. Встреча прошла в Брянске.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Глава Чувашии Олег Николаев провел переговоры с хокимом Кашкадарьинской области. Обсуждались вопросы "
     "поставок текстиля и сельхозпродукции.",
     [(MT, "RU-CU", "UZ-QA", *NONE, "held")]),
    ("Состоялись переговоры по видеосвязи между руководством Костанайской области и Курганской области.",
     [(MT, "KZ-KUS", "RU-KGN", *NONE, "held")]),
    ("На полях Российской энергетической недели губернатор Тюменской области встретился с акимом "
     "Павлодарской области.",
     [(MT, "RU-TYU", "KZ-PAV", *NONE, "held")]),
    ("Министр сельского хозяйства Узбекистана и губернатор Саратовской области провели встречу, на которой "
     "обсудили поставки зерна.",
     [(MT, "UZ", "RU-SAR", *NONE, "held")]),
    # not a signing
    ("Подписание соглашения между Курской и Гомельской областями так и не состоялось.", []),
    # a draft prepared is a signing ahead, as test_event_recall_phrasings has it ("Стороны подготовили проект
    # соглашения …": planned); written as a negative first, corrected to that convention
    ("Проект соглашения о сотрудничестве между Омской и Павлодарской областями направлен на согласование "
     "в министерства.", [(AG, "RU-OMS", "KZ-PAV", *NONE, "planned")]),
    ("Белорусские предприятия заключили на выставке в Казани контракты на сумму 20 млн долларов.", []),
]

# Sixth batch: document nouns past the cue list's complements ("договор об установлении побратимских
# связей", "план совместной работы", "программа экономического партнерства", "концепция
# сотрудничества"), and visits told by words other than the visit words (the third group of misses)
DOC_NOUN_MORE = [
]

VISIT_MORE = [
]

# Seventh batch: the signatories named away from the signing — in the headline, three sentences
# before, by "наши регионы" / "регион-партнер" / "белорусский регион", by their names alone after a
# sentence giving their posts
SIDES_AROUND = [
]

TITLED = [
]

# Eighth batch: planned signings at an occasion, signings told by their copies and their term, and talk
# verbs with both officials as the subject ("подвели итоги", "наметили", "сверили часы")
MORE_STATUS = [
]

# Ninth batch: signatories that are bodies of the two sides — chambers of commerce (the tuned labels count
# them: "Торгово-промышленные палаты Беларуси и Ирана подписали соглашение"), ministries, agencies,
# city executive committees and city administrations
BODIES_SIGN = [
]

# Tenth batch: the words these rules added, where they tell no contact of the two sides (one side's own
# affairs, business people, tourists, goods)
NEW_WORDS_NEGATIVE = [
]

# Eleventh batch: talk with one's own officials about the other side (the official met is of the
# speaker's own region; the other side is only the subject of the talk)
OWN_TALK_NEGATIVE = [
]

# Twelfth batch: visits told by where an official spent his time ("находится в", "провел два дня в",
# "съездил в"), and hosts receiving guests
VISIT_WORDS = [
]

# Thirteenth batch: talks whose two sides are named by a joint adjective, by governments and
# administrations, by "главы" of both, by a delegation and an official
MEET_SIDES = [
]

# Cases the rules still miss, by the start of their text → the class they belong to (xfail(strict=True)).
MISSED: dict[str, str] = {
    "Стороны обсудили вопросы транспортной логистики и поставок зерна.":
        "left: an event told only by the headline ('… провел переговоры с акимом …') is not read from it",
    "Премьер-министр Беларуси провел рабочий день в Ташкенте":
        "left: 'хоким города' is no city-level word, so the capital stands for its state",
    "Аким Северо-Казахстанской области Гауез Нурмухамбетов провел онлайн-встречу":
        "left: a forum in a sentence naming no place ('Главы регионов … в ходе Форума межрегионального "
        "сотрудничества') takes no sides from the event before",
    "В рамках визита меморандум о сотрудничестве подписали":
        "left: a visit whose direction the sentence does not tell is guessed from the order of the sides",
}


GROUPS = {"doc_noun": DOC_NOUN, "doc_voice": DOC_VOICE, "doc_sides": DOC_SIDES, "doc_planned": DOC_PLANNED,
          "doc_date": DOC_DATE, "doc_negative": DOC_NEGATIVE, "meet_word": MEET_WORD,
          "meet_when": MEET_WHEN, "meet_negative": MEET_NEGATIVE, "doc_real": DOC_REAL,
          "meet_real": MEET_REAL, "neg_real": NEG_REAL, "doc_filters": DOC_FILTERS,
          "doc_more": DOC_MORE, "meet_more": MEET_MORE, "neg_more": NEG_MORE,
          "passage": PASSAGE, "doc_noun_more": DOC_NOUN_MORE, "visit_more": VISIT_MORE,
          "sides_around": SIDES_AROUND, "more_status": MORE_STATUS,
          "bodies_sign": BODIES_SIGN, "new_words_negative": NEW_WORDS_NEGATIVE,
          "own_talk_negative": OWN_TALK_NEGATIVE, "visit_words": VISIT_WORDS,
          "meet_sides": MEET_SIDES}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_document_or_meeting(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """The cue words added for these wordings ("пообщался", "побеседовал", "письмо о намерениях",
    "совещание с …") start with a stem of event_cues.STEMS (else cue_spots would skip them silently)."""
    assert_cue_spots_cover(GROUPS)
