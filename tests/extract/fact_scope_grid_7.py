"""Batch 7 of the fact-scope grid (test_fact_scope_precision.py): spurious facts (issue 9, precision) in
wordings batches 1–6 did not use. Written before the extractor ran on them. Rows: (metric, a, b, value,
change_pct)."""

from tests.extract.fact_scope_shapes import E, T

NEGATIVES_7 = {
}

POSITIVES_7 = {
    # One figure, one fact: a restatement, a headline's repetition.
    "one_figure": [
        ("В 2024 году товарооборот Витебской области с Псковской составил 310 млн долларов. Это на 9 % больше, "
         "чем годом ранее.", [(T, "BY-VI", "RU-PSK", 3.1e8, 9.0)]),
        ("Товарооборот Брянской области и Беларуси — 1 млрд долларов. Таким образом, объем торговли Брянской "
         "области с республикой превысил 1 млрд долларов.", [(T, "RU-BRY", "BY", 1e9, None)]),
        ("Товарооборот Смоленской области с Беларусью в 2024 году составил 900 млн долларов. Беларусь — "
         "крупнейший торговый партнер области.", [(T, "RU-SMO", "BY", 9e8, None)]),
    ],
}

HEADLINED_7 = [
    ("Товарооборот Могилевской области и Москвы вырос до 800 млн долларов",
     "Товарооборот Могилевской области с Москвой в 2024 году вырос до 800 млн долларов.",
     [(T, "BY-MA", "RU-MOW", 8e8, None)]),
    ("Экспорт Гродненской области в Калининград вырос на 12 %",
     "Губернатор Калининградской области встретился с делегацией Гродненской области. Экспорт Гродненской "
     "области в Калининградскую область за год вырос на 12 %.", [(E, "BY-HR", "RU-KGD", None, 12.0)]),
    ("Поставки белорусских тракторов в Курскую область выросли на 30 %",
     "В Курской области подвели итоги сотрудничества с Беларусью. Поставки тракторов МТЗ в регион выросли "
     "на 30 %.", []),
]


# Batch 8, written after batch 7 passed 82 of 82 and before the extractor ran on these: products and firms in
# other places of the sentence, fairs and physical volumes, groups of reporters, parts of a total, a headline.
NEGATIVES_8 = {
}

POSITIVES_8 = {
}

HEADLINED_8 = [
    ("Экспорт Брестской области в Москву — 300 млн долларов",
     "За январь–октябрь экспорт Брестской области в Москву составил 300 млн долларов. Это на 12 % больше "
     "прошлогоднего.", [(E, "BY-BR", "RU-MOW", 3e8, 12.0)]),
    ("Экспорт молочной продукции Брестской области в Москву вырос на 20 %",
     "Предприятия Брестской области продолжают наращивать поставки в столицу России.", []),
]


# Batch 9, written after batch 8 passed 50 of 51 and before the extractor ran on these: extra places around one
# figure (a speaker's, a venue, an ambassador's), restatements in a quote or a headline, ratios and increments,
# more things that are not the pair's trade (freight flows, import substitution, a shopping centre, an exporter).
NEGATIVES_9 = {
}

POSITIVES_9 = {
}

HEADLINED_9 = [
    ("Брянская область и Беларусь нарастили торговлю на 9 %",
     "По итогам 2024 года товарооборот Брянской области с Беларусью вырос на 9 %, до 1,1 млрд долларов.",
     [(T, "RU-BRY", "BY", 1.1e9, 9.0)]),
    ("Товарооборот Витебской и Псковской областей — $310 млн",
     "Товарооборот Витебской области с Псковской областью в 2024 году составил 310 млн долларов США.",
     [(T, "BY-VI", "RU-PSK", 3.1e8, None)]),
    ("Курская область и Беларусь: экспорт вырос на 14 %",
     "Губернатор Курской области встретился с послом Беларуси. Экспорт Курской области в республику за 2024 "
     "год вырос на 14 %.", [(E, "RU-KRS", "BY", None, 14.0)]),
]


# Batch 10, written after batch 9 passed 22 of 23 and before the extractor ran on these: a product group as the
# adjective before the flow word or as its instrumental ("торговля лесом"), producers of one product as the
# subject, groups that include the partner, one figure with an extra place in brackets or a source.
NEGATIVES_10 = {
}

POSITIVES_10 = {
    "one_figure_more_places": [
        ("Товарооборот Беларуси и России в 2024 году составил 50 млрд долларов. Об этом сообщил посол Беларуси в "
         "России.", [(T, "BY", "RU", 5e10, None)]),
        ("Экспорт Беларуси в Россию (в том числе в Москву) вырос на 5 %.", [(E, "BY", "RU", None, 5.0)]),
        ("Товарооборот Гродненской и Калининградской областей, по данным Калининградстата, вырос на 12 %.",
         [(T, "BY-HR", "RU-KGD", None, 12.0)]),
        ("Экспорт белорусской продукции в Ярославскую область вырос на 17 %.", [(E, "BY", "RU-YAR", None, 17.0)]),
        ("Торговля между Беларусью и Китаем товарами за год выросла на 9 %.", [(T, "BY", "CN", None, 9.0)]),
    ],
}
