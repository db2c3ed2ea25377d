"""Signings, joint forums, joint bodies' sessions and talks in wordings the earlier grids lack (issue 11:
agreements not found or with a side wrong, forums with a side wrong, a session's status, meetings).
Composed from EVENTS.md and Russian grammar as different writers would put them — the signing verb in
every voice and form ("скрепили подписями", "было подписано", "состоялось подписание", "парафировали"),
documents by kind, signatories named far from the verb, before it or in the sentence before, several
documents at once, signings ahead; guests and hosts of Days, missions, presentations and expositions;
sessions held, going on and ahead; talks by video, telephone and on the sidelines; EVENTS.md's negatives.

Written down with the expected events before the extractor was run on them; compared as the strict
scorer compares (type, sides — a visit keeps its direction —, months of start and end, status). A case
the rules still miss is an xfail(strict=True) with its class.

Batch 1 (61 cases) on 1.41.111's rules: 53 passed before; 58 after (a passive's auxiliary is no verb
ending a document's title, "со стороны России — губернатор …", a forum named only as the occasion of
what its clause tells, a joint body holding its session, a third party's fair named in quotes).
No expectation was changed after a run."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
DEC = ("2025-12", "2025-12")
NONE = (None, None)
AG, MT, VI, FO, CM = "agreement", "meeting", "visit", "forum", "commission"

# The signing verb in every voice and form, the document by kind
SIGN_FORMS = [
    ("Правительство Нижегородской области и Гродненский облисполком скрепили подписями соглашение о "
     "сотрудничестве в области образования.",
     [(AG, "RU-NIZ", "BY-HR", *NONE, "held")]),
    ("13 октября было подписано соглашение о торгово-экономическом, научно-техническом и культурном "
     "сотрудничестве между Республикой Татарстан и Могилевской областью.",
     [(AG, "RU-TA", "BY-MA", *OCT, "held")]),
    ("Стороны\u00a0— Курская область и Витебская область\u00a0— парафировали текст соглашения о "
     "сотрудничестве.",
     [(AG, "RU-KRS", "BY-VI", *NONE, "held")]),
    ("Состоялось подписание меморандума о взаимопонимании между администрацией Псковской области и "
     "Витебским облисполкомом.",
     [(AG, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Документ подписали председатель Гомельского облисполкома и губернатор Брянской области.",
     [(AG, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("План мероприятий на 2025–2027 годы по реализации соглашения между Минской областью и Ленинградской "
     "областью утвержден сторонами 10 октября.",
     [(AG, "BY-MI", "RU-LEN", *OCT, "held")]),
    ("Ульяновская область заключила с Брестской областью соглашение о сотрудничестве.",
     [(AG, "RU-ULY", "BY-BR", *NONE, "held")]),
    ("Соглашение о побратимстве между Гродно и Калининградом подписано в минувшую пятницу.",
     [(AG, "BY-HR", "RU-KGD", *OCT, "held")]),
    ("Договор о побратимстве заключили Пинск и Череповец.",
     [(AG, "BY-BR", "RU-VLG", *NONE, "held")]),
    ("Меморандум о расширении сотрудничества в сфере здравоохранения был подписан министерством "
     "здравоохранения Беларуси и правительством Курганской области.",
     [(AG, "BY", "RU-KGN", *NONE, "held")]),
    ("Республика Башкортостан и Гомельская область скрепили подписями программу сотрудничества на "
     "2026-2028 годы.",
     [(AG, "RU-BA", "BY-HO", *NONE, "held")]),
    ("Со стороны Беларуси соглашение подписал председатель Могилевского облисполкома, со стороны России\u00a0"
     "— губернатор Орловской области.",
     [(AG, "BY-MA", "RU-ORL", *NONE, "held")]),
    ("Подписи под «дорожной картой» сотрудничества поставили глава Чувашии и председатель Витебского "
     "облисполкома.",
     [(AG, "RU-CU", "BY-VI", *NONE, "held")]),
    ("Между Оренбургской областью и Западно-Казахстанской областью 9 октября заключено соглашение о "
     "приграничном сотрудничестве.",
     [(AG, "RU-ORE", "KZ-ZAP", *OCT, "held")]),
    ("Вологодская область и Витебская область приняли план совместных действий на 2026 год.",
     [(AG, "RU-VLG", "BY-VI", *NONE, "held")]),
]

# Signings ahead, at an occasion, several documents, the sides far from the verb or told before
SIGN_CONTEXT = [
    ("В ходе форума планируется подписать соглашение о сотрудничестве между Омской областью и Витебской "
     "областью.",
     [(AG, "RU-OMS", "BY-VI", *NONE, "planned")]),
    ("Соглашение между Смоленской и Могилевской областями готовится к подписанию.",
     [(AG, "RU-SMO", "BY-MA", *NONE, "planned")]),
    ("Программа сотрудничества между Краснодарским краем и Гомельской областью будет подписана в ноябре.",
     [(AG, "RU-KDA", "BY-HO", *NOV, "planned")]),
    ("В ходе визита делегации Саратовской области в Могилев 14 октября подписано соглашение о "
     "сотрудничестве.",
     [(VI, "RU-SAR", "BY-MA", *OCT, "held"), (AG, "RU-SAR", "BY-MA", *OCT, "held")]),
    ("Подписаны соглашение о сотрудничестве между Пермским краем и Минской областью и меморандум между "
     "Пермским краем и Гомельской областью.",
     [(AG, "RU-PER", "BY-MI", *NONE, "held"), (AG, "RU-PER", "BY-HO", *NONE, "held")]),
    ("Губернатор Тамбовской области и председатель Брестского облисполкома подписали соглашение о "
     "сотрудничестве и план мероприятий по его реализации.",
     [(AG, "RU-TAM", "BY-BR", *NONE, "held")]),
    ("Делегация Мурманской области провела переговоры в Витебском облисполкоме. Итогом встречи стало "
     "подписание соглашения о сотрудничестве.",
     [(VI, "RU-MUR", "BY-VI", *NONE, "held"), (AG, "RU-MUR", "BY-VI", *NONE, "held")]),
    ("Соглашение, которое 8 октября подписали руководители Владимирской области и Минского облисполкома, "
     "охватывает промышленность и сельское хозяйство.",
     [(AG, "RU-VLA", "BY-MI", *OCT, "held")]),
    ("В Калуге губернатор Калужской области и председатель Гродненского облисполкома подписали "
     "соглашение.",
     [(VI, "BY-HR", "RU-KLU", *NONE, "held"), (AG, "RU-KLU", "BY-HR", *NONE, "held")]),
    ("Гродненская область подписала соглашения о сотрудничестве с Тульской и Калужской областями.",
     [(AG, "BY-HR", "RU-TUL", *NONE, "held"), (AG, "BY-HR", "RU-KLU", *NONE, "held")]),
    ("Правительство Ивановской области и Могилевский облисполком намерены подписать дорожную карту "
     "в декабре.",
     [(AG, "RU-IVA", "BY-MA", *DEC, "planned")]),
    ("Делегация Гомельской области находится с визитом в Липецке. Сегодня стороны подписали меморандум о "
     "сотрудничестве в сфере АПК.",
     [(VI, "BY-HO", "RU-LIP", *OCT, "held"), (AG, "BY-HO", "RU-LIP", *OCT, "held")]),
]

# Not an agreement (EVENTS.md): companies' contracts, agreements reached without a document, history
SIGN_NEGATIVE = [
    ("ОАО «Гомсельмаш» и ООО «Агротехника» из Брянской области заключили контракт на поставку комбайнов.",
     []),
    ("Соглашение о сотрудничестве между Смоленской и Витебской областями, подписанное в 2015 году, "
     "действует до сих пор.",
     []),
    ("Достигнуты договоренности о поставках техники из Гомельской области в Оренбургскую область.",
     []),
    ("За годы сотрудничества Витебская и Псковская области подписали более 20 соглашений.",
     []),
    ("Предприятия Могилевской области заключили с партнерами из Тульской области контракты на 12 млн "
     "долларов.",
     []),
]

# Forums: who presents or is guest, who hosts; held, going on, ahead
FORUM = [
    ("Экспозиция Брестской области открылась сегодня в Казани на выставке «Агропромышленная неделя».",
     [(FO, "BY-BR", "RU-TA", *OCT, "held")]),
    ("Дни Гродненской области в Калуге пройдут с 20 по 23 ноября.",
     [(FO, "BY-HR", "RU-KLU", *NOV, "planned")]),
    ("Бизнес-миссия нижегородских предприятий в Минск состоится в декабре.",
     [(FO, "RU-NIZ", "BY-HM", *DEC, "planned")]),
    ("Презентация Могилевской области прошла в Санкт-Петербурге 9 октября.",
     [(FO, "BY-MA", "RU-SPE", *OCT, "held")]),
    ("XIII Форум регионов Беларуси и России пройдет в июне 2026 года.",
     [(FO, "BY", "RU", "2026-06", "2026-06", "planned")]),
    ("Выставка-ярмарка товаров Витебской области открылась в Смоленске и продлится до 19 октября.",
     [(FO, "BY-VI", "RU-SMO", *OCT, "held")]),
    ("В Уфе завершились Дни Минска.",
     [(FO, "BY-HM", "RU-BA", *NONE, "held")]),
    ("Тюменская область проведет бизнес-миссию в Гомель в ноябре.",
     [(FO, "RU-TYU", "BY-HO", *NOV, "planned")]),
    ("Могилевская область примет у себя Дни Брянской области 25–26 октября.",
     [(FO, "RU-BRY", "BY-MA", *OCT, "planned")]),
    ("В Гомеле 14 октября открылась выставка «Сделано на Смоленщине».",
     [(FO, "RU-SMO", "BY-HO", *OCT, "held")]),
    ("Неделя Татарстана в Минской области продлится с 20 по 24 октября.",
     [(FO, "RU-TA", "BY-MI", *OCT, "planned")]),
    ("Белорусские предприятия примут участие в международной выставке «Иннопром» в Екатеринбурге.",
     []),
]

# Sessions of joint bodies: held, going on, ahead
COMMISSION = [
    ("Очередное заседание совместной рабочей группы по сотрудничеству между Гродненской областью и "
     "Калининградской областью запланировано на ноябрь.",
     [(CM, "BY-HR", "RU-KGD", *NOV, "planned")]),
    ("Заседание белорусско-российской рабочей группы по сотрудничеству Витебской и Псковской областей "
     "состоится 28 октября.",
     [(CM, "BY-VI", "RU-PSK", *OCT, "planned")]),
    ("Вчера в режиме видеоконференции состоялось второе заседание совместной комиссии Брестской области и "
     "Республики Татарстан.",
     [(CM, "BY-BR", "RU-TA", *OCT, "held")]),
    ("Совместная комиссия Омской и Павлодарской областей проведет свое заседание в декабре.",
     [(CM, "RU-OMS", "KZ-PAV", *DEC, "planned")]),
    ("Межрегиональная рабочая группа Могилевской области и Ярославской области собралась на первое "
     "заседание 2 октября.",
     [(CM, "BY-MA", "RU-YAR", *OCT, "held")]),
    ("Заседание рабочей группы по сотрудничеству Минской области и Москвы проходит сегодня.",
     [(CM, "BY-MI", "RU-MOW", *OCT, "held")]),
    ("Следующее заседание совместной комиссии Гомельской и Брянской областей пройдет в 2026 году.",
     [(CM, "BY-HO", "RU-BRY", "2026-01", "2026-12", "planned")]),
    ("Совет делового сотрудничества Беларуси и Узбекистана провел заседание 6 октября.",
     [(CM, "BY", "UZ", *OCT, "held")]),
]

# Talks: video, telephone, sidelines, planned
MEETING = [
    ("Губернатор Пензенской области провел переговоры с председателем Гродненского облисполкома в режиме "
     "видеоконференции 10 октября.",
     [(MT, "RU-PNZ", "BY-HR", *OCT, "held")]),
    ("Состоялся телефонный разговор губернатора Кировской области с председателем Витебского облисполкома.",
     [(MT, "RU-KIR", "BY-VI", *NONE, "held")]),
    ("Видеоконференция между правительством Рязанской области и Минским облисполкомом прошла 3 октября.",
     [(MT, "RU-RYA", "BY-MI", *OCT, "held")]),
    ("Председатель Брестского облисполкома и губернатор Владимирской области обсудили по телефону "
     "поставки техники.",
     [(MT, "BY-BR", "RU-VLA", *NONE, "held")]),
    ("Переговоры глав Курской и Гомельской областей запланированы на 20 октября.",
     [(MT, "RU-KRS", "BY-HO", *OCT, "planned")]),
    ("В ходе онлайн-встречи глава Удмуртии и председатель Минского облисполкома обсудили кооперацию в "
     "машиностроении.",
     [(MT, "RU-UD", "BY-MI", *NONE, "held")]),
    ("В кулуарах Петербургского международного экономического форума губернатор Астраханской области "
     "встретился с акимом Мангистауской области.",
     [(MT, "RU-AST", "KZ-MAN", *NONE, "held")]),
    ("С председателем Могилевского облисполкома губернатор Тульской области провел встречу по "
     "видеосвязи 7 октября.",
     [(MT, "RU-TUL", "BY-MA", *OCT, "held")]),
]

MISSED: dict[str, str] = {
    "Подписаны соглашение о сотрудничестве между Пермским":
        "left: the second document of a list after one signing verb finds no signing word of its own",
    "Выставка-ярмарка товаров Витебской области открылась":
        "ambiguous: an opening with no day of its own and an end day ('продлится до 19 октября') gives an "
        "undated start",
    "В Гомеле 14 октября открылась выставка «Сделано":
        "left: a place inside an exhibition's quoted name ('«Сделано на Смоленщине»') names no side",
}

GROUPS = {"sign_forms": SIGN_FORMS, "sign_context": SIGN_CONTEXT, "sign_negative": SIGN_NEGATIVE,
          "forum": FORUM, "commission": COMMISSION, "meeting": MEETING}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_signing_forum_session_talk(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)
