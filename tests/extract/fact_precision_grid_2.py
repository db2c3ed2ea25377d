"""Batches 10–18 of the fact precision grid (test_fact_precision.py), continued from fact_precision_grid.py.
Written before the extractor ran on them; a fact is (metric, a, b, value, change_pct, period_start, period_end)."""

from tests.extract.fact_precision_grid import IM, NONE, Y24, E, T, f

# Batch 10, written after batch 9's rule and before the extractor ran on these: compound adjectives and short
# names of places, a body or a speaker of one place reporting a pair, a product's figure beside the pair's, a
# change over years beside the year's, single months.
GROUPS_10 = {
    "spurious": [
        ("ООО «Белтехника» в 2024 году экспортировало в Казахстан продукции на 12 млн долларов.", []),
        ("Экспорт молочной продукции Гродненской области в Россию составил 800 млн долларов, а всего экспорт "
         "области в Россию \u2014 2,2 млрд.",
         [f(E, "BY-HR", "RU", 2.2e9, None, NONE)]),
    ],
}

# Batch 11, written after batch 10 and before the extractor ran on these: changes placed before a colon, in
# brackets after a part, with "или на", in a later clause of a product, with "почти" and "рост в 11 %".
Y20 = ("2020-01-01", "2020-12-31")
GROUPS_11 = {
}

# Written while debugging the relative-clause rule (batch 11): the antecedent a product, a cause or a place.
GROUPS_RELATIVES = {
}

# Batch 12, written after batch 11's rule and before the extractor ran on these: tourism money, gas prices,
# public purchases, programme budgets, tonnes with their sum, shares in points; periods as releases write them.
AUG8 = ("2025-01-01", "2025-08-31")
GROUPS_12 = {
    "spurious": [
        ("Туристический поток из Беларуси в Псковскую область в 2024 году вырос на 30 %, а доходы от туризма "
         "составили 15 млн долларов.", []),
        ("Средняя цена российского газа для Беларуси в 2024 году составила 128,5 доллара за тысячу кубометров.",
         []),
        ("Объем госзакупок белорусской техники Омской областью в 2024 году превысил 5 млн долларов.", []),
        ("Бюджет совместных программ Союзного государства на 2025 год \u2014 6 млрд российских рублей.", []),
        ("Белорусские предприятия отгрузили в Ярославскую область 40 тысяч тонн удобрений на сумму 15 млн "
         "долларов.", []),
        ("Доля Беларуси в импорте Смоленской области сократилась на 5 процентных пунктов и составила 60 %.", []),
    ],
}

# Batch 13, written after batch 12 and before the extractor ran on these: places through a speaker's quote, a
# diplomat's "двух стран", short and republic names, sources named in the sentence, sums and groups.
GROUPS_13 = {
}

# Batch 14, written after batch 13 and before the extractor ran on these: periods against other publication
# dates (the third element), early in a year especially.
GROUPS_14 = {
}

# Batch 15, written after batch 14 and before the extractor ran on these: two-sentence passages that should give
# nothing (a national or regional total after a pair is named, prices, investment, a firm's own turnover), and
# one plan between two states.
GROUPS_15 = {
    "negative": [
        ("Беларусь и Казахстан обсудили сотрудничество. Белорусский экспорт в 2024 году превысил 45 млрд "
         "долларов.", []),
        ("В Гродно побывала делегация Калининградской области. Внешнеторговый оборот Гродненской области в 2024 "
         "году составил 4 млрд долларов.", []),
        ("Россия и Беларусь \u2014 крупнейшие экономики ЕАЭС. Их совокупный ВВП превышает 2 трлн долларов.", []),
        ("В Витебске обсудили поставки молока в Псковскую область. Средняя закупочная цена выросла на 10 %.", []),
        ("Смоленская область приглашает белорусский бизнес. Инвестиции в регион в 2024 году выросли на 20 %.",
         []),
        ("Торговый дом «Гомель» открылся в Брянске в 2010 году. Его оборот в 2024 году составил 3 млн "
         "долларов.", []),
        ("История торговли Могилевщины и Смоленщины насчитывает века: еще в XVII веке купцы везли по Днепру лен "
         "и пеньку.", []),
    ],
    "plan": [
        ("Беларусь и Узбекистан договорились довести товарооборот до 1 млрд долларов. Об этом сообщили по итогам "
         "переговоров в Ташкенте.",
         [f(T, "BY", "UZ", 1e9, None, NONE)]),
    ],
}

# Batch 16, written after batch 15 and before the extractor ran on these: "соответственно" lists of flows, partners
# and years, and partners listed by dashes with a change in the last clause.
GROUPS_16 = {
}

# Batch 17, written after batch 16 and before the extractor ran on these: growth indices and rates of increase in
# release wordings, falls told "в N раза", shares in points.
GROUPS_17 = {
    "indices": [
        ("Товарооборот Гродненской области с Калужской областью в 2024 году составил 120 млн долларов, темп роста "
         "\u2014 98,5 процента.",
         [f(T, "BY-HR", "RU-KLU", 120e6, -1.5, Y24)]),
        ("Темп прироста товарооборота Витебской области с Ярославской областью в 2024 году \u2014 14,2 %.",
         [f(T, "BY-VI", "RU-YAR", None, 14.2, Y24)]),
        ("Товарооборот Брестской области с Омской областью в 2024 году составил 300 млн долларов при темпе "
         "прироста 7 %.",
         [f(T, "BY-BR", "RU-OMS", 300e6, 7.0, Y24)]),
        ("Экспорт Могилевской области в Тульскую область в 2024 году составил 80 млн долларов (темп роста к 2023 "
         "году \u2014 131 %).",
         [f(E, "BY-MA", "RU-TUL", 80e6, 31.0, Y24)]),
        ("Товарооборот Гомельской области с Псковской областью в 2024 году составил 200 млн долларов; темп роста "
         "экспорта \u2014 112 %, импорта \u2014 95 %.",
         [f(T, "BY-HO", "RU-PSK", 200e6, None, Y24), f(E, "BY-HO", "RU-PSK", None, 12.0, Y24),
          f(IM, "BY-HO", "RU-PSK", None, -5.0, Y24)]),
        ("Удельный вес Смоленской области в товарообороте Беларуси с Россией \u2014 4,5 %, рост на 0,3 п.п.", []),
        ("Товарооборот Минской области с Татарстаном в 2024 году вырос в 1,12 раза.",
         [f(T, "BY-MI", "RU-TA", None, 12.0, Y24)]),
        ("Товарооборот Витебской области с Китаем в 2024 году сократился в 2 раза.",
         [f(T, "BY-VI", "CN", None, -50.0, Y24)]),
        ("Товарооборот Брестской области с Узбекистаном в 2024 году уменьшился в 1,25 раза.",
         [f(T, "BY-BR", "UZ", None, -20.0, Y24)]),
        ("Товарооборот Гомельской области с Калининградской областью в 2024 году составил 150 млн долларов, "
         "превысив уровень 2023 года в 1,3 раза.",
         [f(T, "BY-HO", "RU-KGD", 150e6, 30.0, Y24)]),
        ("Товарооборот Гродненской области с Ярославской областью в 2024 году составил 150 млн долларов, что "
         "составляет 130 % к уровню 2023 года.",
         [f(T, "BY-HR", "RU-YAR", 150e6, 30.0, Y24)]),
    ],
}

# Batch 18, written after batch 17 and before the extractor ran on these: firms whose names hold a place or a
# demonym, with flow verbs and amounts.
GROUPS_18 = {
    "firms": [
        ("«Гродно Азот» в 2024 году экспортировал в Польшу продукции на 150 млн долларов.", []),
        ("Брестский мясокомбинат отгрузил в Москву продукции на 20 млн долларов.", []),
        ("МАЗ в 2024 году поставил в Узбекистан техники на 40 млн долларов.", []),
        ("Совместное белорусско-китайское предприятие в Могилеве выпустило продукции на 30 млн долларов.", []),
        ("Минский завод колесных тягачей заключил контракт с китайской компанией на 100 млн долларов.", []),
        ("Холдинг «Белшина» увеличил поставки в Россию на 12 %.", []),
        ("Белорусская калийная компания нарастила экспорт в Китай на 20 %.", []),
        ("Витебский мясокомбинат и Смоленская торговая сеть подписали договор на 5 млн рублей.", []),
    ],
}
