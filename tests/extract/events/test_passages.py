"""The sides of an event named in another sentence: the sentence before or after, the lead, officials by title,
seats and pronouns ("стороны", "регион", "гости") naming them later.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import pytest

from tests.extract.events.common import AG, CM, CO, FO, MT, NONE, NOV, OCT, PUB, PUB_MAY, SEP, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# Batch 13: passages whose event sentence names one side, the other told in the sentence before
# (test_event_recall_grammar.py, TWO_SENTENCES)
TWO_SENTENCES = [
    ("Брестская область нарастила экспорт во Владимирскую область. Председатель облисполкома на прошлой "
     "неделе побывал во Владимире.",
     [(VI, "BY-BR", "RU-VLA", *OCT, "held")]),
    ("Калужская делегация провела переговоры в Минском облисполкоме. По их итогам подписан протокол.",
     [(VI, "RU-KLU", "BY-MI", *NONE, "held"), (AG, "RU-KLU", "BY-MI", *NONE, "held")]),
    ("Могилевская область поставляет в Тульскую область молочную продукцию. Губернатор Тульской области "
     "пригласил председателя облисполкома посетить регион в ноябре.",
     [(VI, "BY-MA", "RU-TUL", *NOV, "planned")]),
    ("Витебская область наращивает экспорт в Псковскую область. Об этом сообщил губернатор Псковской "
     "области, который находится в Витебске с визитом.",
     [(VI, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Павлодарская область и Омская область в 2025 году отмечают 30-летие сотрудничества. Стороны провели "
     "совместное заседание рабочей группы в Павлодаре.",
     [(CO, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Делегация Гродненской области с ответным визитом прибыла в Калининград.",
     [(VI, "BY-HR", "RU-KGD", *NONE, "held")]),
]

# Batch 5: passages where a figure or a pronoun sentence carries the event's sides or its day
# (test_event_recall_incidental.py, FOLLOW_UPS)
FOLLOW_UPS = [
    ("Товарооборот Брянской области с Беларусью за январь–август вырос на 12 %. Об этом шла речь на встрече "
     "губернатора Александра Богомаза с председателем Гомельского облисполкома Иваном Крупко в Брянске.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Экспорт Витебской области в Псковскую область достиг 150 млн долларов. Такие данные привел "
     "председатель облисполкома Александр Субботин в ходе рабочей поездки в Псков.",
     [(VI, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("Новосибирская область и Могилевская область намерены увеличить товарооборот. Соответствующий план "
     "мероприятий губернатор Андрей Травников и председатель облисполкома подписали 3 октября.",
     [(AG, "RU-NVS", "BY-MA", *OCT, "held")]),
    ("Омская область наращивает поставки в Казахстан. На прошлой неделе губернатор Виталий Хоценко посетил "
     "Павлодар, где провел переговоры с акимом области.",
     [(VI, "RU-OMS", "KZ-PAV", *OCT, "held")]),
    ("Товарооборот Татарстана и Узбекистана вырос на 30 %. В сентябре Рустам Минниханов побывал в Бухаре.",
     [(VI, "RU-TA", "UZ-BU", *SEP, "held")]),
    ("Губернатор Курганской области Вадим Шумков встретился с акимом Костанайской области. Встреча прошла "
     "в Костанае.",
     [(VI, "RU-KGN", "KZ-KUS", *NONE, "held")]),
    ("Витебская область и Смоленская область провели совместное заседание рабочей группы. Оно прошло "
     "в режиме видеоконференции 8 октября.",
     [(CO, "BY-VI", "RU-SMO", *OCT, "held")]),
    ("Губернатор Псковской области с 20 по 22 октября посетит Витебскую область. В ходе визита "
     "планируется подписание плана мероприятий.",
     [(VI, "RU-PSK", "BY-VI", *OCT, "planned"), (AG, "RU-PSK", "BY-VI", *OCT, "planned")]),
]

# (test_event_recall_issue11.py, NEXT_SENTENCE)
NEXT_SENTENCE = [
    ("Делегация Витебской области находится с визитом в Смоленской области. В ходе визита подписано "
     "соглашение о сотрудничестве в сфере здравоохранения.",
     [(VI, "BY-VI", "RU-SMO", *NONE, "held"), (AG, "BY-VI", "RU-SMO", *NONE, "held")]),
    ("Председатель Брестского облисполкома Петр Пархомчик 13 октября прибыл в Орел. Стороны подписали "
     "дорожную карту на ближайшие два года.",
     [(VI, "BY-BR", "RU-ORL", *OCT, "held"), (AG, "BY-BR", "RU-ORL", *OCT, "held")]),
    ("Гомельскую область посетила делегация Саратовской области. В рамках визита состоялось заседание "
     "рабочей группы по сотрудничеству.",
     [(VI, "RU-SAR", "BY-HO", *NONE, "held"), (CM, "RU-SAR", "BY-HO", *NONE, "held")]),
    ("Губернатор Курской области встретился с председателем Гомельского облисполкома. По итогам встречи "
     "подписан меморандум о сотрудничестве.",
     [(MT, "RU-KRS", "BY-HO", *NONE, "held"), (AG, "RU-KRS", "BY-HO", *NONE, "held")]),
    ("Могилевская область и Ульяновская область расширяют сотрудничество. Соглашение о сотрудничестве "
     "подписано 8 октября.",
     [(AG, "BY-MA", "RU-ULY", *OCT, "held")]),
]

# (test_event_recall_issue11.py, NEXT_SENTENCE_2)
NEXT_SENTENCE_MORE = [
    ("Губернатор Самарской области Вячеслав Федорищев находится с визитом в Гродненской области. "
     "Подписан план мероприятий на 2026 год.",
     [(VI, "RU-SAM", "BY-HR", *NONE, "held"), (AG, "RU-SAM", "BY-HR", *NONE, "held")]),
]

# batch 10: passages whose sentences after the first name the sides by titles, seats and pronouns
# (test_event_recall_issue11.py, LINKED)
LINKED = [
    ("Губернатор Курской области Александр Хинштейн провел переговоры с председателем Гомельского облисполкома "
     "Иваном Крупко. Встреча состоялась в Курске. Стороны договорились о проведении в 2026 году Дней Гомельской "
     "области в Курской области.",
     [(VI, "BY-HO", "RU-KRS", *NONE, "held"), (FO, "BY-HO", "RU-KRS", "2026-01", "2026-12", "planned")]),
    ("Минский облисполком посетила делегация Республики Саха (Якутия). Гостей принял председатель облисполкома "
     "Александр Турчин. Во время встречи обсуждались поставки техники и продовольствия.",
     [(VI, "RU-SA", "BY-MI", *NONE, "held")]),
    ("13 октября в режиме видеоконференции состоялось заседание рабочей группы по сотрудничеству между "
     "Гродненской областью и Санкт-Петербургом. Со стороны Гродненской области в нем приняли участие "
     "заместитель председателя облисполкома и руководители предприятий. Следующее заседание пройдет в Гродно "
     "в первом полугодии 2026 года.",
     [(CM, "BY-HR", "RU-SPE", *OCT, "held"), (CM, "BY-HR", "RU-SPE", "2026-01", "2026-06", "planned")]),
    ("Делегация Витебского облисполкома во главе с председателем Александром Субботиным прибыла в "
     "Санкт-Петербург. В Смольном прошли переговоры с губернатором Александром Бегловым. По их итогам подписан "
     "план совместных мероприятий на 2026–2027 годы.",
     [(VI, "BY-VI", "RU-SPE", *NONE, "held"), (AG, "BY-VI", "RU-SPE", *NONE, "held")]),
    ("Председатель Могилевского облисполкома Анатолий Исаченко находится в Москве. В рамках рабочей поездки он "
     "встретился с мэром Москвы Сергеем Собяниным.",
     [(VI, "BY-MA", "RU-MOW", *NONE, "held")]),
    ("В Брянске с рабочим визитом побывал председатель Гомельского облисполкома. Губернатор Александр Богомаз и "
     "Иван Крупко обсудили восстановление исторических связей и подписали соглашение о сотрудничестве в сфере "
     "культуры.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held"), (AG, "BY-HO", "RU-BRY", *NONE, "held")]),
]

# batch 15: the sides in the opening sentence or the headline, the event sentences after
# (test_event_recall_issue11.py, OPENING)
OPENING = [
    ("Гомельская область и Брянская область — давние партнеры. Товарооборот в прошлом году превысил 1 млрд "
     "долларов. 14 октября в Гомеле прошло заседание совместной рабочей группы.",
     [(CM, "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Могилевская область развивает сотрудничество с Ульяновской областью. На этой неделе в Ульяновске "
     "побывала делегация облисполкома.",
     [(VI, "BY-MA", "RU-ULY", *OCT, "held")]),
    ("Губернатор Вологодской области прибыл в Беларусь. В Витебске он провел переговоры с председателем "
     "облисполкома.",
     [(VI, "RU-VLG", "BY", *NONE, "held")]),
    ("Минская область и Свердловская область сотрудничают с 2019 года. Накануне стороны утвердили план "
     "мероприятий на 2026 год.",
     [(AG, "BY-MI", "RU-SVE", *OCT, "held")]),
]

# The region named before and then called "регион", "область", "республика", "край"
# (test_event_recall_mechanisms.py, SIDE_ANAPHORA)
SIDE_ANAPHORA = [
    ("Алтайский край наращивает поставки в Казахстан. 14 октября регион посетила делегация Павлодарской "
     "области во главе с акимом.",
     [("visit", "KZ-PAV", "RU-ALT", *OCT, "held")]),
    ("Могилевская область развивает связи с Россией. В сентябре область посетил губернатор Тульской "
     "области Дмитрий Миляев.",
     [("visit", "RU-TUL", "BY-MA", *SEP, "held")]),
    ("Оренбургская область и Казахстан: новые горизонты. Губернатор области Евгений Солнцев провел "
     "переговоры с акимом Актюбинской области.",
     [("meeting", "RU-ORE", "KZ-AKT", *NONE, "held")]),
    ("Саратовская область открыта для белорусских партнеров. Губернатор региона Роман Бусаргин принял "
     "делегацию Гомельской области.",
     [("visit", "BY-HO", "RU-SAR", *NONE, "held")]),
    ("Правительство Ульяновской области сообщает: в регион прибыла делегация Ферганской области "
     "Узбекистана.",
     [("visit", "UZ-FA", "RU-ULY", *NONE, "held")]),
    ("Брестская область принимает гостей. Делегация Липецкой области провела в регионе три дня.",
     [("visit", "RU-LIP", "BY-BR", *NONE, "held")]),
    ("В Республике Башкортостан с рабочим визитом находится делегация Минской области. Гостей принял "
     "Глава республики Радий Хабиров.",
     [("visit", "BY-MI", "RU-BA", *NONE, "held")]),
    ("Красноярский край и Монголия: итоги года. В сентябре край посетила монгольская делегация.",
     [("visit", "MN", "RU-KYA", *SEP, "held")]),
    ("Витебская область — Смоленская область. Руководители регионов подписали соглашение о "
     "сотрудничестве.",
     [("agreement", "BY-VI", "RU-SMO", *NONE, "held")]),
]

# Sides carried from the sentence before
# (test_event_recall_sides.py, PASSAGES)
PASSAGES = [
    ("Делегация Гродненской области прибыла в Калугу. В ходе визита стороны подписали соглашение "
     "о сотрудничестве в сфере сельского хозяйства.",
     [(VI, "BY-HR", "RU-KLU", *NONE, "held"), (AG, "BY-HR", "RU-KLU", *NONE, "held")]),
    ("Губернатор Псковской области находится в Витебске. Он посетил льнозавод и провел переговоры "
     "с председателем облисполкома.",
     [(VI, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Сегодня в Могилеве начал работу межрегиональный форум. Участие в нем принимает делегация "
     "Брянской области.",
     [(FO, "RU-BRY", "BY-MA", *OCT, "held")]),
    ("Губернатор Смоленской области прибыл в Минск. Вечером состоялось подписание меморандума "
     "о сотрудничестве.",
     [(VI, "RU-SMO", "BY-HM", *NONE, "held"), (AG, "RU-SMO", "BY-HM", *NONE, "held")]),
    ("В Гомель приехали представители Курской области. Гости провели переговоры и подписали "
     "программу сотрудничества на 2026–2028 годы.",
     [(VI, "RU-KRS", "BY-HO", *NONE, "held"), (AG, "RU-KRS", "BY-HO", *NONE, "held")]),
    ("Вчера в Минск прибыла делегация Омской области. Сегодня она встретилась с руководством "
     "Мингорисполкома.",
     [(VI, "RU-OMS", "BY-HM", *OCT, "held")]),
]

# Batch 3, written down before the rules ran on it: a forum's guests or a delegation's head named in the
# next sentence
# (test_event_recall_sides.py, BATCH3)
GUESTS_NEXT_SENTENCE = [
    ("В Гомеле открылась выставка-ярмарка. В ней принимают участие предприятия Смоленской области.",
     [(FO, "RU-SMO", "BY-HO", *NONE, "held")]),
    ("Вчера в Пскове завершился бизнес-форум. В его работе участвовала делегация Витебской области.",
     [(FO, "BY-VI", "RU-PSK", *OCT, "held")]),
    ("В Бресте пройдет инвестиционный форум. Участие в нем примут представители Смоленской области.",
     [(FO, "RU-SMO", "BY-BR", *NONE, "planned")]),
    ("В Минске начал работу форум. Участие в нем принимают предприятия республики.", []),
    ("Российская делегация находится с визитом в Могилеве. Ее возглавляет губернатор Тульской области.",
     [(VI, "RU-TUL", "BY-MA", *NONE, "held")]),
    ("В Брянск прибыла белорусская делегация. В ее составе — руководители предприятий Гомельской области.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held")]),
]

# Batch 10, written down before the rules ran on it: sides from the sentence before
# (test_event_recall_sides.py, BATCH10)
SIDES_BEFORE = [
    ("Делегация Витебской области во главе с председателем облисполкома находится в Пскове. Сегодня "
     "подписано соглашение о сотрудничестве в сфере туризма.",
     [(VI, "BY-VI", "RU-PSK", *OCT, "held"), (AG, "BY-VI", "RU-PSK", *OCT, "held")]),
    ("Гродненскую область посетила делегация Псковской области. Гости провели переговоры в облисполкоме "
     "и подписали меморандум.",
     [(VI, "RU-PSK", "BY-HR", *NONE, "held"), (AG, "RU-PSK", "BY-HR", *NONE, "held")]),
    ("Губернатор Калининградской области встретился с председателем Гродненского облисполкома. Стороны "
     "обсудили приграничное сотрудничество и подписали протокол.",
     [(MT, "RU-KGD", "BY-HR", *NONE, "held"), (AG, "RU-KGD", "BY-HR", *NONE, "held")]),
    ("Председатель Могилевского облисполкома провел переговоры с губернатором Тульской области. Документ "
     "о сотрудничестве подписан по итогам встречи.",
     [(MT, "BY-MA", "RU-TUL", *NONE, "held"), (AG, "BY-MA", "RU-TUL", *NONE, "held")]),
    ("Делегация Гомельской области находится в Курске. В программе визита — переговоры с губернатором "
     "и подписание соглашения.",
     [(VI, "BY-HO", "RU-KRS", *NONE, "held"), (AG, "BY-HO", "RU-KRS", *NONE, "planned")]),
    ("Минский облисполком посетили представители Новгородской области. По итогам визита стороны "
     "договорились о проведении Дней Новгородской области в Минской области в 2026 году.",
     [(VI, "RU-NGR", "BY-MI", *NONE, "held"), (FO, "RU-NGR", "BY-MI", "2026-01", "2026-12", "planned")]),
    ("Губернатор Вологодской области прилетел в Минск. На следующий день он провел переговоры "
     "с председателем Мингорисполкома.",
     [(VI, "RU-VLG", "BY-HM", *NONE, "held")]),
]

MISSED: dict[str, str] = {
    "Делегация Гомельской области находится в Курске. В программе визита":
        "left: 'В программе визита — … подписание' after a visit held now keeps the signing held, not planned",
}

GROUPS = {"two_sentences": TWO_SENTENCES, "follow_ups": FOLLOW_UPS, "next_sentence": NEXT_SENTENCE,
          "next_sentence_more": NEXT_SENTENCE_MORE, "linked": LINKED, "opening": OPENING,
          "side_anaphora": SIDE_ANAPHORA, "passages": PASSAGES, "guests_next_sentence": GUESTS_NEXT_SENTENCE,
          "sides_before": SIDES_BEFORE}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_passages(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)


# (test_event_constructs.py, CASES: one line per rule, read by day, published PUB unless a case
# gives its own day)
BY_DAY = [
    # a sentence naming no place: the sides of the event just before it …
    ("В Минске прошли переговоры с делегацией Нижегородской области. По их итогам подписан меморандум "
     "о сотрудничестве.",
     [("visit", "RU-NIZ", "BY-HM", None, None, "held"), ("agreement", "RU-NIZ", "BY-HM", None, None, "held")]),
    # … or, after a sentence of no event, the two sides the article names ("стороны", a signed document)
    ("Экспорт Гомельской области в Брянскую область вырос на 8 %. В сентябре стороны подписали план "
     "мероприятий на 2025–2026 годы.",
     [("agreement", "BY-HO", "RU-BRY", "2025-09-01", "2025-09-30", "held")]),
    ("Гродненская область экспортирует молочную продукцию в Калининград. Подписанная в сентябре дорожная "
     "карта предусматривает расширение поставок.",
     [("agreement", "BY-HR", "RU-KGD", "2025-09-01", "2025-09-30", "held")]),
    # … but talk alone, after a sentence of no event, tells no meeting
    ("Товарооборот Беларуси и Татарстана вырос. Стороны договорились наращивать поставки.", []),
    # an oblast named by its executive committee is a side the next sentence can take
    ("Председатель Гродненского облисполкома находится с рабочей поездкой в Санкт-Петербурге. Сегодня он "
     "встретился с губернатором Александром Бегловым.",
     [("visit", "BY-HR", "RU-SPE", "2025-10-15", "2025-10-15", "held")]),
    # a clause with no verb after a planned event is its programme
    ("Делегация Ленинградской области прибудет в Минск 26 октября. В программе — переговоры с руководством "
     "Беларуси и подписание соглашения.",
     [("visit", "RU-LEN", "BY-HM", "2025-10-26", "2025-10-26", "planned"),
      ("agreement", "RU-LEN", "BY", "2025-10-26", "2025-10-26", "planned")]),
    ("Делегация Ленинградской области прибыла в Минск. В программе визита были переговоры и подписание "
     "соглашения.",
     [("visit", "RU-LEN", "BY-HM", None, None, "held"), ("agreement", "RU-LEN", "BY-HM", None, None, "held")]),
    # an undated planned visit right after the held one of its sides is its programme
    ("В Минской области с официальным визитом находится делегация Калужской области. Запланировано посещение "
     "предприятий области.",
     [("visit", "RU-KLU", "BY-MI", None, None, "held")]),
    # "в их рамках" after a planned event: planned at it, on its days
    ("Дни Ставропольского края пройдут в Гродненской области с 15 по 17 ноября. В их рамках планируется "
     "подписать соглашение о сотрудничестве.",
     [("forum", "RU-STA", "BY-HR", "2025-11-15", "2025-11-17", "planned"),
      ("agreement", "RU-STA", "BY-HR", "2025-11-15", "2025-11-17", "planned")]),
    # "Стороны" after an event, with a pair of its own named: that pair
    ("Губернатор Курской области провел переговоры с послом Беларуси в России. Стороны условились в ноябре "
     "подписать соглашение о сотрудничестве между Курской и Гомельской областями.",
     [("meeting", "RU-KRS", "BY", None, None, "held"),
      ("agreement", "RU-KRS", "BY-HO", "2025-11-01", "2025-11-30", "planned")]),
    # "гости" are the visitors the article named before, whatever the sentence names
    ("Минск посетила делегация города Тяньцзинь. Гости провели переговоры в Мингорисполкоме и посетили "
     "свободную экономическую зону «Минск».",
     [("visit", "CN-TJ", "BY-HM", None, None, "held")]),
]


@pytest.mark.parametrize("case", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_passages_by_day(case):
    text, expected, published = (*case, PUB)[:3]
    assert event_keys(text, published) == wanted_events(expected)


# (test_event_rules.py, CASES: one line per rule, read by day, published PUB_MAY, 2025-05-20)
BY_DAY_MAY = [
    # held events with no date of their own in the sentence after a visit's took place during it
    ("С 12 по 15 мая делегация Брестской области побывала в Шанхае. Губернатор выступил на "
     "китайско-белорусском бизнес-форуме.",
     [("visit", "BY-BR", "CN-SH", "2025-05-12", "2025-05-15", "held"),
      ("forum", "BY", "CN", "2025-05-12", "2025-05-15", "held")]),
    # "Главы государств …" after a visit: its two sides; a dated talk dates the visit it belongs to
    ("Президент Казахстана прилетел в Беларусь. Главы государств, которые 16 мая провели беседу, "
     "обсудили поставки техники.",
     [("visit", "KZ", "BY", "2025-05-16", "2025-05-16", "held")]),
    # an undated signing at a dated forum of the article took place on the forum's day
    ("14 мая в Казани открылся бизнес-форум Татарстана и Узбекистана. На форуме подписали соглашение "
     "между Татарстаном и Самаркандом.",
     [("forum", "RU-TA", "UZ", "2025-05-14", "2025-05-14", "held"),
      ("agreement", "RU-TA", "UZ-SA", "2025-05-14", "2025-05-14", "held")]),
    # "в ходе визита" after a visit is that visit again
    ("Делегация Псковской области прибыла в Гродненскую область. В ходе визита стороны обсудят поставки льна.",
     [("visit", "RU-PSK", "BY-HR", None, None, "held")]),
    # "Участники встречи подписали …" right after an event: its two sides, its day
    ("Губернатор Челябинской области 12 мая встретился с делегацией Казахстана. Участники встречи подписали "
     "меморандум о сотрудничестве.",
     [("visit", "KZ", "RU-CHE", "2025-05-12", "2025-05-12", "held"),
      ("agreement", "KZ", "RU-CHE", "2025-05-12", "2025-05-12", "held")]),
    # a sentence naming no place refers by its kind to the article's event ("по итогам заседания")
    ("В Гродно прошло заседание рабочей группы Гродненской и Ленинградской областей. Участники обменялись "
     "опытом. По итогам заседания подписан протокол.",
     [("commission", "BY-HR", "RU-LEN", None, None, "held"), ("agreement", "BY-HR", "RU-LEN", None, None, "held")]),
]


@pytest.mark.parametrize("text,expected", BY_DAY_MAY, ids=[c[0][:40] for c in BY_DAY_MAY])
def test_passages_published_in_may(text, expected):
    assert event_keys(text, PUB_MAY) == wanted_events(expected)
