"""Batch 20 of the fact-scope grid (test_fact_scope_precision.py), continued from fact_scope_grid_8.py. Written
before the extractor ran on them. Rows: (metric, a, b, value, change_pct)."""

from tests.extract.fact_scope_shapes import E, T

# Batch 20: a product group named by a describing adjective or a sector (high-tech, non-raw, agro-industrial,
# food, services), firms whose names hold a place, a region's total with the world, a ranking, contracts signed,
# prices per tonne, containers, customs payments, counts of firms; one figure in two currencies or twice.
NEGATIVES_20 = {
}

POSITIVES_20 = {
    "one_figure_twice": [
        ("Товарооборот Беларуси и Китая составил 8 млрд долларов (около 800 млрд российских рублей).",
         [(T, "BY", "CN", 8e9, None)]),
        ("Экспорт Витебской области в Россию — 1,5 млрд долларов (4,9 млрд белорусских рублей).",
         [(E, "BY-VI", "RU", 1.5e9, None)]),
        ("Товарооборот Беларуси с Россией составил 50 млрд долларов. Россия остается главным торговым партнером "
         "Беларуси с товарооборотом 50 млрд долларов.", [(T, "BY", "RU", 5e10, None)]),
        ("Товарооборот Брестской области и Москвы вырос на 12 % и составил 400 млн долларов. «Москва и "
         "Брестская область нарастили товарооборот до 400 млн долларов», — отметил губернатор.",
         [(T, "BY-BR", "RU-MOW", 4e8, 12.0)]),
        ("Экспорт Казахстана в Омскую область — 700 млн долларов, или 350 млрд тенге.",
         [(E, "KZ", "RU-OMS", 7e8, None)]),
    ],
}


# Batch 21, written after batch 20 passed 40 of 40 and before the extractor ran on these: firms named in quotes or
# by a compound noun inside the flow's phrase, more groups by what their goods are, a region's reach to the world,
# ranks, deals at a show, prices, duties, trips, counts of firms, a surplus given as export over import.
NEGATIVES_21 = {
}

POSITIVES_21 = {
}


# Batch 22, written after batch 21 passed 30 of 30 and before the extractor ran on these: passages of two or three
# sentences where a partner named in one sentence meets another subject's figure in the next, services and goods
# in one list, and one figure restated in another currency or by another speaker.
NEGATIVES_22 = {
}

POSITIVES_22 = {
    "restated_once": [
        ("Товарооборот Беларуси и Ирана — 100 млн долларов. Об этом сообщил посол Ирана в Беларуси, отметив, что "
         "товарооборот между странами достиг 100 млн долларов.", [(T, "BY", "IR", 1e8, None)]),
        ("Экспорт Гомельской области в Россию вырос на 8 % и составил 3 млрд долларов (в белорусских рублях — 9,8 "
         "млрд).", [(E, "BY-HO", "RU", 3e9, 8.0)]),
        ("Товарооборот Беларуси и России составил 50 млрд долларов, в российских рублях — 4,3 трлн.",
         [(T, "BY", "RU", 5e10, None)]),
        ("Товарооборот Могилевской области со Смоленской областью — 250 млн долларов. Смоленская область и "
         "Могилевская область наторговали на 250 млн долларов, это на 11 % больше, чем в 2023 году.",
         [(T, "BY-MA", "RU-SMO", 2.5e8, 11.0)]),
    ],
}


# Batch 23, written after batch 22 and before the extractor ran on these: the wordings of batches 20–22 as other
# writers would put them (ё, compound firm nouns, a dash after a quoted name, a currency named after "а в
# пересчете"), beside the pair's figures in the same words.
NEGATIVES_23 = {
}

POSITIVES_23 = {
}
