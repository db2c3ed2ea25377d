"""Recall of cooperation events by the mechanism that loses them on unseen text (issue 11, 1.41.64):
a side named in a way a plain place lookup misses (a short or informal name of a region, a region's or
city's adjective with no "область", a people, an ambassador, a town standing for its region, "регион" /
"область" for the region named before), and cue words and links across sentences for documents, talks
and trips. Composed from EVENTS.md and the grammar of Russian, as different news writers would put it,
and written down with their expected events BEFORE the extractor was run on them: a case the rules
still miss is marked xfail(strict=True) with its class, and turns into a failure the day it passes.
Compared as the strict scorer compares: type, sides (a visit keeps its direction), status, months."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday
NB = "\u00a0"

OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
DEC = ("2025-12", "2025-12")
SEP = ("2025-09", "2025-09")
NONE = (None, None)

# A region by its short, informal or poetic name, inflected
SIDE_SHORT = [
]

# A region or its centre by an adjective standing alone ("брянская делегация", "нижегородский губернатор")
SIDE_ADJECTIVE = [
]

# A people or a town's inhabitants as a side ("гродненцы", "туляки", "белорусы")
SIDE_DEMONYM = [
]

# An ambassador, a consul or an embassy as one side
SIDE_DIPLOMAT = [
]

# A town that is no region's centre standing for its region
SIDE_CITY = [
]

# The region named before and then called "регион", "область", "республика", "край"
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

# Signed documents: verbs, participles and kinds of papers
CUE_AGREEMENT = [
]

# Talks: negotiations, calls, video conferences, "встретился с"
CUE_MEETING = [
]

# Trips: "находится с визитом", "посетил", "побывал", "принял делегацию", "с рабочей поездкой"
CUE_VISIT = [
]

# Passages of several sentences: the sides and the cue in different sentences (a region named in the lead,
# an official by title or pronoun, "стороны", "гости", "собеседники")
PASSAGE_LINKS = [
    ("Белорусская делегация во главе с председателем Могилевского облисполкома Анатолием Исаченко прибыла в "
     "Тулу. Во вторник глава белорусского региона провел переговоры с губернатором Тульской области Дмитрием "
     "Миляевым. По итогам встречи подписан план мероприятий по реализации соглашения о сотрудничестве на "
     "2026–2028 годы.",
     [("visit", "BY-MA", "RU-TUL", *OCT, "held"), ("agreement", "BY-MA", "RU-TUL", *OCT, "held")]),
    ("Губернатор Псковской области Михаил Ведерников 14 октября находится с рабочим визитом в Витебской "
     "области. Он посетил ОАО «Витязь» и свободную экономическую зону «Витебск». В ходе встречи с "
     "председателем облисполкома Александром Субботиным стороны обсудили расширение поставок.",
     [("visit", "RU-PSK", "BY-VI", *OCT, "held")]),
    ("В Оренбурге состоялось заседание рабочей группы по приграничному сотрудничеству. В нем приняли участие "
     "представители Актюбинской и Оренбургской областей. По итогам заседания стороны подписали протокол.",
     [("commission", "RU-ORE", "KZ-AKT", *NONE, "held"), ("agreement", "RU-ORE", "KZ-AKT", *NONE, "held")]),
    ("Гомельщина и Брянщина подписали программу сотрудничества\nДокумент на 2026–2028 годы скрепили "
     "подписями председатель Гомельского облисполкома Иван Крупко и губернатор Брянской области Александр "
     "Богомаз.",
     [("agreement", "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Глава Татарстана Рустам Минниханов провел телефонный разговор с председателем Гродненского "
     "облисполкома Юрием Караевым. Собеседники обсудили ход выполнения договоренностей, достигнутых в ходе "
     "визита татарстанской делегации в Гродно в сентябре.",
     [("meeting", "RU-TA", "BY-HR", *NONE, "held"), ("visit", "RU-TA", "BY-HR", *SEP, "held")]),
    ("Делегация Навоийской области Узбекистана во главе с хокимом прибыла в Ульяновск. Гостей встретил "
     "губернатор Алексей Русских. Стороны подписали дорожную карту сотрудничества на 2025–2026 годы.",
     [("visit", "UZ-NW", "RU-ULY", *NONE, "held"), ("agreement", "UZ-NW", "RU-ULY", *NONE, "held")]),
    ("Сегодня в Минске проходит заседание Совета делового сотрудничества Беларуси и Казахстана. "
     "Казахстанскую сторону представляет аким Павлодарской области. В рамках заседания планируется "
     "подписать меморандум о сотрудничестве между Павлодарской и Минской областями.",
     [("commission", "BY", "KZ", *OCT, "held"), ("agreement", "KZ-PAV", "BY-MI", *OCT, "planned")]),
    ("Председатель Брестского облисполкома Петр Пархомчик встретился с Чрезвычайным и Полномочным Послом "
     "Китайской Народной Республики в Республике Беларусь. Стороны рассмотрели вопросы сотрудничества с "
     "провинцией Цзянсу.",
     [("meeting", "BY-BR", "CN", *NONE, "held")]),
    ("Визит делегации Ленинградской области в Гродненскую область завершился. За три дня гости побывали на "
     "12 предприятиях, провели переговоры в облисполкоме и подписали соглашение о сотрудничестве в сфере "
     "туризма.",
     [("visit", "RU-LEN", "BY-HR", *NONE, "held"), ("agreement", "RU-LEN", "BY-HR", *NONE, "held")]),
    ("Новосибирская область готовится принять белорусских гостей. В ноябре в регион приедет делегация "
     "Минской области во главе с председателем облисполкома.",
     [("visit", "BY-MI", "RU-NVS", *NOV, "planned")]),
    ("Ярославская область и Витебская область продолжают наращивать сотрудничество. 9" + NB + "октября "
     "руководители регионов провели встречу в формате видеоконференции.",
     [("meeting", "RU-YAR", "BY-VI", *OCT, "held")]),
    ("Алтайский край — Павлодарская область\n\nВ Барнауле прошли переговоры губернатора Виктора Томенко и "
     "акима Павлодарской области. Аким прибыл в край с рабочим визитом.",
     [("visit", "KZ-PAV", "RU-ALT", *NONE, "held")]),
    ("Могилевскую область с визитом посетил губернатор Смоленской области Василий Анохин. «Мы подписали "
     "соглашение о сотрудничестве до 2030 года», — сказал он журналистам.",
     [("visit", "RU-SMO", "BY-MA", *NONE, "held"), ("agreement", "RU-SMO", "BY-MA", *NONE, "held")]),
    ("В начале октября в Казани прошли Дни Брестской области. Брестчане привезли в Татарстан продукцию 40 "
     "предприятий.",
     [("forum", "BY-BR", "RU-TA", *OCT, "held")]),
    ("«Сегодня мы подписали важный документ — план совместных действий до 2027 года», — заявил губернатор "
     "Калужской области Владислав Шапша после встречи с председателем Гомельского облисполкома.",
     [("agreement", "RU-KLU", "BY-HO", *OCT, "held"), ("meeting", "RU-KLU", "BY-HO", *OCT, "held")]),
    ("Гомельская область сотрудничает с 60 регионами России. За последние пять лет подписано более 100 "
     "соглашений, регулярно проходят визиты делегаций.", []),
    ("Губернатор Курской области рассказал о планах по развитию экспорта. По его словам, в будущем регион "
     "рассчитывает на сотрудничество с белорусскими партнерами.", []),
]

# Harder wordings of each type: appositions, passives, inverted order, titles and temporary heads
HARDER = [
    ("Сотрудничество Витебской области с Ленинградской областью получило новый импульс: 10 октября в Гатчине "
     "стороны утвердили дорожную карту на 2026–2028 годы.",
     [("agreement", "BY-VI", "RU-LEN", *OCT, "held"), ("visit", "BY-VI", "RU-LEN", *OCT, "held")]),
    ("Итогом визита губернатора Пермского края в Минскую область стало подписание соглашения.",
     [("visit", "RU-PER", "BY-MI", *NONE, "held"), ("agreement", "RU-PER", "BY-MI", *NONE, "held")]),
]

# A headline naming the region the text calls "регион", "край" or leaves out
TITLED = [
]

# Who travelled: the visitor told by the case, the voice or the order of words
DIRECTION = [
]

# Held or planned, and the month, told many ways
STATUS_MONTH = [
]

# Whole short reports as agencies, regional governments and akimats write them (several sentences)
REPORTS = [
    ("Делегация Ярославской области во главе с губернатором Михаилом Евраевым находится с официальным "
     "визитом в Беларуси. Программа пребывания включает посещение Минского тракторного завода и переговоры в "
     "Совете Министров. По итогам визита планируется подписание плана мероприятий на 2026–2028 годы.",
     [("visit", "RU-YAR", "BY", *NONE, "held"), ("agreement", "RU-YAR", "BY", *NONE, "planned")]),
    ("Глава региона Денис Паслер провел рабочую встречу с Чрезвычайным и Полномочным Послом Республики "
     "Узбекистан в Российской Федерации Ботиржоном Асадовым. Встреча прошла в Доме Советов. Стороны обсудили "
     "реализацию договоренностей, достигнутых в ходе визита оренбургской делегации в Самаркандскую область в "
     "сентябре.",
     [("meeting", "RU-ORE", "UZ", *NONE, "held"), ("visit", "RU-ORE", "UZ-SA", *SEP, "held")]),
    ("Аким Северо-Казахстанской области провел встречу с делегацией Омской области во главе с заместителем "
     "председателя правительства региона. В ходе встречи обсуждены вопросы приграничной торговли. По итогам "
     "подписан меморандум о сотрудничестве между акиматом области и правительством Омской области.",
     [("visit", "RU-OMS", "KZ-SEV", *NONE, "held"), ("agreement", "KZ-SEV", "RU-OMS", *NONE, "held")]),
    ("Гродненщину с рабочим визитом посетила делегация Калининградской области. Гости побывали на ОАО "
     "«Гродно Азот», в СЭЗ «Гродноинвест». Состоялись переговоры с председателем облисполкома Юрием Караевым. "
     "Стороны договорились о проведении в ноябре в Калининграде Дней Гродненской области.",
     [("visit", "RU-KGD", "BY-HR", *NONE, "held"), ("forum", "BY-HR", "RU-KGD", *NOV, "planned")]),
    ("В Уфе прошло XIII заседание Совета делового сотрудничества «Башкортостан — Беларусь». В его работе "
     "приняли участие более 100 представителей бизнеса двух стран. На заседании подписано 12 соглашений на "
     "сумму 40 млн долларов.",
     [("commission", "RU-BA", "BY", *NONE, "held")]),
    ("Губернатор Иркутской области Игорь Кобзев и председатель Могилевского облисполкома Анатолий Исаченко "
     "провели переговоры в формате видеоконференции. По их итогам принято решение подготовить к подписанию "
     "дорожную карту сотрудничества.",
     [("meeting", "RU-IRK", "BY-MA", *NONE, "held"), ("agreement", "RU-IRK", "BY-MA", *NONE, "planned")]),
    ("С 20 по 24 октября делегация Витебской области посетит Псковскую, Новгородскую и Ленинградскую "
     "области.",
     [("visit", "BY-VI", "RU-PSK", *OCT, "planned"), ("visit", "BY-VI", "RU-NGR", *OCT, "planned"),
      ("visit", "BY-VI", "RU-LEN", *OCT, "planned")]),
    ("В Ташкенте в рамках Недели Татарстана в Узбекистане подписано соглашение о сотрудничестве между "
     "Республикой Татарстан и Ташкентской областью.",
     [("forum", "RU-TA", "UZ", *NONE, "held"), ("agreement", "RU-TA", "UZ-TO", *NONE, "held")]),
    ("Председатель Минского горисполкома Владимир Кухарев и мэр Москвы Сергей Собянин подписали программу "
     "сотрудничества между Минском и Москвой на 2026–2028 годы.",
     [("agreement", "BY-HM", "RU-MOW", *NONE, "held")]),
    ("Рабочая группа по сотрудничеству Брестской области и Москвы провела заседание в режиме ВКС 10 октября.",
     [("commission", "BY-BR", "RU-MOW", *OCT, "held")]),
    ("В ходе официального визита Президента Беларуси в Узбекистан 13 октября подписано соглашение между "
     "Минской и Навоийской областями.",
     [("visit", "BY", "UZ", *OCT, "held"), ("agreement", "BY-MI", "UZ-NW", *OCT, "held")]),
    ("Омская область и Казахстан наращивают товарооборот: за восемь месяцев он вырос на 12" + NB + "%. "
     "Губернатор региона Виталий Хоценко 14 октября провел переговоры с послом Казахстана в России.",
     [("meeting", "RU-OMS", "KZ", *OCT, "held")]),
    ("Костанайскую область с рабочим визитом посетил министр сельского хозяйства Челябинской области. Он "
     "ознакомился с работой агроформирований и провел встречу с акимом области.",
     [("visit", "RU-CHE", "KZ-KUS", *NONE, "held")]),
    ("Тульская область заинтересована в поставках белорусских тракторов, заявил губернатор Дмитрий Миляев "
     "журналистам в Туле.", []),
    ("Делегация Саратовской области во главе с губернатором Романом Бусаргиным 15 октября прибыла в Могилев.",
     [("visit", "RU-SAR", "BY-MA", *OCT, "held")]),
    ("Вчера завершился двухдневный визит губернатора Архангельской области Александра Цыбульского в "
     "Гомельскую область.",
     [("visit", "RU-ARK", "BY-HO", *OCT, "held")]),
]

# Forums, joint bodies, heads of state, and announced trips and signings
MORE_TYPES = [
    # (a probe of the general-terms rule, written after it: a count of participants is no count of contacts)
    ("Традиционно в рамках визита делегации Гомельской области в Брянск подписан план мероприятий.",
     [("visit", "BY-HO", "RU-BRY", *NONE, "held"), ("agreement", "BY-HO", "RU-BRY", *NONE, "held")]),
    ("В ходе предстоящего визита губернатора Тверской области в Витебск планируется подписать соглашение.",
     [("visit", "RU-TVE", "BY-VI", *NONE, "planned"), ("agreement", "RU-TVE", "BY-VI", *NONE, "planned")]),
]

# Clauses that carry the event: participles, "где", "после того как", quotes, "на днях", "накануне"
CLAUSES = [
    ("В ходе состоявшихся в Минске переговоров губернатора Калужской области с премьер-министром Беларуси "
     "стороны подписали дорожную карту.",
     [("visit", "RU-KLU", "BY", *NONE, "held"), ("agreement", "RU-KLU", "BY", *NONE, "held")]),
    ("По итогам прошедшей в четверг встречи губернатора Ульяновской области и посла Беларуси в России решено "
     "провести в Ульяновске Дни Могилевской области.",
     [("meeting", "RU-ULY", "BY", *OCT, "held"), ("forum", "BY-MA", "RU-ULY", *NONE, "planned")]),
    ("«Мы приняли делегацию из Казахстана, провели переговоры и подписали меморандум», — рассказал губернатор "
     "Курганской области.",
     [("visit", "KZ", "RU-KGN", *NONE, "held"), ("agreement", "KZ", "RU-KGN", *NONE, "held")]),
    ("После того как в сентябре Минск посетила делегация Санкт-Петербурга, стороны подписали программу "
     "сотрудничества.",
     [("visit", "RU-SPE", "BY-HM", *SEP, "held"), ("agreement", "RU-SPE", "BY-HM", *NONE, "held")]),
]

# The region far from its event, the head by title, bodies and colleagues as sides
SIDE_FAR = [
]

# A signing told first, its signatories in the next sentence
SPLIT_SIGNING = [
]

# Held or ahead told by tense and by words of progress: opens today, tomorrow, under preparation, moved
STATUS_WORDS = [
]

# Trips and signings announced: intentions, expectations, preparations, a programme's dates
PLANNED = [
]

# Joint bodies named many ways
BODIES = [
]

# Long agency reports: a trip, talks during it, a quote, a signing by "стороны"
LONG_REPORTS = [
    ("Председатель Гомельского облисполкома Иван Крупко находится с рабочим визитом в Брянской области. Как "
     "сообщили в пресс-службе облисполкома, 13 октября в Брянске он провел переговоры с губернатором Брянской "
     "области Александром Богомазом. «Брянщина — наш самый близкий партнер, товарооборот за восемь месяцев "
     "превысил 400 млн долларов», — отметил Иван Крупко. Стороны обсудили вопросы кооперации в машиностроении "
     "и подписали план мероприятий на 2026–2027 годы.",
     [("visit", "BY-HO", "RU-BRY", *OCT, "held"), ("agreement", "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Минск, 14 октября. Сегодня в Доме правительства состоялись переговоры Премьер-министра Беларуси "
     "Александра Турчина с губернатором Вологодской области Георгием Филимоновым.",
     [("visit", "RU-VLG", "BY", *OCT, "held")]),
    ("Аким Павлодарской области Асаин Байханов с рабочим визитом посетил Омскую область. В рамках визита "
     "состоялась встреча с губернатором Виталием Хоценко, в ходе которой стороны подписали дорожную карту на "
     "2025–2027 годы. Кроме того, аким посетил ряд промышленных предприятий региона.",
     [("visit", "KZ-PAV", "RU-OMS", *NONE, "held"), ("agreement", "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Хоким Самаркандской области Эркинжон Турдимов принял делегацию Нижегородской области во главе с "
     "вице-губернатором. В ходе встречи подписан меморандум о сотрудничестве в сфере туризма и образования.",
     [("visit", "RU-NIZ", "UZ-SA", *NONE, "held"), ("agreement", "RU-NIZ", "UZ-SA", *NONE, "held")]),
    ("По поручению Главы государства делегация Минской области отправилась в Иркутск.",
     [("visit", "BY-MI", "RU-IRK", *NONE, "held")]),
]

# Typography: NBSP inside names, "г.Витебск", digits dates with "г.", line breaks, dashes as verbs
TYPOGRAPHY = [
]

# Heads by title only, "наша республика", "глава республики"
SIDE_TITLE = [
]

NEGATIVE = [
]

# Cases the rules still miss, by the start of their text → the class they belong to (xfail(strict=True)).
MISSED: dict[str, str] = {
    "Минск, 14 октября. Сегодня в Доме правительства": "left: a seat of government named by no place (the "
                                                       "dateline's city) makes no visit",
    "По итогам переговоров подписан": "ambiguous: 'по итогам переговоров' may tell a meeting of its own",
    "Белорусские предприятия примут участие": "ambiguous: a fair in one side's city with the other side's "
                                              "companies (EVENTS.md: a joint fair is a forum)",
    "Сотрудничество Витебской области с Ленинградской": "left: a document 'утвердили' by 'стороны' in one side's "
                                                        "city names no official who came: no visit",
    "Ранее Брянская и Гомельская области договорились": "left: 'договорились' with both sides as subjects read "
                                                         "as talks",
}


GROUPS = {"side_short": SIDE_SHORT, "side_adjective": SIDE_ADJECTIVE, "side_demonym": SIDE_DEMONYM,
          "side_diplomat": SIDE_DIPLOMAT, "side_city": SIDE_CITY, "side_anaphora": SIDE_ANAPHORA,
          "cue_agreement": CUE_AGREEMENT, "cue_meeting": CUE_MEETING, "cue_visit": CUE_VISIT,
          "passage_links": PASSAGE_LINKS, "harder": HARDER, "direction": DIRECTION,
          "status_month": STATUS_MONTH, "reports": REPORTS,
          "more_types": MORE_TYPES, "clauses": CLAUSES,
          "side_far": SIDE_FAR, "side_title": SIDE_TITLE,
          "split_signing": SPLIT_SIGNING, "status_words": STATUS_WORDS,
          "planned": PLANNED, "bodies": BODIES,
          "long_reports": LONG_REPORTS, "typography": TYPOGRAPHY, "negative": NEGATIVE}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_mechanism(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)
