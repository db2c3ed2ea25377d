"""Facts missed on real text, round 4: a composed grid by construct (issue 9 of 2026-12-07, third session).

Constructs: a distinct figure dropped as an equivalent of another (an increase, another period, a part,
another partner) and real restatements kept once; the pair's total trade told by other words
("экспортно-импортные операции", "товарообмен", "взаимные поставки", "объем внешней торговли"); the currency
of each figure when a sentence names two or names one for several; change-only facts beside the value; the
sides in the sentence before or the title. Every passage was written for this file (fact_recall_grid_4.py,
fact_recall_grid_4b.py) before the extractor ran on it.

Batch 62: 70 passages + 4 headlines. Passing on 1.41.113 (before this round): 63 of 74 (equivalents 12 of 15,
turnover words 12 of 16, currency 15 of 17, changes 13 of 14, sides before 8 of 8, headlines 3 of 4). After
(1.41.114, first commit): 72 of 74; then the change-noun clause rule (", а прирост составил 6 %"): 73 of 74.
Batch 63 (22 passages, 1 negative), written after the rules of batch 62, before they ran on it: 21 of 22;
after ("в сумме с"): 22 of 22. Batch 64 (26 passages + 1 headline), written after the rules of batch 63, before
they ran on it: 24 of 26, headline 1 of 1; after ("общий объем экспорта и импорта", "… областью в белорусских рублях
составил …, в долларах США — …"): 26 of 26. Batch 65 (19 passages in release style), written after the rules of
batch 64, before they ran on it: 16 of 19; after (", что в пересчете составляет …" an equivalent, "(экспорт плюс
импорт)" a gloss of turnover): 19 of 19. Batch 66 (16 passages + 1 headline), written after the rules of batch 65,
before they ran on it: 14 of 16, headline 1 of 1; after ("двусторонние поставки", "внешнеторговые связи …
оцениваются в"): 16 of 16; 66b, 3 guards written after that rule: 3 of 3. Batch 67 (14 passages), written after
the rules of batch 66, before they ran on it: 13 of 14; after ("взаимные торговые операции"): 14 of 14. Batch 68
(10 releases with abbreviations), on the rules of 67: 10 of 10. Batch 69 (7, the two flows told together), on the
rules of 68: 3 of 7; after ("экспортно-импортные поставки/сделки", "экспорт вместе с импортом"): 6 of 7, then with
the shared percent ("на 12 и 4 %", read when the clause names one flow per number): 7 of 7; 69b, 3 guards written
after that rule: 3 of 3. Batch 70 (8 passages of two or three sentences), on the rules of 69: 7 of 8. Batch 71 (6,
currencies across partners), on the rules of 70: 6 of 6. Batch 72 (3, figures in brackets after their partner), on
the rules of 71: 3 of 3. All: 211 of 213; the two left are strict xfails with their reason (MISSED, TITLE_MISSED).
"""


from tests.extract import fact_recall_grid_4, fact_recall_grid_4b
from tests.extract.test_fact_recall_grammar import print_grid, recall_tests

GROUPS = {**fact_recall_grid_4.BATCH_62, **fact_recall_grid_4.BATCH_63, **fact_recall_grid_4.BATCH_64,
          **fact_recall_grid_4b.BATCH_65, **fact_recall_grid_4b.BATCH_66,
          **fact_recall_grid_4b.BATCH_67, **fact_recall_grid_4b.BATCH_68, **fact_recall_grid_4b.BATCH_69,
          **fact_recall_grid_4b.BATCH_70, **fact_recall_grid_4b.BATCH_71,
          **fact_recall_grid_4b.BATCH_72}
HEADLINES = fact_recall_grid_4.HEADLINED_62

MISSED: dict[str, str] = {
    "Могилевская область и Оренбургская область развивают кооперацию": "'экспорт белорусской стороны' with the pair "
        "from the sentence before: the adjective is read as the partner (RU-ORE → BY), not as the owner among the "
        "pair's places (BY-MA); left to the direction rules",
}
# ("Брестская область наращивает поставки в Калининград …", left here, is read since the merge with fxt: a total
# word naming no place after a figure-less introduction of the pair is the pair's, partners._is_total)
TITLE_MISSED: dict[str, str] = {}


test_recalled, test_recalled_with_headline = recall_tests(GROUPS, MISSED, HEADLINES, TITLE_MISSED)

if __name__ == "__main__":
    print_grid(GROUPS, HEADLINES)
