"""Places: enumerations of partners ('с Москвой и Московской областью'), lists of others, each
partner its own fact.

Composed cases moved whole from the batch-named grids (issue 9: tests by construct, not by
batch); the comment above each group names the grid and batch it came from, and
tests/extract/facts/HISTORY.md keeps each batch's story (when written, passing before -> after).
Shapes of rows: tests/extract/facts/grids.py.

Moved from (as on main before this reorganization): attach_grid_round3b.py, attach_grid_round3d.py,
fact_precision_grid_2.py, fact_recall_grid_2.py, fact_recall_grid_3b.py."""

from tests.extract.facts.rows import (
    AUG,
    BR,
    BRY,
    CN,
    EX,
    HO,
    HR,
    IM,
    KRS,
    KZ,
    MA,
    MI,
    OMS,
    PSK,
    RU,
    SAM,
    SMO,
    TO,
    TUL,
    TVE,
    USD,
    UZ,
    VI,
    YAR,
    E,
    T,
)
from tests.extract.facts.rows import (
    attach_row as r,
)
from tests.extract.facts.rows import (
    precision_row as f,
)
from tests.extract.facts.spans import DAYS

Y24 = DAYS.Y24
Y24_2 = ("2024-01", "2024-12")


# was fact_recall_grid_2.py BATCH_10, run by test_fact_recall_grammar_2.py
LISTS_10 = [
    ("Товарооборот Брестской области с Россией в 2024 году составил 2,8 млрд долларов, в т.ч. экспорт — 1,7 млрд "
     "долларов, импорт — 1,1 млрд долларов.",
     [(T, "BY-BR", "RU", 2.8e9, USD, None), (E, "BY-BR", "RU", 1.7e9, USD, None),
      (IM, "BY-BR", "RU", 1.1e9, USD, None)]),
    ("Основные партнеры Могилевской области по экспорту в 2024 году: Россия (3,9 млрд долларов), Казахстан (210 млн "
     "долларов), Китай (95 млн долларов).",
     [(E, "BY-MA", "RU", 3.9e9, USD, None), (E, "BY-MA", "KZ", 2.1e8, USD, None),
      (E, "BY-MA", "CN", 9.5e7, USD, None)]),
    ("Итоги торговли Гомельской области с Россией в 2024 году:\n— товарооборот — 4,3 млрд долларов;\n— экспорт — "
     "2,6 млрд долларов;\n— импорт — 1,7 млрд долларов.",
     [(T, "BY-HO", "RU", 4.3e9, USD, None), (E, "BY-HO", "RU", 2.6e9, USD, None),
      (IM, "BY-HO", "RU", 1.7e9, USD, None)]),
    ("Внешняя торговля Витебской области за 2024 год:\n• с Россией — 3,1 млрд долларов;\n• с Китаем — 240 млн "
     "долларов.", [(T, "BY-VI", "RU", 3.1e9, USD, None), (T, "BY-VI", "CN", 2.4e8, USD, None)]),
    ("Экспорт Минской области в 2024 году, млн долларов США: Россия — 4 100; Казахстан — 260; Узбекистан — 85.",
     [(E, "BY-MI", "RU", 4.1e9, USD, None), (E, "BY-MI", "KZ", 2.6e8, USD, None),
      (E, "BY-MI", "UZ", 8.5e7, USD, None)]),
    ("Товарооборот Беларуси и Китая в 2024 году составил 8,4 млрд долларов, в том числе белорусский экспорт — 2,1 "
     "млрд долларов.", [(T, "BY", "CN", 8.4e9, USD, None), (E, "BY", "CN", 2.1e9, USD, None)]),
    ("Наибольший рост экспорта Витебской области в 2024 году отмечен в Казахстан (на 24 %) и Узбекистан (на 17 %).",
     [(E, "BY-VI", "KZ", None, None, 24.0), (E, "BY-VI", "UZ", None, None, 17.0)]),
    ("Инвестиции Китая (1,2 млрд долларов) направлены в индустриальный парк под Минском.", []),
    ("Основные статьи экспорта Могилевской области в Россию: молоко (320 млн долларов), мясо (210 млн долларов).",
     []),
]

# was fact_recall_grid_3b.py BATCH_28, run by test_fact_recall_grammar_3.py
# Batch 28 (written after batch 27 showed a partners' list and three partners of one country misread, before
# these ran): the owner of "партнеры" as the reporting side, enumerations of three partners.
PARTNER_LISTS_28 = [
    ("Крупнейшие партнеры Брестской области — Россия и Китай. Товарооборот с Россией составил 720 млн долларов, с "
     "Китаем — 310 млн.", [(T, "BY-BR", "RU", 7.2e8, USD, None), (T, "BY-BR", "CN", 3.1e8, USD, None)]),
    ("Основные торговые партнеры Могилевской области: Россия, Казахстан, Китай. Экспорт в Россию за 2024 год "
     "составил 3,9 млрд долларов.", [(E, "BY-MA", "RU", 3.9e9, USD, None)]),
    ("Главными партнерами Татарстана в СНГ остаются Беларусь и Казахстан. Товарооборот с Беларусью в 2024 году "
     "вырос до 1,5 млрд долларов.", [(T, "RU-TA", "BY", 1.5e9, USD, None)]),
    ("Ведущие партнеры Гродненщины — Польша, Литва и Россия. Импорт из Польши в 2024 году составил 410 млн "
     "долларов.", [(IM, "BY-HR", "PL", 4.1e8, USD, None)]),
    ("Гомельская область наращивает торговлю с Поволжьем. Товарооборот с Татарстаном в 2024 году составил 300 млн "
     "долларов, с Башкортостаном — 120 млн, с Самарской областью — 90 млн.",
     [(T, "BY-HO", "RU-TA", 3e8, USD, None), (T, "BY-HO", "RU-BA", 1.2e8, USD, None),
      (T, "BY-HO", "RU-SAM", 9e7, USD, None)]),
    ("Экспорт Витебской области в Москву составил 400 млн долларов, в Петербург — 250 млн, в Смоленскую область — "
     "200 млн.", [(E, "BY-VI", "RU-MOW", 4e8, USD, None), (E, "BY-VI", "RU-SPE", 2.5e8, USD, None),
                  (E, "BY-VI", "RU-SMO", 2e8, USD, None)]),
    ("У Минской области в 2024 году товарооборот с Китаем — 600 млн долларов, с Казахстаном — 250 млн, с "
     "Узбекистаном — 110 млн.", [(T, "BY-MI", "CN", 6e8, USD, None), (T, "BY-MI", "KZ", 2.5e8, USD, None),
                                 (T, "BY-MI", "UZ", 1.1e8, USD, None)]),
]

RECALL = {
    # was fact_recall_grid_2.py BATCH_10, run by test_fact_recall_grammar_2.py
    "lists_10": LISTS_10,
    # was fact_recall_grid_3b.py BATCH_28, run by test_fact_recall_grammar_3.py
    "partner-lists-28": PARTNER_LISTS_28,
}

PRECISION = {
    # was fact_precision_grid_2.py GROUPS_16, run by test_fact_precision.py
    "16-listed": [
        ("В 2024 году товарооборот Гродненской области с Калининградской областью вырос на 10 %, с Псковской "
         "\u2014 на 4 %.",
         [f(T, "BY-HR", "RU-KGD", None, 10.0, Y24), f(T, "BY-HR", "RU-PSK", None, 4.0, Y24)]),
        ("Товарооборот Могилевской области с Россией в 2024 году составил 3,5 млрд долларов, с Китаем \u2014 250 "
         "млн, с Казахстаном \u2014 90 млн, тогда как с Узбекистаном снизился на 10 %.",
         [f(T, "BY-MA", "RU", 3.5e9, None, Y24), f(T, "BY-MA", "CN", 250e6, None, Y24),
          f(T, "BY-MA", "KZ", 90e6, None, Y24), f(T, "BY-MA", "UZ", None, -10.0, Y24)]),
    ],
}

ATTACH = {
    # was attach_grid_round3b.py ROUND3_I, run by test_attach_round3.py
    # Batch I: a turnover's change beside the changes of its goods and of other things.
    "lists-of-others": [
        ("Товарооборот Гродненской области с Омской областью в 2024 году вырос на 12 %: поставки техники "
         "увеличились на 40 %, а число туристов — вдвое.", AUG, [r(TO, HR, OMS, None, Y24_2, 12.0)]),
        ("Товарооборот Могилевской области с Самарской областью в 2024 году составил 300 млн долларов, рост — 12 "
         "%. Экспорт сельхозпродукции вырос на 25 %.", AUG, [r(TO, MA, SAM, 300e6, Y24_2, 12.0)]),
        ("В 2024 году товарооборот Минской области с Тверской областью вырос на 8 %, экспорт мебели — на 30 %, "
         "а поставки молочной продукции — на 15 %.", AUG, [r(TO, MI, TVE, None, Y24_2, 8.0)]),
        ("Экспорт Витебской области в Брянскую область в 2024 году составил 75 млн долларов; наибольший рост "
         "показали поставки мяса — на 45 %.", AUG, [r(EX, VI, BRY, 75e6, Y24_2)]),
        ("Товарооборот Гомельской области с Курской областью в 2024 году составил 96 млн долларов, а "
         "количество совместных предприятий выросло в 1,5 раза.", AUG, [r(TO, HO, KRS, 96e6, Y24_2)]),
        ("Экспорт Брестской области в Тульскую область в 2024 году вырос на 16 %, в том числе поставки "
         "продовольствия — на 22 %.", AUG, [r(EX, BR, TUL, None, Y24_2, 16.0)]),
    ],
    # was attach_grid_round3d.py ROUND3_ZC, run by test_attach_round3.py
    # Batch ZC: lists of partners, each with its value and change, or with none.
    "partner-lists": [
        ("Товарооборот Гомельской области с Россией в 2024 году составил 3 млрд долларов (+5 %), с Китаем — 400 "
         "млн долларов (+20 %), с Казахстаном — 100 млн долларов.", AUG,
         [r(TO, HO, RU, 3e9, Y24_2, 5.0), r(TO, HO, CN, 400e6, Y24_2, 20.0), r(TO, HO, KZ, 100e6, Y24_2)]),
        ("Экспорт Брестской области в 2024 году вырос в Казахстан на 12 %, в Узбекистан — на 30 %.", AUG,
         [r(EX, BR, KZ, None, Y24_2, 12.0), r(EX, BR, UZ, None, Y24_2, 30.0)]),
        ("Товарооборот Витебской области с Псковской областью в 2024 году составил 150 млн долларов, со "
         "Смоленской — 310 млн долларов, увеличившись на 7 %.", AUG,
         [r(TO, VI, PSK, 150e6, Y24_2), r(TO, VI, SMO, 310e6, Y24_2, 7.0)]),
        ("В 2024 году товарооборот Минской области с Ярославской областью вырос на 8 %, а с Тверской "
         "областью сократился на 2 %.", AUG, [r(TO, MI, YAR, None, Y24_2, 8.0), r(TO, MI, TVE, None, Y24_2, -2.0)]),
    ],
}
