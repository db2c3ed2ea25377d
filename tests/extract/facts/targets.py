"""Targets: a plan or goal ('планируют увеличить до', 'довести до') has status target, not reported.

Composed cases moved whole from the batch-named grids (issue 9: tests by construct, not by
batch); the comment above each group names the grid and batch it came from, and
tests/extract/facts/HISTORY.md keeps each batch's story (when written, passing before -> after).
Shapes of rows: tests/extract/facts/grids.py.

Moved from (as on main before this reorganization): change_grid_more.py, fact_precision_grid_2.py,
fact_recall_grid_3.py, fact_recall_grid_3c.py."""

from tests.extract.facts.rows import (
    AM,
    BR,
    BRY,
    BY,
    CHE,
    CN,
    EX,
    HR,
    KLU,
    KZ,
    MI,
    NB,
    NIZ,
    NONE,
    OMS,
    PSK,
    SAM,
    SMO,
    SVE,
    TA,
    TO,
    TR,
    USD,
    UZ,
    VI,
    E,
    T,
)
from tests.extract.facts.rows import (
    change_row as r,
)
from tests.extract.facts.rows import (
    precision_row as f,
)
from tests.extract.facts.rows import (
    target_row as t,
)

# was fact_recall_grid_3.py BATCH_20, run by test_fact_recall_grammar_3.py
TARGETS_20 = [
    ("Стороны планируют довести товарооборот Витебской и Псковской областей до 300 млн долларов к 2027 году.",
     [(T, "BY-VI", "RU-PSK", 3e8, USD, None)]),
    ("Наша задача — выйти на 500 млн долларов товарооборота с Беларусью к 2027 году, заявил губернатор Тульской "
     "области.", [(T, "RU-TUL", "BY", 5e8, USD, None)]),
    ("К 2027 году товарооборот Гомельской области и Татарстана должен достичь 250 млн долларов.",
     [(T, "BY-HO", "RU-TA", 2.5e8, USD, None)]),
]

# was fact_recall_grid_3c.py TARGET_STATUS_41, run by test_fact_recall_grammar_3.py
# Batch 41 (written after batch 40, before these ran): plans, goals and forecasts; rows end with the status.
TARGET_STATUS_41 = [
    ("Задача на 2025 год — товарооборот Гомельской области с Татарстаном в 300 млн долларов.",
     [(T, "BY-HO", "RU-TA", 3e8, USD, None, "target")]),
    ("Губернатор Курской области поставил цель нарастить экспорт в Беларусь до 100 млн долларов к 2026 году.",
     [(E, "RU-KRS", "BY", 1e8, USD, None, "target")]),
    ("Товарооборот Беларуси и Вьетнама может достичь 1 млрд долларов.", [(T, "BY", "VN", 1e9, USD, None, "target")]),
    ("По прогнозу, в 2025 году товарооборот России и Беларуси превысит 60 млрд долларов.",
     [(T, "RU", "BY", 6e10, USD, None, "target")]),
    ("Ориентир для Могилевской области и Калужской области — 500 млн долларов товарооборота.",
     [(T, "BY-MA", "RU-KLU", 5e8, USD, None, "target")]),
    ("В 2024 году товарооборот Брестской области с Москвой составил 700 млн долларов, а в 2025-м стороны "
     "рассчитывают на 800 млн.",
     [(T, "BY-BR", "RU-MOW", 7e8, USD, None, "reported"), (T, "BY-BR", "RU-MOW", 8e8, USD, None, "target")]),
    ("Товарооборот Беларуси и Китая, по оценкам экспертов, к 2030 году удвоится.",
     [(T, "BY", "CN", None, None, 100.0, "target")]),
    ("Товарооборот Беларуси и Узбекистана в 2024 году составил 1,2 млрд долларов, поставлена задача выйти на 2 млрд.",
     [(T, "BY", "UZ", 1.2e9, USD, None, "reported"), (T, "BY", "UZ", 2e9, USD, None, "target")]),
]

RECALL = {
    # was fact_recall_grid_3.py BATCH_20, run by test_fact_recall_grammar_3.py
    "targets-20": TARGETS_20,
    # Session 6 (read-para paraphrases), composed before the extractor ran on them: a goal of "взаимной торговли" with
    # one side named (a governor's region), the pair named in the next sentence: the partner was left null. 0/3 before,
    # 3/3 after (1.41.125).
    "para-half-pair-then-the-pair": [
        ("Губернатор Брянской области назвал 2 млрд долларов взаимной торговли ориентиром. В 2024 году товарооборот "
         "между Беларусью и Брянской областью составил 1,5 млрд долларов.",
         [(T, "RU-BRY", "BY", 2e9, USD, None), (T, "BY", "RU-BRY", 1.5e9, USD, None)]),
        ("Глава Омской области поставил цель довести взаимный товарооборот до 1 млрд долларов. За 2024 год торговля "
         "Омской области с Казахстаном достигла 700 млн долларов.",
         [(T, "RU-OMS", "KZ", 1e9, USD, None), (T, "RU-OMS", "KZ", 7e8, USD, None)]),
        ("Губернатор Курской области заявил, что взаимная торговля может вырасти до 500 млн долларов. В январе–июне "
         "товарооборот Курской области с Арменией составил 210 млн долларов.",
         [(T, "RU-KRS", "AM", 5e8, USD, None), (T, "RU-KRS", "AM", 2.1e8, USD, None)]),
    ],
}

PRECISION = {
    # was fact_precision_grid_2.py GROUPS_15, run by test_fact_precision.py
    "15-plan": [
        ("Беларусь и Узбекистан договорились довести товарооборот до 1 млрд долларов. Об этом сообщили по итогам "
         "переговоров в Ташкенте.",
         [f(T, "BY", "UZ", 1e9, None, NONE)]),
    ],
}

CHANGE = {
    # was change_grid_more.py GROUPS, run by test_change_grammar.py
    # A planned change is a change-only target (FORMAT.md: status target for plans, forecasts, goals).
    "targets": [
        ("Товарооборот Нижегородской области с Китаем в 2024 году составил 1,4 млрд долларов, в 2025 году стороны "
         "планируют увеличить его на 20 %.", [r(TO, NIZ, CN, 1.4e9, None), t(TO, NIZ, CN, None, 20.0)]),
        ("Гродненская область намерена в ближайшие три года удвоить товарооборот с Калужской областью.",
         [t(TO, HR, KLU, None, 100.0)]),
        ("Челябинская область рассчитывает нарастить экспорт в Казахстан на 15 % в 2025 году.",
         [t(EX, CHE, KZ, None, 15.0)]),
        ("В 2025 году товарооборот Брестской области с Узбекистаном должен вырасти на 30 %.",
         [t(TO, BR, UZ, None, 30.0)]),
        ("Поставлена задача увеличить товарооборот Омской области с Арменией в полтора раза к 2027 году.",
         [t(TO, OMS, AM, None, 50.0)]),
        ("Товарооборот Витебской области с Псковской областью в 2024 году вырос на 6 %, а в 2025 году планируется "
         "рост еще на 10 %.", [r(TO, VI, PSK, None, 6.0), t(TO, VI, PSK, None, 10.0)]),
        ("По прогнозу, в 2025 году товарооборот Минской области со Смоленской областью вырастет на 8 %.",
         [t(TO, MI, SMO, None, 8.0)]),
        ("Самарская область и Беларусь договорились к 2030 году увеличить товарооборот вдвое — до 2 млрд "
         "долларов.", [t(TO, SAM, BY, 2e9, 100.0)]),
        ("Свердловская область ставит цель нарастить товарооборот с Турцией на 25 % к 2026 году.",
         [t(TO, SVE, TR, None, 25.0)]),
    ],
    # Session 6 (read-para paraphrases), composed before the extractor ran on them: what the sides are able to reach
    # ("в состоянии увеличить", "в силах", "имеют возможность") is a target like "способны/могут": 2/7 before, 7/7
    # after (1.41.125); the last is a past "смогли", reported.
    "able-to": [
        ("Брянская область и Беларусь в состоянии увеличить товарооборот до 3 млрд долларов.",
         [t(TO, BRY, BY, 3e9, None)]),
        ("По словам губернатора, Омская область и Казахстан в силах увеличить товарооборот на 30 %.",
         [t(TO, OMS, KZ, None, 30.0)]),
        ("Татарстан и Узбекистан смогут поднять товарооборот до 1,5 млрд долларов.", [t(TO, TA, UZ, 1.5e9, None)]),
        ("Министр считает, что у Челябинской области и Казахстана есть возможность увеличить товарооборот вдвое.",
         [t(TO, CHE, KZ, None, 100.0)]),
        (f"Самарская область и Беларусь имеют возможность увеличить взаимную торговлю до 1{NB}млрд долларов.",
         [t(TO, SAM, BY, 1e9, None)]),
        ("Свердловская область вполне в состоянии увеличить экспорт в Турцию на 25 %.", [t(EX, SVE, TR, None, 25.0)]),
        ("Брянская область и Беларусь в 2024 году смогли увеличить товарооборот до 2 млрд долларов.",
         [r(TO, BRY, BY, 2e9, None)]),
    ],
}

# Composed 2026-12-07 (blind paraphrases, tests/data/BLIND.md): the goal as a noun, "выход на $30 млрд … реален"
# (metric.TARGET_CUES had only the verb "выйти на"), in a sentence attributing the figures just told ("Эти данные
# привел премьер … на встрече с главой Якутии, добавив, что …": the speaker's and the meeting's places are no
# sides of the goal, sentence_rules.attributing). Before: 2 of 6 passed (the last is a guard: a place in the
# goal's own clause); after: 6 of 6. A seventh composed after the change (India): failed before, passes after.
GOAL_AS_A_NOUN = [
    ("По итогам 2024 года товарооборот Беларуси и Узбекистана составил $1,3 млрд. Об этом сообщил посол Беларуси "
     "на встрече с губернатором Самарской области, отметив, что выход на $2 млрд в ближайшие годы вполне реален.",
     [(T, BY, UZ, 1.3e9, USD, None, "reported"), (T, BY, UZ, 2e9, USD, None, "target")]),
    ("Товарооборот России и Казахстана в 2024 году достиг $27 млрд. Эти цифры министр привел на встрече с главой "
     "Башкортостана, добавив, что выход на $30 млрд к 2027 году реален.",
     [(T, "RU", KZ, 27e9, USD, None, "reported"), (T, "RU", KZ, 30e9, USD, None, "target")]),
    ("Товарооборот Казахстана и Узбекистана за 2024 год составил $4,4 млрд. Президенты считают реальным выход на "
     "$10 млрд в ближайшие годы.", [(T, KZ, UZ, 4.4e9, USD, None, "reported"), (T, KZ, UZ, 1e10, USD, None, "target")]),
    ("Товарооборот Беларуси и Китая в 2024 году достиг $8 млрд, и стороны рассчитывают на выход на $10 млрд к 2026 "
     "году.", [(T, BY, CN, 8e9, USD, None, "reported"), (T, BY, CN, 1e10, USD, None, "target")]),
    ("Товарооборот Беларуси и Вьетнама в январе–сентябре вырос на 15 %. Такие данные привел посол во время визита в "
     "Хабаровский край, подчеркнув, что к 2030 году он может достичь 1 млрд долларов.",
     [(T, BY, "VN", None, None, 15.0, "reported"), (T, BY, "VN", 1e9, USD, None, "target")]),
    ("Товарооборот России и Беларуси в 2024 году превысил $50 млрд. Об этом сообщил губернатор Самарской области, "
     "добавив, что экспорт региона в Беларусь вырос на 8 %.",
     [(T, "RU", BY, 5e10, USD, None, "reported"), (E, SAM, BY, None, None, 8.0, "reported")]),
    ("Товарооборот России и Индии в 2024 году превысил $65 млрд. Эти цифры вице-премьер привел на встрече с "
     "губернатором Приморья, подчеркнув, что выход на $100 млрд к 2030 году вполне возможен.",
     [(T, "RU", "IN", 65e9, USD, None, "reported"), (T, "RU", "IN", 1e11, USD, None, "target")]),
]

STATUS = TARGET_STATUS_41 + GOAL_AS_A_NOUN
