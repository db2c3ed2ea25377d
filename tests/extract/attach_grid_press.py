"""The tenth batch of tests/extract/attach_grid.py (ours, written before the extractor ran on them):
statistical releases with indices, interview answers, two directions told by each side, several partners
with their changes."""

from tests.extract.attach_grid import AUG, BR, BY, EX, HO, MA, NOV, TO, Y24, r

BRY, NVS, SPE, LEN, TUL, KRS, BEL, CHE, MOS = "RU-BRY", "RU-NVS", "RU-SPE", "RU-LEN", "RU-TUL", "RU-KRS", \
    "RU-BEL", "RU-CHE", "RU-MOS"
HR = "BY-HR"
MAY = "2025-05-15"
Q1 = ("2025-01", "2025-03")

PRESS = {
}

VLG, SMO, VI, TYU, PER, KGD, ROS, NIZ = "RU-VLG", "RU-SMO", "BY-VI", "RU-TYU", "RU-PER", "RU-KGD", "RU-ROS", \
    "RU-NIZ"
OCT = "2025-10-20"

# The eleventh batch: a generic side in a quote or after a sentence of partners, shares beside a value,
# a change before ", а в 2024 году …", changes of two periods in one sentence, a plan and a result.
MIXED = {
    "mixed": [
        ("«Наша республика в прошлом году нарастила товарооборот с Вологодской областью на 12 процентов», — "
         "заявил посол Беларуси.", AUG, [r(TO, BY, VLG, None, Y24, 12.0)]),
        ("Смоленская и Брянская области — крупнейшие партнеры Витебщины в России. Товарооборот области со "
         "Смоленской областью в 2024 году составил 610 млн долларов.", AUG, [r(TO, VI, SMO, 610e6, Y24)]),
        ("Товарооборот Гомельской области с Россией в 2024 году составил 5,6 млрд долларов, из них на Брянскую "
         "область приходится около 20 %.", AUG, [r(TO, HO, "RU", 5.6e9, Y24)]),
        ("Экспорт Беларуси в Тюменскую область за январь–август 2025 года вырос в 2,3 раза по сравнению с тем же "
         "периодом прошлого года.", OCT, [r(EX, BY, TYU, None, ("2025-01", "2025-08"), 130.0)]),
        ("За последние три года товарооборот Брестской области с Пермским краем вырос в 1,4 раза, а в 2024 году "
         "составил 62 млн долларов.", AUG, [r(TO, BR, PER, None, None, 40.0), r(TO, BR, PER, 62e6, Y24)]),
        ("Товарооборот Гродненской области и Санкт-Петербурга увеличивается: с начала года он вырос на 18 % и "
         "достиг 240 млн долларов.", OCT, [r(TO, HR, SPE, 240e6, ("2025-01", "2025-09"), 18.0)]),
        ("В первом квартале 2025 года товарооборот Брестской области с Калининградской областью уменьшился на "
         "6 %, однако в апреле–мае вырос на 10 %.", AUG,
         [r(TO, BR, KGD, None, Q1, -6.0), r(TO, BR, KGD, None, ("2025-04", "2025-05"), 10.0)]),
        ("Товарооборот Минской области с Ростовской областью в 2024 году достиг 270 млн долларов, что на треть "
         "выше уровня 2023 года.", AUG, [r(TO, "BY-MI", ROS, 270e6, Y24, 33.3)]),
        ("По итогам года товарооборот Гомельской области с Брянской областью может превысить 1,5 млрд долларов, "
         "тогда как за девять месяцев он составил 1,1 млрд долларов.", NOV,
         [(TO, HO, BRY, 1.5e9, "USD", "gt", ("2025-01", "2025-12"), None, "target"),
          r(TO, HO, BRY, 1.1e9, ("2025-01", "2025-09"))]),
        ("Экспорт могилевских предприятий в Нижегородскую область в 2024 году составил 77 млн долларов, "
         "снизившись на 2 млн долларов.", AUG, [r(EX, MA, NIZ, 77e6, Y24)]),
    ],
}

SAM, OMS = "RU-SAM", "RU-OMS"

# The twelfth batch (written after the rule, from a train-real error: "… губернатором Ленинградской области
# Александр Лукашенко назвал $1 млрд взаимной торговли …"): a head of state or minister names the other side
# of "взаимная торговля", "стороны" when the article names one place only.
OFFICIALS = {
}

# The thirteenth batch: a figure, a dash and the flow it is ("на 3 % — импорт", "180 млн долларов — импорт").
LABELS = {
}

# The fourteenth batch (written after the rule, from a train-real error: "потери … компенсировали поставки в
# Россию с темпом роста почти 113 %"): another thing, a verb, then the flow — the change is the flow's; a share
# or a price with no verb between stays no fact.
SUBJECTS = {
}

# The fifteenth batch: period phrases around dates ("по состоянию на 1 октября", "за неполные 11 месяцев"),
# listed periods, a span of years, quarter against quarter.
PERIODS_MORE = {
}

# The sixteenth batch: generic words for a side ("нашего региона", "столицы", "республики", "области") after a
# visit, a speaker named after a quote, a region's nickname.
GENERICS = {
}

# The seventeenth batch: changes listed for several partners or flows ("… на 9 % и 14 % соответственно"), a
# base level "против … в прошлом году", a change stated later for one of two partners.
LISTED = {
}

# The eighteenth batch: signs and qualifiers of a change ("почти на четверть", "без малого на 40 %", "более
# чем вдвое", "минус 6 % к прошлому году", "прибавил").
SIGNS = {
}
