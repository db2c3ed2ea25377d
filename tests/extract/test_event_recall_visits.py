"""Recall of visits and signings in wordings the earlier composed sets do not hold (issue 11: on
unseen passages signed documents and visits are missed most, and some sides are foreign subdivisions
named by a city, an adjective or a body). Composed from EVENTS.md, FORMAT.md and Russian grammar
before the extractor was run on them: how a visit is told (by the visitors, by the host), who
travels (an official by office, a delegation by a city or an adjective), how a signing is told,
who signs (ministries and chambers on their regions' behalf), a visit with a signing, planned and
held, dates against publication, and negatives (history in general terms, one side's exhibition,
a trip inside one country, trade figures only).

Compared as the strict scorer compares: type, sides (a visit keeps its direction), the months of
start and end, status. A case the rules still miss is an xfail(strict=True) with its class.

Three batches, each written down before the rules ran on it. Passing before → after: batch 1 (186
cases, on 1.41.101) 169 → 182; batch 2 (34) 27 → 32; batch 3 (30) 28 → 30; all 250: 244 pass, 6 xfail.
Expectations corrected after a run, to FORMAT.md and the project's conventions, not to the output:
Ляньюньган is a listed town (CN-JS, not the state); a signing in one side's city is the other side's
visit ("Вчера в Гомеле был подписан план …", "На полях форума в Казани хоким … подписали")."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

NONE = (None, None)
OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
SEP = ("2025-09", "2025-09")
MAY = ("2025-05", "2025-05")
JUN = ("2025-06", "2025-06")
AG, MT, VI, FO, CO = "agreement", "meeting", "visit", "forum", "commission"

# How a visit is told by the visitors' side
VISIT_TOLD = [
]

# The visit told by the host
VISIT_HOST = [
]

# Sides named by a city, an adjective or a body of a foreign subdivision
VISIT_NAMED = [
]

# How a signing is told
SIGN_TOLD = [
]

# Who signs: ministries, chambers and agencies on their regions' behalf
SIGN_BODIES = [
]

# Documents named by type after a list or a count
SIGN_LIST = [
]

# A visit and a signing in one passage: one event of each
VISIT_SIGN = [
    ("Губернатор Ярославской области посетил с рабочим визитом Могилевскую область, где подписал "
     "с председателем облисполкома соглашение о сотрудничестве.",
     [(VI, "RU-YAR", "BY-MA", *NONE, "held"), (AG, "RU-YAR", "BY-MA", *NONE, "held")]),
    ("В ходе визита делегации Наманганской области в Пензу подписан меморандум о сотрудничестве.",
     [(VI, "UZ-NG", "RU-PNZ", *NONE, "held"), (AG, "UZ-NG", "RU-PNZ", *NONE, "held")]),
    ("Делегация Гродненской области прибыла в Калининград 13–14 мая. Стороны подписали план "
     "мероприятий на два года.",
     [(VI, "BY-HR", "RU-KGD", *MAY, "held"), (AG, "BY-HR", "RU-KGD", *MAY, "held")]),
    ("Аким Павлодарской области побывал в Омске. Он провёл переговоры с губернатором, по итогам "
     "которых стороны скрепили подписями дорожную карту.",
     [(VI, "KZ-PAV", "RU-OMS", *NONE, "held"), (AG, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("В Минске с визитом находится губернатор Новгородской области Александр Дронов. Он встретился "
     "с председателем Минского горисполкома, стороны подписали соглашение о сотрудничестве.",
     [(VI, "RU-NGR", "BY-HM", *NONE, "held"), (AG, "RU-NGR", "BY-HM", *NONE, "held")]),
    ("Делегацию Бухарской области приняли в Казани. В ходе визита подписано соглашение между "
     "Бухарской областью и Республикой Татарстан.",
     [(VI, "UZ-BU", "RU-TA", *NONE, "held"), (AG, "UZ-BU", "RU-TA", *NONE, "held")]),
    ("Губернатор Калужской области 8 октября прибыл в Брест. Губернатор и председатель облисполкома "
     "провели переговоры и подписали протокол о намерениях.",
     [(VI, "RU-KLU", "BY-BR", *OCT, "held"), (AG, "RU-KLU", "BY-BR", *OCT, "held")]),
    ("Губернатор Челябинской области в начале июня посетил Костанай. Итогом визита стало подписание "
     "меморандума о сотрудничестве.",
     [(VI, "RU-CHE", "KZ-KUS", *JUN, "held"), (AG, "RU-CHE", "KZ-KUS", *JUN, "held")]),
    ("Делегация Смоленской области на прошлой неделе побывала в Витебске, где был подписан план "
     "совместных мероприятий.",
     [(VI, "RU-SMO", "BY-VI", *OCT, "held"), (AG, "RU-SMO", "BY-VI", *OCT, "held")]),
    ("В Уфе побывала делегация Ферганской области. Хоким области и Глава Башкортостана обменялись "
     "подписанными экземплярами соглашения о сотрудничестве.",
     [(VI, "UZ-FA", "RU-BA", *NONE, "held"), (AG, "UZ-FA", "RU-BA", *NONE, "held")]),
]

# Planned and held
PLANNED = [
]

# Dates against publication (2025-10-15)
DATES = [
]

# Passages of several sentences
PASSAGE = [
    ("Делегация Ташкентской области во главе с хокимом прибыла в Минск. Гости посетили Минский "
     "тракторный завод и провели переговоры в облисполкоме.",
     [(VI, "UZ-TO", "BY-HM", *NONE, "held")]),
    ("Губернатор Тверской области Игорь Руденя находится с визитом в Витебской области. Программа "
     "включает посещение предприятий и встречу с председателем облисполкома.",
     [(VI, "RU-TVE", "BY-VI", *NONE, "held")]),
    ("В Омске побывали представители Павлодарской области. Гости встретились с губернатором и "
     "обсудили поставки зерна.",
     [(VI, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Глава Гродненского облисполкома 6 октября посетил Калининград. В ходе визита стороны подписали "
     "программу сотрудничества на 2026–2028 годы.",
     [(VI, "BY-HR", "RU-KGD", *OCT, "held"), (AG, "BY-HR", "RU-KGD", *OCT, "held")]),
    ("Хоким Андижанской области прибыл в Ярославль. Он осмотрел несколько предприятий. Стороны "
     "договорились продолжить сотрудничество.",
     [(VI, "UZ-AN", "RU-YAR", *NONE, "held")]),
    ("Правительство провинции Шаньдун и правительство Свердловской области подписали меморандум. "
     "Документ предусматривает обмен делегациями.",
     [(AG, "CN-SD", "RU-SVE", *NONE, "held")]),
    ("Делегация Могилевской области во главе с председателем облисполкома посетила Тулу. Гостей "
     "принял губернатор. Стороны обсудили поставки техники.",
     [(VI, "BY-MA", "RU-TUL", *NONE, "held")]),
    ("Аким Атырауской области встретился с губернатором Астраханской области. Встреча прошла в "
     "Астрахани.",
     [(VI, "KZ-ATY", "RU-AST", *NONE, "held")]),
    ("Делегация Минской области на прошлой неделе побывала в Новосибирске. В рамках визита "
     "подписано соглашение о сотрудничестве. В ноябре запланирован ответный визит.",
     [(VI, "BY-MI", "RU-NVS", *OCT, "held"), (AG, "BY-MI", "RU-NVS", *OCT, "held"),
      (VI, "RU-NVS", "BY-MI", *NOV, "planned")]),
    ("Губернатор Курской области посетил Гомель. Встреча с председателем облисполкома прошла в "
     "здании облисполкома.",
     [(VI, "RU-KRS", "BY-HO", *NONE, "held")]),
]

# Typography and more wordings: non-breaking spaces, «ёлочки», ё, dashes, abbreviations
MORE = [
]

# Passages as a news writer tells them: names, quotes, figures and programme between the cue and the sides
NEWS = [
    ("Во вторник в Омск с рабочим визитом прибыл аким Павлодарской области Асаин Байханов. "
     "«Мы давно дружим регионами», — отметил он на встрече с губернатором. Товарооборот между "
     "регионами в прошлом году превысил 600 млн долларов.",
     [(VI, "KZ-PAV", "RU-OMS", *OCT, "held")]),
    ("Глава региона Радий Хабиров встретил делегацию Ферганской области в аэропорту Уфы. В составе "
     "делегации — хоким области и руководители 20 предприятий.",
     [(VI, "UZ-FA", "RU-BA", *NONE, "held")]),
    ("Гродненскую область с двухдневным визитом посетил губернатор Калининградской области Алексей "
     "Беспрозванных. В программе визита — посещение предприятий и переговоры в облисполкоме.",
     [(VI, "RU-KGD", "BY-HR", *NONE, "held")]),
    ("Гости из Самарканда побывали на КАМАЗе и в технопарке «Иннополис». Делегацию возглавил первый "
     "заместитель хокима Самаркандской области. Татарстан и Узбекистан связывают давние отношения.",
     [(VI, "UZ-SA", "RU-TA", *NONE, "held")]),
    ("В Министерстве промышленности Свердловской области прошла встреча с делегацией провинции Шаньдун. "
     "Стороны обсудили поставки оборудования.",
     [(VI, "CN-SD", "RU-SVE", *NONE, "held")]),
    ("Губернатор Тульской области Дмитрий Миляев и председатель Могилевского облисполкома Анатолий "
     "Исаченко подписали в Туле соглашение о сотрудничестве на 2026–2030 годы. Белорусская делегация "
     "находится в регионе с 13 октября.",
     [(VI, "BY-MA", "RU-TUL", *OCT, "held"), (AG, "BY-MA", "RU-TUL", *OCT, "held")]),
    ("Делегация Брестской области во главе с председателем облисполкома Петром Пархомчиком "
     "находится с визитом во Владимирской области. Сегодня стороны подписали дорожную карту "
     "сотрудничества на 2026–2027 годы.",
     [(VI, "BY-BR", "RU-VLA", *OCT, "held"), (AG, "BY-BR", "RU-VLA", *OCT, "held")]),
    ("14 октября Витебск принимал губернатора Псковской области Михаила Ведерникова. "
     "Он осмотрел льнокомбинат в Орше.",
     [(VI, "RU-PSK", "BY-VI", *OCT, "held")]),
    ("Соглашение о сотрудничестве между Курганской областью и Северо-Казахстанской областью подписали "
     "в Петропавловске. Со стороны Курганской области документ подписал губернатор Вадим Шумков.",
     [(VI, "RU-KGN", "KZ-SEV", *NONE, "held"), (AG, "RU-KGN", "KZ-SEV", *NONE, "held")]),
    ("В ходе визита в Беларусь губернатор Ивановской области Станислав Воскресенский подписал с "
     "председателем Гомельского облисполкома план мероприятий. Визит продлится до 17 октября.",
     [(VI, "RU-IVA", "BY", *OCT, "held"), (AG, "RU-IVA", "BY-HO", *OCT, "held")]),
    ("Хокимият Наманганской области и правительство Пензенской области обменялись подписанными "
     "экземплярами меморандума. Подписание прошло в режиме видеоконференции.",
     [(AG, "UZ-NG", "RU-PNZ", *NONE, "held")]),
    ("Министр сельского хозяйства Омской области провёл переговоры с заместителем акима Павлодарской "
     "области. Итогом стало подписание соглашения о поставках семян между министерством и управлением "
     "сельского хозяйства области.",
     [(MT, "RU-OMS", "KZ-PAV", *NONE, "held"), (AG, "RU-OMS", "KZ-PAV", *NONE, "held")]),
    ("Казанские предприниматели вместе с министром промышленности Татарстана побывали в Ташкентской "
     "области, где встретились с хокимом.",
     [(VI, "RU-TA", "UZ-TO", *NONE, "held")]),
    ("«Это уже третий наш визит в Гомель», — сказал губернатор Брянской области, прибывший в "
     "Гомельскую область 9 октября.",
     [(VI, "RU-BRY", "BY-HO", *OCT, "held")]),
    ("Визит губернатора Нижегородской области в Минскую область, запланированный на ноябрь, перенесён "
     "на декабрь.",
     [(VI, "RU-NIZ", "BY-MI", "2025-12", "2025-12", "planned")]),
    ("Предстоящий визит хокима Бухарской области в Казань обсудили на встрече постпреда Татарстана в "
     "Узбекистане с хокимом.",
     [(VI, "UZ-BU", "RU-TA", *NONE, "planned")]),
    ("Губернатор Астраханской области Игорь Бабушкин на прошлой неделе находился в Атырау. Там он провёл "
     "переговоры с акимом Атырауской области и подписал соглашение о сотрудничестве в сфере логистики.",
     [(VI, "RU-AST", "KZ-ATY", *OCT, "held"), (AG, "RU-AST", "KZ-ATY", *OCT, "held")]),
    ("На полях форума в Казани хоким Самаркандской области и глава Татарстана подписали дорожную карту "
     "до 2027 года.",
     [(AG, "UZ-SA", "RU-TA", *NONE, "held"), (VI, "UZ-SA", "RU-TA", *NONE, "held")]),
    ("Минский облисполком посетила делегация Ярославской области во главе с губернатором Михаилом "
     "Евраевым. Гостей принял председатель облисполкома Александр Турчин.",
     [(VI, "RU-YAR", "BY-MI", *NONE, "held")]),
    ("Накануне в Могилев прибыла делегация Тульской области. Сегодня в облисполкоме запланировано "
     "подписание соглашения о сотрудничестве между Могилевской и Тульской областями.",
     [(VI, "RU-TUL", "BY-MA", *OCT, "held"), (AG, "BY-MA", "RU-TUL", *OCT, "planned")]),
]

# Negatives told as news: no contact between the two sides
NEWS_NEGATIVE = [
]

# Batch 2, written after batch 1 ran: signings and trips told at length, as press services write them
SIGN_LONG = [
]

TRIP_LONG = [
]

# Batch 3, written after batch 2 ran: foreign places our lists lack (their state), status and dates told
# in more ways, and negatives that share the words
UNLISTED = [
]

STATUS_MORE = [
]

NEGATIVE_MORE = [
]

# Negatives: no event
NEGATIVE = [
]

MISSED: dict[str, str] = {
    "Делегация Минской области на прошлой неделе побывала в Новосибирске.":
        "left: 'ответный визит' naming no place is not read as the reverse of the visit before",
    "Губернатор Ленинградской области прилетел в Ташкент":
        "ambiguous: a foreign capital stands for its state beside a region (FORMAT.md), the labels of "
        "train-real w3c-019 keep a capital's code beside a city",
    "В ходе визита в Беларусь губернатор Ивановской области":
        "left: 'Визит продлится до 17 октября' in the next sentence does not date the visit",
    "Подписанное в ходе визита соглашение":
        "ambiguous: a visit whose direction the sentence does not tell is guessed from the order of the sides",
    "Стороны оформили договорённости меморандумом":
        "left: a document named by a pronoun after a colon ('меморандумом: его подписали')",
}

GROUPS = {"visit_told": VISIT_TOLD, "visit_host": VISIT_HOST, "visit_named": VISIT_NAMED,
          "sign_told": SIGN_TOLD, "sign_bodies": SIGN_BODIES, "sign_list": SIGN_LIST,
          "visit_sign": VISIT_SIGN, "planned": PLANNED, "dates": DATES, "passage": PASSAGE,
          "more": MORE, "negative": NEGATIVE, "news": NEWS,
          "news_negative": NEWS_NEGATIVE, "sign_long": SIGN_LONG, "trip_long": TRIP_LONG,
          "unlisted": UNLISTED, "status_more": STATUS_MORE, "negative_more": NEGATIVE_MORE}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_visit_or_signing(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue word of these wordings starts with a stem of event_cues.STEMS."""
    assert_cue_spots_cover(GROUPS)
