"""Batches 11 to 17 of the fact-scope grid (test_fact_scope_precision.py), continued from fact_scope_grid_7.py.
Written batch by batch before the extractor ran on them. Rows: (metric, a, b, value, change_pct)."""

from tests.extract.fact_scope_shapes import IM, E, T

# Batch 11, written after batch 10 passed 16 of 17 and before the extractor ran on these: the pair's own flows in
# more wordings with a genitive or a phrase after the flow word, which the grammar of goods must leave facts.
POSITIVES_11 = {
}


# Batch 12, written after batch 11 and before the extractor ran on these: persons and traders, months, forms of
# ownership after the flow word (the pair's total) beside live animals, a business segment and energy carriers.
NEGATIVES_12 = {
}

POSITIVES_12 = {
}


# Batch 13, written after batch 12 and before the extractor ran on these: a region's total beside a visit or a
# headline that names a partner, lists of three partners, and a partner's part of a total given as a share.
NEGATIVES_13 = {
}

HEADLINED_13 = [
    ("Омская область и Казахстан обсудили сотрудничество",
     "Внешнеторговый оборот Омской области в 2024 году составил 1,5 млрд долларов.", []),
    ("Товарооборот Омской области и Казахстана вырос",
     "Внешнеторговый оборот региона в 2024 году составил 1,5 млрд долларов, из них с Казахстаном — 900 млн "
     "долларов.", [(T, "RU-OMS", "KZ", 9e8, None)]),
]


# Batch 14, written after batch 13 and before the extractor ran on these: a partner's share of a total, of a growth,
# of a structure, in more wordings — no change and no value of the pair.
NEGATIVES_14 = {
}


# Batch 15, written after batch 14 and before the extractor ran on these: verbs and participles of a flow with
# their object — goods named by a noun or a noun-like adjective — beside the pair's totals in the same verbs.
NEGATIVES_15 = {
}

POSITIVES_15 = {
}


# Batch 16, written after batch 15 (the first row before the quoted-subject rule was narrowed to a verb, the others
# after, all before the extractor ran on them): a firm or a quoted name in the sentence that is not the flow's subject.
POSITIVES_16 = {
}


# Batch 17, written after batch 16 and before the extractor ran on these: the pair's figures beside the words the
# new negatives use (a fair, the export centre, support, a deficit, potential).
POSITIVES_17 = {
}


# Batch 18, written after batch 17 and before the extractor ran on these: a list whose later item is a subject no
# rule list names (flights, housing, harvest, works), and a turnover in tonnes.
NEGATIVES_18 = {
}

# Controls for batch 18, written with it: clauses that open with a noun and still give the pair's change, and two
# subjects of their own with no list before them.
POSITIVES_18 = {
    "noun_opened_clauses": [
        ("Товарооборот Беларуси и Казахстана составил 1 млрд долларов, прирост к 2023 году — 15 %.",
         [(T, "BY", "KZ", 1e9, 15.0)]),
        ("Экспорт Минской области в Москву вырос, по оценке экспертов, на 9 %.",
         [(E, "BY-MI", "RU-MOW", None, 9.0)]),
        ("Губернатор отметил, что товарооборот Псковской области с Беларусью вырос на 4 %.",
         [(T, "RU-PSK", "BY", None, 4.0)]),
        ("В 2024 году, по данным таможни, импорт Брестской области из Польши сократился на 10 %.",
         [(IM, "BY-BR", "PL", None, -10.0)]),
    ],
}


# Batch 19, written after batch 18 and before the extractor ran on these: later clauses that open with a pronoun,
# a measure, an adjective and a noun, or a partner, and are the pair's own figures.
POSITIVES_19 = {
    "later_clauses_of_the_pair": [
        ("Товарооборот Беларуси и Китая вырос на 10 %, его объем достиг 8 млрд долларов.",
         [(T, "BY", "CN", 8e9, 10.0)]),
        ("Экспорт Могилевской области в Россию вырос на 7 %, в денежном выражении он составил 2 млрд долларов.",
         [(E, "BY-MA", "RU", 2e9, 7.0)]),
        ("Товарооборот Гомельской области с Брянской областью вырос на 9 %, итоговая цифра — 700 млн долларов.",
         [(T, "BY-HO", "RU-BRY", 7e8, 9.0)]),
        ("Товарооборот Беларуси с Кубой в 2024 году вырос в 1,5 раза, с Венесуэлой — вдвое.",
         [(T, "BY", "CU", None, 50.0), (T, "BY", "VE", None, 100.0)]),
        ("Экспорт Брестской области в Россию вырос на 4 %, в Казахстан — на 11 %, в Китай — на 25 %.",
         [(E, "BY-BR", "RU", None, 4.0), (E, "BY-BR", "KZ", None, 11.0), (E, "BY-BR", "CN", None, 25.0)]),
        ("Товарооборот Витебской области с Псковской областью увеличился на 3 %, общий результат — 400 млн "
         "долларов.", [(T, "BY-VI", "RU-PSK", 4e8, 3.0)]),
    ],
}
