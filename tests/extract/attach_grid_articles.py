"""The sixth batch of tests/extract/attach_grid.py (ours, written before the extractor ran on them):
articles of three or four sentences where the figure's side, change or period is told in another
sentence, among venues, officials and a second figure."""

from tests.extract.attach_grid import (
    AUG,
    BY,
    EX,
    HR,
    IM,
    M5,
    M6,
    M7,
    MA,
    MI,
    PSK,
    TO,
    VI,
    Y24,
    r,
)

CN, IVA, AST, KOS, NGR, SVE, LEN = "CN", "RU-IVA", "RU-AST", "RU-KOS", "RU-NGR", "RU-SVE", "RU-LEN"
DEC = "2024-12-10"
A4 = ("2025-01", "2025-04")

CONTEXT_ARTICLES = {
}

SAM, KRS, VLG, OMS, KLU = "RU-SAM", "RU-KRS", "RU-VLG", "RU-OMS", "RU-KLU"

# The seventh batch: a change of another period or partner beside a value, falls by multiples, an index in
# words, changes for several partners in one sentence.
CHANGE_SPLITS = {
}

YAR, ORE, LIP = "RU-YAR", "RU-ORE", "RU-LIP"

# The eighth batch: the side a flow goes from and to, told by adjectives, buying verbs, "из … в …".
DIRECTIONS = {
}

UD, KGD, SVE2, CU = "RU-UD", "RU-KGD", "RU-SVE", "RU-CU"

# The ninth batch: paragraphs as a press office writes them, products, totals and balances among the figures.
PARAGRAPHS = {
    "paragraphs": [
        ("Как сообщила пресс-служба Витебского облисполкома, в январе–июне 2025 года товарооборот области с "
         "Псковской областью составил 96,4 млн долларов США, что на 11,2 % больше уровня аналогичного периода "
         "прошлого года. Экспорт вырос на 14,8 % и достиг 61,3 млн долларов, импорт составил 35,1 млн долларов "
         "(105,4 %). Основу поставок составили молочная продукция, мебель и металлоконструкции.", AUG,
         [r(TO, VI, PSK, 96.4e6, M6, 11.2), r(EX, VI, PSK, 61.3e6, M6, 14.8), r(IM, VI, PSK, 35.1e6, M6, 5.4)]),
        ("Губернатор Калужской области, выступая на форуме, напомнил, что в прошлом году товарооборот региона с "
         "Беларусью превысил 1 млрд долларов, а с начала этого года вырос еще на 7 %.", AUG,
         [r(TO, KLU, BY, 1e9, Y24, bound="gt"), r(TO, KLU, BY, None, M7, 7.0)]),
        ("В 2024 году внешнеторговый оборот Гродненской области составил 4,1 млрд долларов. На Россию пришлось "
         "2,3 млрд долларов, из них на Калининградскую область — 310 млн долларов (рост на 9 %).", AUG,
         [r(TO, HR, "RU", 2.3e9, Y24), r(TO, HR, KGD, 310e6, Y24, 9.0)]),
        ("Товарооборот между Минской областью и Удмуртией, по данным Белстата, за январь–апрель снизился на 12,6 "
         "% и составил 18,9 млн долларов.", AUG, [r(TO, MI, UD, 18.9e6, A4, -12.6)]),
        ("Беларусь и Свердловская область в 2024 году нарастили товарооборот на 18,5 % — до 870 млн долларов. "
         "Экспорт белорусских товаров в регион увеличился на 25 %, импорт из региона — на 9 %.", AUG,
         [r(TO, BY, SVE2, 870e6, Y24, 18.5), r(EX, BY, SVE2, None, Y24, 25.0), r(IM, BY, SVE2, None, Y24, 9.0)]),
        ("По информации Минэкономразвития, товарооборот Омской области и Казахстана по итогам января–сентября "
         "2024 года составил 1,15 млрд долларов, снизившись на 3,1 %. Сальдо торговли положительное — 320 млн "
         "долларов.", "2025-02-10", [r(TO, OMS, "KZ", 1.15e9, ("2024-01", "2024-09"), -3.1)]),
        ("«За пять месяцев мы поставили в Могилевскую область продукции на 24 миллиона долларов, это почти "
         "вдвое больше, чем год назад», — рассказал министр промышленности Чувашии.", AUG,
         [r(EX, CU, MA, 24e6, M5, 100.0)]),
    ],
}
