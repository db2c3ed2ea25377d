"""More composed sentences for tests/extract/test_change_grammar.py (the encoding is change_grid.py's):
writers' change nouns and verbs, typography, what is no change of the fact, plans, and changes that
are facts of their own."""

from tests.extract.change_grid import (
    AM,
    BR,
    BY,
    CHE,
    CN,
    EX,
    HR,
    KLU,
    KZ,
    MI,
    NIZ,
    OMS,
    PSK,
    SAM,
    SMO,
    SVE,
    TO,
    TR,
    UZ,
    VI,
    r,
    t,
)

GROUPS = {
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
}
