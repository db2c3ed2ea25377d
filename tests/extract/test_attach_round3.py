"""Change and period attachment, round 3 (issue 9, branch fx3c): composed sentences in
tests/extract/attach_grid_round3.py (batches A–C), attach_grid_round3c.py (D–F), attach_grid_round3b.py
(G–P) and attach_grid_round3d.py (Q–ZE) — ours, written before the extractor ran on them — compared as
tests/extract/test_attach_grammar.py compares them (a turnover's pair unordered, periods by month).

Batch A (61: the change after the value in the next clause or sentence, changes in words, the change of
another figure, change-only facts, period phrases, number forms): 61 of 61 on 1.41.111 as written.
Batch B (41 kept of 42: other change nouns and verbs, brackets, the change in a sentence of its own, flows
with their changes, more period phrases): 39 of 41 on 1.41.111 ("потерял 12 %" read as a loss of money, no fact; "в
два с лишним раза" no change); a 43rd, "Годом ранее он был на 10 % меньше", was dropped as ambiguous (10 %
less a year earlier is +11.1 % on the year, not +10). Batch C (27: a change's unit, sign and multiplier,
changes not the figure's own, the change in the next sentence): 25 of 27 on 1.41.111 ("на 30 с лишним
процентов" no change, "свыше чем на 40 %" eq). After (1.41.112): 129 of 129.
Batch D (23: change-only facts told by a noun, a passive, "показал рост", "удалось нарастить", the next
sentence; changes of another period, flow or partner; periods in the sentence before): 22 of 23 on the
rules of batches A–C ("Данные за январь–май подвела Белстат." gave no period to the next sentence); 23 of
23 after (fact_period.stated_period: data, statistics and results, not only "итоги").
Batch E (21: passages as press offices and officials write them — a growth index per flow in brackets,
"что составляет 112 % к …", "при росте на 19 %", "+6 % к 2023 году", "прибавив/потеряв 14 %", a share's
change in percentage points): 20 of 21 on the rules of batches A–D ("потеряв 8 %" no change); 21 of 21 after.
Batch F (28: changes with no verb — "(рост в 1,5 раза)", "больше на 12 %, чем …", "+14 % г/г", "Годовой
прирост — 12 %", "прирост — 3 млн долларов (5 %)" — three guards of other things' growth, and period
abbreviations "1 кв. 2025 г.", "т. г.", "9 мес."): 25 of 28 on the rules of batches A–E; 27 of 28 after
(dialogue._COMMENT: an adjective before the change noun opening a line; change "inc": the percent in
brackets after the increment); the one left a strict xfail (a product's amount labelled after it) until
products.product_label_after (batch P).
Batch G (19: articles of two or three sentences — a change or period told in another sentence, "еще на 6 %",
"в позапрошлом году … а в прошлом — еще на 8 %", "на 3 млн долларов меньше" (no change), "Брестская область
сократила импорт из Казахстана на 30 %"): 19 of 19 on the rules of batches A–F.
Batch H (16: a percent beside the figure that is no change — a share, "в натуральном выражении", tonnes, a
circumstance "при росте цен на 5 %" — and quarters, months): 14 of 16 on the rules of batches A–G ("вырос
на 10 % при росте цен на 5 % и составил 55 млн": no fact, the prices in the keyword's clause; "пришлось 45 %,
что на 6 % больше" gave the share's change to the turnover); 16 of 16 after (change.compares_share,
figures._beside_circumstance), with two guards written after those rules, before they ran (18 of 18).
Batch I (16: multiples down, approximate changes of change-only facts, goods' and other things' changes in a
list beside the pair's): 16 of 16 on the rules of batches A–H. Batch J (10: countries' trade as agencies and
ministers report it): 10 of 10. Batch K (11: inverted order, numbers in words, a question with a year): 7 of
11 on the rules of batches A–J ("На 14 % — до 120 млн долларов — вырос" and "Вдвое — до 18 млн — сократился"
took no direction from the verb past the aside; "на пять с половиной процентов" unread; "— Насколько вырос …
в 2024 году? — На 15 %, до 740 млн" lost the question's direction, the year making it a sentence with a
figure); 11 of 11 after.
Batch L (10: period words against the publication date — "С начала текущего года" on 2 August, "В первом
полугодии" in February, "за период январь – июнь", two periods "соответственно"), batch M (8: articles
mixing a region's total, other partners, "Для сравнения: в 2019 году …", "Напомним, по итогам 2023 года …",
a month against the month before) and batch N (12: a change's number set without a space, with a decimal
point, "проц.", "(+ 12,5 %)", "в 1,5 раза ниже", "9-процентный рост", "(г/г)"): 30 of 30 as written.
Batch O (8: a flow's change as the cause of another's, one flow's change beside the other's value): 8 of 8
as written. Batch P (5 guards of products.product_label_after, "0,8 млн долларов — молочная продукция)" a
product's amount: written after that rule, before it ran): 5 of 5.
The whole grid on 1.41.111: 289 of 305 (batches A–N), 301 of 318 (A–P; batch P 4 of 5 there);
on 1.41.112: 318 of 318.
Batch Q (8: change-only facts whose pair or flow another sentence or a buyer's verb gives): 7 of 8 on the
rules of batches A–P ("… отметил рост товарооборота с Беларусью. По итогам 2024 года он увеличился на 12 %"
gave no fact: a pronoun's change after a figure-less introduction); 8 of 8 after (dialogue._PRONOUN_CHANGE).
Batch R (4 guards of that rule, written after it, before it ran): 4 of 4.
Batch S (6: change-only facts dated only by their comparison base, "за указанный/отчетный период"): 5 of 6
on the rules of batches A–R ("В сравнении с январем–маем прошлого года … увеличился на 6 %": no period, the
base's year counted back from publication was not read); 6 of 6 after (fact_period: a relative base's year),
with 3 guards written after that rule, before it ran (9 of 9).
Batch T (5: a value dated by its base, a lead's change joined to the body's value, the year before's change
in the next sentence) and batch U (6: multiples in "раз", growth with no number — "в разы", "в несколько
раз", "многократно"): 11 of 11 as written.
Batch V (6: the value's bound beside a qualified change) and batch W (6: "удвоился", "утроился", "на две
трети", "наполовину", "в два раза меньше"): 12 of 12 as written.
Batch X (5: the change in a relative clause or a participle phrase, the earlier level in brackets): 4 of 5
on the rules of batches A–W ("что является рекордом и на 12 % превышает уровень 2023 года": the predicate's
instrumental read as a subject of its own); 5 of 5 after (goods_object.names_other_subject skips a noun
that can only be instrumental). Batch Y (3 guards of that rule, written after it, before it ran): 3 of 3.
Batch Z (4: "с … до …" levels, "за тот же период" of the sentence before): 4 of 4 as written. Batch ZA (4:
abbreviations of statistical releases): 2 of 4 on the rules of batches A–Z ("за янв.–май 2025 г." read as
May only; "Минской обл." as the city); 4 of 4 after (period.MONTHS with the dotted abbreviations;
generic_places.csv "обл").
Batch ZB (6: quarters and halves in numerals and abbreviations) and ZC (4: lists of partners, each with its
value and change or none): 10 of 10 as written. Batch ZD (3: the pair's change beside an amount of another
thing) and ZE (6: qualifiers of a change-only fact): 9 of 9 as written (8 of 9 on 1.41.111).
The whole grid (A–R) on 1.41.111: 311 of 330; on 1.41.112: 330 of 330; A–ZE: 371 of 397 on 1.41.111, 397 of 397 now.

`python -m tests.extract.test_attach_round3` prints the table by construct."""

import pytest

from tests.extract import attach_grid_round3, attach_grid_round3b, attach_grid_round3c, attach_grid_round3d
from tests.extract.rules_helpers import grouped_params
from tests.extract.test_attach_grammar import got, want
from tests.extract.test_attach_grammar import table as attach_table

GROUPS = {k: v for grid in (attach_grid_round3, attach_grid_round3c, attach_grid_round3b, attach_grid_round3d)
          for name in sorted(n for n in dir(grid) if n.startswith("ROUND3")) for k, v in getattr(grid, name).items()}
MISSED: dict[str, str] = {}


@pytest.mark.parametrize("text, published, expected", grouped_params(GROUPS, MISSED))
def test_attach_round3(text, published, expected):
    assert got(text, published) == want(expected)


def table() -> str:
    return attach_table(GROUPS)


if __name__ == "__main__":
    print(table())
