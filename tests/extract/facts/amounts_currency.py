"""Currency: dollars, rubles, euros written every way ('долл. США', '$', 'USD', 'евро'), a currency
left out and carried, equivalents in another currency ('(около 10 млрд рублей)') that are no second fact.

Composed cases moved whole from the batch-named grids (issue 9: tests by construct, not by
batch); the comment above each group names the grid and batch it came from, and
tests/extract/facts/HISTORY.md keeps each batch's story (when written, passing before -> after).
Shapes of rows: tests/extract/facts/grids.py.

Moved from (as on main before this reorganization): fact_recall_grid_4.py, fact_recall_grid_4b.py."""

from tests.extract.facts.rows import BYN, EUR, IM, NB, RUB, USD, E, T

# was fact_recall_grid_4.py BATCH_62, run by test_fact_recall_grammar_4.py
# Batch 62: a distinct figure in brackets, after ", или" or a slash is not an equivalent of the one before.
EQUIVALENTS_62 = [
    ("Экспорт Витебской области в Псковскую область достиг 95,4 млн долларов (прирост – 12,1 млн долларов).",
     [(E, "BY-VI", "RU-PSK", 9.54e7, USD, None)]),
    ("Товарооборот Гродненской области с Калужской областью в 2024 году составил 180 млн долларов (в 2023 году — "
     "150 млн долларов).", [(T, "BY-HR", "RU-KLU", 1.8e8, USD, None), (T, "BY-HR", "RU-KLU", 1.5e8, USD, None)]),
    ("Объем торговли Брестской области с Польшей составил 410 млн евро (около 445 млн долларов).",
     [(T, "BY-BR", "PL", 4.1e8, EUR, None)]),
    ("Товарооборот Минска и Москвы превысил 2,1 млрд долларов, или 190 млрд российских рублей.",
     [(T, "BY-HM", "RU-MOW", 2.1e9, USD, None)]),
    ("Товарооборот Могилевской области и Тульской области составил 4,2 млрд российских рублей, или 47 млн "
     "долларов.", [(T, "BY-MA", "RU-TUL", 4.2e9, RUB, None)]),
    ("Товарооборот Могилевской области с Китаем составил 140 млн долларов (экспорт – 60 млн долларов, импорт – 80 "
     "млн долларов).", [(T, "BY-MA", "CN", 1.4e8, USD, None), (E, "BY-MA", "CN", 6e7, USD, None),
                        (IM, "BY-MA", "CN", 8e7, USD, None)]),
    ("Экспорт Гомельской области в Россию — 3,1 млрд долларов, или на 250 млн больше, чем годом ранее.",
     [(E, "BY-HO", "RU", 3.1e9, USD, None)]),
    ("Товарооборот Беларуси и Ленинградской области в 2024 году вырос до 1,2 млрд долларов (плюс 140 млн долларов "
     "к уровню 2023 года).", [(T, "BY", "RU-LEN", 1.2e9, USD, None)]),
    (f"Экспорт Минской области в Казахстан составил 85{NB}млн долларов (103{NB}% к уровню прошлого года).",
     [(E, "BY-MI", "KZ", 8.5e7, USD, 3.0)]),
    ("Объем экспорта Минской области в Россию составил 5,2 млрд долларов (в белорусских рублях — 16,6 млрд).",
     [(E, "BY-MI", "RU", 5.2e9, USD, None)]),
    ("Товарооборот Брестской области и Москвы за 2024 год составил 480 млн долларов /за 2023 год – 430 млн "
     "долларов/.", [(T, "BY-BR", "RU-MOW", 4.8e8, USD, None), (T, "BY-BR", "RU-MOW", 4.3e8, USD, None)]),
    ("Товарооборот Витебской области со Смоленской областью достиг 650 млн долларов (из них экспорт — 400 млн).",
     [(T, "BY-VI", "RU-SMO", 6.5e8, USD, None), (E, "BY-VI", "RU-SMO", 4e8, USD, None)]),
    ("Экспорт Гродненской области в Калининградскую область составил 120 млн долларов (на 18 млн долларов больше, "
     "чем годом ранее).", [(E, "BY-HR", "RU-KGD", 1.2e8, USD, None)]),
    ("Товарооборот Беларуси с Тюменской областью составил 8,7 млрд рублей (около 100 млн долларов), а с Омской "
     "областью — 16 млрд рублей.", [(T, "BY", "RU-TYU", 8.7e9, RUB, None), (T, "BY", "RU-OMS", 1.6e10, RUB, None)]),
    ("Гомельская область экспортировала в Брянскую область товаров на 290 млн долларов, а импортировала – на 110 "
     "млн долларов (в 2023 году — на 95 млн).", [(E, "BY-HO", "RU-BRY", 2.9e8, USD, None),
                                                 (IM, "BY-HO", "RU-BRY", 1.1e8, USD, None),
                                                 (IM, "BY-HO", "RU-BRY", 9.5e7, USD, None)]),
]

# was fact_recall_grid_4.py BATCH_62, run by test_fact_recall_grammar_4.py
# Batch 62: the currency of each figure when a sentence or passage names two, or names one for several.
CURRENCY_62 = [
    ("Товарооборот Гродненской области с Россией составил 1,9 млрд долларов, в том числе экспорт — 1,2 млрд, импорт "
     "— 0,7 млрд.", [(T, "BY-HR", "RU", 1.9e9, USD, None), (E, "BY-HR", "RU", 1.2e9, USD, None),
                     (IM, "BY-HR", "RU", 7e8, USD, None)]),
    ("Экспорт Беларуси в Новосибирскую область составил 6,4 млрд российских рублей, импорт — 2,1 млрд.",
     [(E, "BY", "RU-NVS", 6.4e9, RUB, None), (IM, "BY", "RU-NVS", 2.1e9, RUB, None)]),
    ("Товарооборот Витебской области с Псковской областью составил 1,1 млрд белорусских рублей.",
     [(T, "BY-VI", "RU-PSK", 1.1e9, BYN, None)]),
    ("Экспорт Могилевской области в Россию – 9,8 млрд бел. рублей.", [(E, "BY-MA", "RU", 9.8e9, BYN, None)]),
    ("Товарооборот Брестской области с Китаем составил $212,5 млн, экспорт – 64 млн, импорт — 148,5 млн.",
     [(T, "BY-BR", "CN", 2.125e8, USD, None), (E, "BY-BR", "CN", 6.4e7, USD, None),
      (IM, "BY-BR", "CN", 1.485e8, USD, None)]),
    ("Товарооборот Гомельской области с Польшей – 380 млн USD, экспорт – 150 млн USD.",
     [(T, "BY-HO", "PL", 3.8e8, USD, None), (E, "BY-HO", "PL", 1.5e8, USD, None)]),
    ("Товарооборот Минска с Италией составил 190 млн евро, экспорт — 70 млн.",
     [(T, "BY-HM", "IT", 1.9e8, EUR, None), (E, "BY-HM", "IT", 7e7, EUR, None)]),
    ("Экспорт Беларуси в Татарстан составил 1,2 млрд долл. США, а импорт — 0,8 млрд.",
     [(E, "BY", "RU-TA", 1.2e9, USD, None), (IM, "BY", "RU-TA", 8e8, USD, None)]),
    ("Товарооборот Беларуси и Башкортостана в российских рублях составил 45 млрд, в долларах — 510 млн.",
     [(T, "BY", "RU-BA", 4.5e10, RUB, None)]),
    ("Объем торговли Гродненской области с Литвой составил 310 млн евро, с Польшей — 420 млн долларов.",
     [(T, "BY-HR", "LT", 3.1e8, EUR, None), (T, "BY-HR", "PL", 4.2e8, USD, None)]),
    ("Товарооборот Могилевской области с Россией составил 3,5 млрд долларов. Экспорт при этом достиг 2,4 млрд.",
     [(T, "BY-MA", "RU", 3.5e9, USD, None), (E, "BY-MA", "RU", 2.4e9, USD, None)]),
    ("Товарооборот Гомельской и Брянской областей в 2024 году составил 48 млрд рублей.",
     [(T, "BY-HO", "RU-BRY", 4.8e10, RUB, None)]),
    ("Товарооборот Беларуси с Омской областью составил 16,2 млрд росс. рублей.",
     [(T, "BY", "RU-OMS", 1.62e10, RUB, None)]),
    ("Товарооборот Могилевской области с Китаем составил 95 млн $.", [(T, "BY-MA", "CN", 9.5e7, USD, None)]),
    ("Экспорт Брестской области в Германию вырос до 180 млн EUR.", [(E, "BY-BR", "DE", 1.8e8, EUR, None)]),
    ("Товарооборот Минской области и Калужской области составил 30 млрд российских рублей, а экспорт области в "
     "Калужскую — 320 млн долларов.", [(T, "BY-MI", "RU-KLU", 3e10, RUB, None),
                                       (E, "BY-MI", "RU-KLU", 3.2e8, USD, None)]),
    ("Экспорт Витебской области в Китай составил 44 млн долларов. Импорт из Китая – 310 млн юаней.",
     [(E, "BY-VI", "CN", 4.4e7, USD, None), (IM, "BY-VI", "CN", 3.1e8, "CNY", None)]),
]

# was fact_recall_grid_4.py BATCH_63, run by test_fact_recall_grammar_4.py
# Batch 63 (written after the rules of batch 62, before these ran): the same constructs in other wordings.
EQUIVALENTS_63 = [
    ("Товарооборот Могилевской области с Казахстаном составил 118 млн долларов (рост – 15 млн долларов).",
     [(T, "BY-MA", "KZ", 1.18e8, USD, None)]),
    ("Экспорт Брестской области в Китай – 64,2 млн долларов (увеличение на 9,7 млн долларов).",
     [(E, "BY-BR", "CN", 6.42e7, USD, None)]),
    ("Импорт Гомельской области из Смоленской области составил 36 млн долларов /плюс 4 млн/.",
     [(IM, "BY-HO", "RU-SMO", 3.6e7, USD, None)]),
    ("Товарооборот Беларуси и Калужской области превысил 400 млн долларов (около 36 млрд российских рублей).",
     [(T, "BY", "RU-KLU", 4e8, USD, None)]),
    ("Экспорт Витебской области в Латвию составил 42 млн евро (≈ 45 млн долларов).",
     [(E, "BY-VI", "LV", 4.2e7, EUR, None)]),
    ("Товарооборот Минской области с Китаем составил 2,1 млрд юаней /290 млн долл. США/.",
     [(T, "BY-MI", "CN", 2.1e9, "CNY", None)]),
    ("Товарооборот Гродненской области с Тверской областью составил 96 млн долларов (за январь–июнь 2024 года – "
     "41 млн долларов).", [(T, "BY-HR", "RU-TVE", 9.6e7, USD, None), (T, "BY-HR", "RU-TVE", 4.1e7, USD, None)]),
    ("Экспорт Минска в Тульскую область составил 150 млн долларов (против 120 млн долларов годом ранее).",
     [(E, "BY-HM", "RU-TUL", 1.5e8, USD, None), (E, "BY-HM", "RU-TUL", 1.2e8, USD, None)]),
]

# was fact_recall_grid_4.py BATCH_63, run by test_fact_recall_grammar_4.py
CURRENCY_63 = [
    ("Товарооборот Беларуси с Пензенской областью в российских рублях составил 19 млрд, а в долларах – 215 млн.",
     [(T, "BY", "RU-PNZ", 1.9e10, RUB, None)]),
    ("Экспорт Гродненской области в Россию в белорусских рублях составил 6,1 млрд.",
     [(E, "BY-HR", "RU", 6.1e9, BYN, None)]),
    ("Товарооборот Витебской области с Москвой – 16 млрд росс. руб.", [(T, "BY-VI", "RU-MOW", 1.6e10, RUB, None)]),
    ("Объем торговли Могилевской области с Германией составил 88 млн евро, с Польшей – 140 млн евро.",
     [(T, "BY-MA", "DE", 8.8e7, EUR, None), (T, "BY-MA", "PL", 1.4e8, EUR, None)]),
]

# was fact_recall_grid_4.py BATCH_64, run by test_fact_recall_grammar_4.py
# Batch 64 (written after the rules of batch 63, before these ran): each construct again, in other hands.
EQUIVALENTS_64 = [
    ("Товарооборот Беларуси и Красноярского края составил 150 млн долларов (в 2022 году — 110 млн), а экспорт — 95 "
     "млн долларов.", [(T, "BY", "RU-KYA", 1.5e8, USD, None), (T, "BY", "RU-KYA", 1.1e8, USD, None),
                       (E, "BY", "RU-KYA", 9.5e7, USD, None)]),
    ("Экспорт Гродненской области в Польшу составил 180 млн евро, или 195 млн долларов.",
     [(E, "BY-HR", "PL", 1.8e8, EUR, None)]),
    ("Импорт Минской области из Китая – 1,1 млрд юаней (около 150 млн долл.).",
     [(IM, "BY-MI", "CN", 1.1e9, "CNY", None)]),
    ("Товарооборот Могилевской области с Россией за 2024 год – 3,6 млрд долларов, за январь–февраль 2025 года – 520 "
     "млн долларов.", [(T, "BY-MA", "RU", 3.6e9, USD, None), (T, "BY-MA", "RU", 5.2e8, USD, None)]),
    ("Товарооборот Витебской области с Брянской областью составил 70 млн долларов (прирост — 6,3 %).",
     [(T, "BY-VI", "RU-BRY", 7e7, USD, 6.3)]),
    ("Экспорт Гомельской области в Казахстан увеличился на 12 млн долларов и составил 97 млн долларов.",
     [(E, "BY-HO", "KZ", 9.7e7, USD, None)]),
]

# was fact_recall_grid_4.py BATCH_64, run by test_fact_recall_grammar_4.py
CURRENCY_64 = [
    ("Экспорт Беларуси в Свердловскую область составил 22 млрд росс. рублей, а импорт – 9 млрд.",
     [(E, "BY", "RU-SVE", 2.2e10, RUB, None), (IM, "BY", "RU-SVE", 9e9, RUB, None)]),
    ("Товарооборот Брестской области с Германией составил 410 млн долл. США, экспорт – 130 млн.",
     [(T, "BY-BR", "DE", 4.1e8, USD, None), (E, "BY-BR", "DE", 1.3e8, USD, None)]),
    ("Товарооборот Минской области с Литвой — €95 млн, экспорт — €40 млн.",
     [(T, "BY-MI", "LT", 9.5e7, EUR, None), (E, "BY-MI", "LT", 4e7, EUR, None)]),
    ("Товарооборот Гомельской области с Китаем – 210 млн USD, в том числе импорт – 160 млн.",
     [(T, "BY-HO", "CN", 2.1e8, USD, None), (IM, "BY-HO", "CN", 1.6e8, USD, None)]),
    ("Экспорт Могилевской области в Казахстан составил 38 млн долларов, а в белорусских рублях — 125 млн.",
     [(E, "BY-MA", "KZ", 3.8e7, USD, None)]),
    ("Товарооборот Гродненской области с Ленинградской областью в белорусских рублях составил 410 млн, в долларах "
     "США — 128 млн.", [(T, "BY-HR", "RU-LEN", 4.1e8, BYN, None)]),
]

# was fact_recall_grid_4b.py BATCH_65, run by test_fact_recall_grammar_4.py
# Batch 65 (written after the rules of batch 64, before these ran): longer passages, release style.
EQUIVALENTS_65 = [
    (f"По итогам 2024 года товарооборот Витебской области с Россией составил 4,3{NB}млрд долларов США (106,2{NB}% к "
     "2023 году), в том числе экспорт – 2,5 млрд (108,4 %), импорт – 1,8 млрд (103,1 %).",
     [(T, "BY-VI", "RU", 4.3e9, USD, 6.2), (E, "BY-VI", "RU", 2.5e9, USD, 8.4), (IM, "BY-VI", "RU", 1.8e9, USD, 3.1)]),
    ("В денежном выражении товарооборот Могилевской области с Ивановской областью составил 2,3 млрд российских рублей, "
     "что в пересчете составляет около 26 млн долларов.", [(T, "BY-MA", "RU-IVA", 2.3e9, RUB, None)]),
    ("Товарооборот Брестской области с Китаем за январь–ноябрь составил 215 млн долларов, а за весь 2023 год – 230 "
     "млн.", [(T, "BY-BR", "CN", 2.15e8, USD, None), (T, "BY-BR", "CN", 2.3e8, USD, None)]),
    ("Экспорт Гродненской области в Литву составил 240 млн евро (по курсу – примерно 260 млн долларов).",
     [(E, "BY-HR", "LT", 2.4e8, EUR, None)]),
]

# was fact_recall_grid_4b.py BATCH_65, run by test_fact_recall_grammar_4.py
CURRENCY_65 = [
    ("Экспорт Минска в Санкт-Петербург составил $310 млн, импорт из Санкт-Петербурга – $260 млн, товарооборот – 570 "
     "млн.", [(E, "BY-HM", "RU-SPE", 3.1e8, USD, None), (IM, "BY-HM", "RU-SPE", 2.6e8, USD, None),
              (T, "BY-HM", "RU-SPE", 5.7e8, USD, None)]),
    ("Товарооборот Гомельской области и Брянской области — 21,5 млрд российских рублей. Экспорт области в Брянскую "
     "область — 15 млрд, импорт — 6,5 млрд.", [(T, "BY-HO", "RU-BRY", 2.15e10, RUB, None),
                                               (E, "BY-HO", "RU-BRY", 1.5e10, RUB, None),
                                               (IM, "BY-HO", "RU-BRY", 6.5e9, RUB, None)]),
    ("Товарооборот Брестской области с Польшей в евро – 480 млн.", [(T, "BY-BR", "PL", 4.8e8, EUR, None)]),
    ("Экспорт белорусских товаров в Псковскую область составил 8,6 млрд RUB.", [(E, "BY", "RU-PSK", 8.6e9, RUB, None)]),
]

# was fact_recall_grid_4b.py BATCH_66, run by test_fact_recall_grammar_4.py
EQUIVALENTS_66 = [
    ("Товарооборот Гродненской области с Калининградской областью составил 11 млрд российских рублей (в долларовом "
     "выражении — около 125 млн).", [(T, "BY-HR", "RU-KGD", 1.1e10, RUB, None)]),
    ("Экспорт Витебской области в Польшу составил 95 млн евро, а импорт – 140 млн долларов.",
     [(E, "BY-VI", "PL", 9.5e7, EUR, None), (IM, "BY-VI", "PL", 1.4e8, USD, None)]),
    ("Товарооборот Могилевской области с Китаем составил 200 млн долларов, из них на экспорт пришлось 70 млн.",
     [(T, "BY-MA", "CN", 2e8, USD, None), (E, "BY-MA", "CN", 7e7, USD, None)]),
    ("Экспорт Гомельской области в Брянскую область составил 305 млн долларов, что на 40 млн больше, чем в 2023 году.",
     [(E, "BY-HO", "RU-BRY", 3.05e8, USD, None)]),
]

# was fact_recall_grid_4b.py BATCH_67, run by test_fact_recall_grammar_4.py
# Batch 67 (written after the rules of batch 66, before these ran).
EQUIVALENTS_67 = [
    ("Товарооборот Минской области с Россией составил 6,2 млрд долларов (в т.ч. экспорт — 3,9 млрд долларов).",
     [(T, "BY-MI", "RU", 6.2e9, USD, None), (E, "BY-MI", "RU", 3.9e9, USD, None)]),
    ("Экспорт Гомельской области в Китай — 150 млн долларов (за 9 месяцев 2024 года — 105 млн).",
     [(E, "BY-HO", "CN", 1.5e8, USD, None), (E, "BY-HO", "CN", 1.05e8, USD, None)]),
    ("Товарооборот Брестской области с Москвой составил 620 млн долларов / 97,4 % к уровню 2023 года.",
     [(T, "BY-BR", "RU-MOW", 6.2e8, USD, -2.6)]),
    ("Объем товарооборота Могилевской области с Курской областью составил 3,4 млрд российских рублей (39 млн "
     "долларов США).", [(T, "BY-MA", "RU-KRS", 3.4e9, RUB, None)]),
    ("Экспорт Витебской области в Германию – 52 млн евро; импорт из Германии – 61 млн долларов.",
     [(E, "BY-VI", "DE", 5.2e7, EUR, None), (IM, "BY-VI", "DE", 6.1e7, USD, None)]),
]

# was fact_recall_grid_4b.py BATCH_67, run by test_fact_recall_grammar_4.py
CURRENCY_67 = [
    ("Товарооборот Витебской области с Латвией составил 180 млн евро. Экспорт – 75 млн.",
     [(T, "BY-VI", "LV", 1.8e8, EUR, None), (E, "BY-VI", "LV", 7.5e7, EUR, None)]),
    ("Товарооборот Брестской области с Китаем — 1,5 млрд юаней, экспорт — 420 млн юаней, импорт — 1,08 млрд.",
     [(T, "BY-BR", "CN", 1.5e9, "CNY", None), (E, "BY-BR", "CN", 4.2e8, "CNY", None),
      (IM, "BY-BR", "CN", 1.08e9, "CNY", None)]),
]

# was fact_recall_grid_4b.py BATCH_71, run by test_fact_recall_grammar_4.py
# Batch 71 (written after the rules of batch 70, before these ran): currencies across a list of partners.
CURRENCY_71 = [
    ("Товарооборот Гомельской области с Россией — 7,9 млрд долларов, с Китаем — 310 млн, с Польшей — 140 млн евро.",
     [(T, "BY-HO", "RU", 7.9e9, USD, None), (T, "BY-HO", "CN", 3.1e8, USD, None),
      (T, "BY-HO", "PL", 1.4e8, EUR, None)]),
    ("Экспорт Могилевской области в Россию составил 5,6 млрд долларов, а в Китай — 2,1 млрд юаней.",
     [(E, "BY-MA", "RU", 5.6e9, USD, None), (E, "BY-MA", "CN", 2.1e9, "CNY", None)]),
    ("Товарооборот Брестской области с Москвой составил 48 млрд рублей.", [(T, "BY-BR", "RU-MOW", 4.8e10, RUB, None)]),
    ("Экспорт Гродненской области в Китай составил 290 млн рублей.", [(E, "BY-HR", "CN", 2.9e8, BYN, None)]),
    ("Товарооборот Минска с Санкт-Петербургом в долларах США составил 480 млн.",
     [(T, "BY-HM", "RU-SPE", 4.8e8, USD, None)]),
    ("Экспорт Витебской области в Россию – 2,3 млрд долл. США, или 190 млрд рос. рублей.",
     [(E, "BY-VI", "RU", 2.3e9, USD, None)]),
]

RECALL = {
    # was fact_recall_grid_4.py BATCH_62, run by test_fact_recall_grammar_4.py
    "equivalents-62": EQUIVALENTS_62,
    # was fact_recall_grid_4.py BATCH_62, run by test_fact_recall_grammar_4.py
    "currency-62": CURRENCY_62,
    # was fact_recall_grid_4.py BATCH_63, run by test_fact_recall_grammar_4.py
    "equivalents-63": EQUIVALENTS_63,
    # was fact_recall_grid_4.py BATCH_63, run by test_fact_recall_grammar_4.py
    "currency-63": CURRENCY_63,
    # was fact_recall_grid_4.py BATCH_64, run by test_fact_recall_grammar_4.py
    "equivalents-64": EQUIVALENTS_64,
    # was fact_recall_grid_4.py BATCH_64, run by test_fact_recall_grammar_4.py
    "currency-64": CURRENCY_64,
    # was fact_recall_grid_4b.py BATCH_65, run by test_fact_recall_grammar_4.py
    "equivalents-65": EQUIVALENTS_65,
    # was fact_recall_grid_4b.py BATCH_65, run by test_fact_recall_grammar_4.py
    "currency-65": CURRENCY_65,
    # was fact_recall_grid_4b.py BATCH_66, run by test_fact_recall_grammar_4.py
    "equivalents-66": EQUIVALENTS_66,
    # was fact_recall_grid_4b.py BATCH_67, run by test_fact_recall_grammar_4.py
    "equivalents-67": EQUIVALENTS_67,
    # was fact_recall_grid_4b.py BATCH_67, run by test_fact_recall_grammar_4.py
    "currency-67": CURRENCY_67,
    # was fact_recall_grid_4b.py BATCH_71, run by test_fact_recall_grammar_4.py
    "currency-71": CURRENCY_71,
}
