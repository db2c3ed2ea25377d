"""Positive constructs of the fact-scope grid (test_fact_scope_grammar.py): the pair's own flows in the
wordings the negatives use, one figure one fact, the pair from context and from a headline."""

from tests.extract.fact_scope_shapes import E, T

POSITIVES = {
    # One figure is one fact: not repeated under a venue, a speaker's country or a second pairing.
    "one_figure_one_fact": [
        ("Губернатор Брянской области встретился с председателем Гомельского облисполкома. Товарооборот региона "
         "с Беларусью составил 1,1 млрд долларов.", [(T, "RU-BRY", "BY", 1.1e9, None)]),
        ("Делегация Витебской области посетила Смоленск. Товарооборот Витебской и Смоленской областей за 2024 год "
         "вырос на 13 %.", [(T, "BY-VI", "RU-SMO", None, 13.0)]),
        ("Товарооборот Минска и Москвы в 2024 году составил 5 млрд долларов.", [(T, "BY-HM", "RU-MOW", 5e9, None)]),
        ("Товарооборот Беларуси и Калужской области в 2024 году составил 800 млн долларов, сообщили в посольстве "
         "Беларуси в Москве.", [(T, "BY", "RU-KLU", 8e8, None)]),
        ("Экспорт Гродненской области в Калининградскую область, по данным таможни Беларуси, составил 200 млн "
         "долларов.", [(E, "BY-HR", "RU-KGD", 2e8, None)]),
        ("Товарооборот Татарстана с Беларусью достиг 1 млрд долларов — об этом Рустам Минниханов сказал на "
         "встрече с Александром Лукашенко в Минске.", [(T, "RU-TA", "BY", 1e9, None)]),
        ("В Минске глава Курской области и премьер-министр Беларуси обсудили торговлю: товарооборот за 2024 год "
         "вырос на 20 %.", [(T, "RU-KRS", "BY", None, 20.0)]),
        ("Экспорт Омской области в Казахстан вырос на 10 %, до 700 млн долларов, а экспорт в Павлодарскую "
         "область — до 200 млн долларов.", [(E, "RU-OMS", "KZ", 7e8, 10.0), (E, "RU-OMS", "KZ-PAV", 2e8, None)]),
        ("Товарооборот Ульяновской области с Беларусью в 2024 году составил 300 млн долларов. Это на 15 % "
         "больше, чем годом ранее.", [(T, "RU-ULY", "BY", 3e8, 15.0)]),
        ("Товарооборот Ульяновской области с Беларусью вырос на 15 %. В 2024 году он составил 300 млн долларов.",
         [(T, "RU-ULY", "BY", 3e8, 15.0)]),
        ("Губернатор Курской области встретился с послом Армении. Он напомнил, что товарооборот России и Армении "
         "в 2024 году превысил 7 млрд долларов.", [(T, "RU", "AM", 7e9, None)]),
        ("Экспорт Омской области в Казахстан составил 800 млн долларов, а экспорт России в Казахстан — 18 млрд "
         "долларов.", [(E, "RU-OMS", "KZ", 8e8, None), (E, "RU", "KZ", 1.8e10, None)]),
        ("Товарооборот Брянской области с Беларусью в 2024 году вырос на 6 %. Для сравнения: товарооборот России "
         "и Беларуси увеличился на 4 %.", [(T, "RU-BRY", "BY", None, 6.0), (T, "RU", "BY", None, 4.0)]),
    ],
}


# Batch 2, written after batch 1 passed 161 of 169 and before the extractor ran on these: longer passages,
# more product names and services, places from context with more places around them.
POSITIVES_2 = {
    "one_figure_one_fact_more": [
        ("Товарооборот между Казахстаном и Омской областью составил 1,2 млрд долларов, из них на Павлодарскую "
         "область приходится 40 %.", [(T, "KZ", "RU-OMS", 1.2e9, None)]),
        ("Товарооборот Брянской области и Гомельской области Беларуси вырос на 10 %.",
         [(T, "RU-BRY", "BY-HO", None, 10.0)]),
        ("Экспорт Витебской области в Россию составил 1 млрд долларов, в том числе в Псковскую область — 200 млн "
         "долларов.", [(E, "BY-VI", "RU", 1e9, None), (E, "BY-VI", "RU-PSK", 2e8, None)]),
        ("Торговля Курской области с Беларусью и Арменией составила 1 млрд долларов, в том числе с Беларусью — "
         "800 млн долларов.", [(T, "RU-KRS", "BY", 8e8, None)]),
        ("Товарооборот Беларуси с Россией составил 50 млрд долларов, в том числе с Москвой — 11 млрд долларов.",
         [(T, "BY", "RU", 5e10, None), (T, "BY", "RU-MOW", 1.1e10, None)]),
        ("Экспорт Смоленской области в Беларусь в 2024 году вырос на 9 %. На белорусском рынке смоленские "
         "предприятия реализовали продукции на 800 млн долларов.", [(E, "RU-SMO", "BY", 8e8, 9.0)]),
    ],
}


# Batch 3, written after batch 2 (208 of 224 with batch 1) and before the extractor ran on these: one
# figure under two pairings, lists whose later items are something else, the pair from context again.
POSITIVES_3 = {
}


# Batch 4, written after batches 1–3 passed 241 of 242 on the new rules and before the extractor ran on
# these: totals with a part, shares and ranks, counts and tonnes, more context pairs, the flows in more forms.
POSITIVES_4 = {
}


# Batch 5, written after batch 4 and before the extractor ran on these: the same constructs as other
# writers put them — abbreviations, "$", inverted order, quotes, hyphens for dashes, restatements.
POSITIVES_5 = {
}


# Batch 6, written after batch 5 and before the extractor ran on these: summaries of meetings with the pair's
# figure among figures that are not.
POSITIVES_6 = {
}

# Headlines that name the pair: (title, text, expected).
HEADLINED = [
    ("Курская область и Армения нарастили торговлю", "Товарооборот в 2024 году вырос на 40 %.",
     [(T, "RU-KRS", "AM", None, 40.0)]),
    ("Экспорт тульской продукции в Беларусь вырос", "По итогам 2024 года поставки в республику составили "
     "600 млн долларов.", [(E, "RU-TUL", "BY", 6e8, None)]),
    ("Псковская область и Беларусь: товарооборот растет", "За 2024 год он увеличился на 12 % и составил 450 млн "
     "долларов.", [(T, "RU-PSK", "BY", 4.5e8, 12.0)]),
    ("Поставки брянского мяса в Беларусь выросли", "За 2024 год они увеличились на 30 %.", []),
    ("Губернатор Брянской области посетил Гомель", "Товарооборот с Беларусью за 2024 год вырос на 10 %.",
     [(T, "RU-BRY", "BY", None, 10.0)]),
    ("Калужская область — Беларусь: итоги года", "Товарооборот в 2024 году составил 900 млн долларов.",
     [(T, "RU-KLU", "BY", 9e8, None)]),
    ("Тульские предприятия нарастили поставки в Казахстан", "За 2024 год экспорт в республику вырос на "
     "17 %.", [(E, "RU-TUL", "KZ", None, 17.0)]),
]
