"""Spurious facts (issue 9, precision): batches 7 to 19 of the fact-scope grid, in wordings batches 1–6 did not
use — more product words, firms and trading houses, retail and wholesale turnover, fairs, freight and tourists,
groups of countries and totals for all countries, sums of partners or of owners, shares and balances — beside
positives in the same words, so precision is not bought with recall.
The cases are in fact_scope_grid_7.py (batches 7–10) and fact_scope_grid_8.py (11–19).

Cases: 347 in seventeen batches, each written down with its expected facts before the extractor ran on it.
Batch 7, 82 — negatives 61 (one product 18, firms 9, not foreign trade 15, another subject's change 3, sums,
groups and totals 9, shares and balances 7), positives 18, headlines 3. Passing on the rules before this work
(1.41.107): 61 of 82 — negatives clean 41 of 61 (one product 0 of 18: every product word the stem list did not
name slipped through; "экспорт ОАО …"; "профицит в торговле"), positives right 17 of 18 ("поставки стали — на
20 %" a second fact), headlines 3 of 3. After goods_object.py (the flow word's genitive object read from the
grammar) and "профицит" beside "сальдо": 82 of 82.
Batch 8, 51 (written after batch 7 passed) — negatives 30, positives 19, headlines 2. On the rules of batch 7:
41 of 51 — negatives clean 22 of 30 ("на обои пришлось", "изделий из кожи", a firm as the subject, "у «…»", a
fair's sales, "на Россию и Казахстан приходится", two owners summed), positives 17 of 19 ("в физическом — на
3 %" a second fact; a partner's portion with its amount missed); on 1.41.107, 35 of 51 (negatives 14 of 30).
After (1.41.108): 50 of 51, the one left a strict xfail (MISSED, a recall construct).
Batch 9, 23 (written after batch 8 passed) — negatives 10, positives 10, headlines 3. On the rules of batch 8:
17 of 23 — negatives clean 6 of 10 ("импортозамещение", "«…» — увеличил поставки", "экспортный потенциал", "РЭЦ
поддержал экспорт … на"), positives 8 of 10 (a product's change in a relative clause after "за счет" taken as the
pair's; the pair with a venue); on 1.41.107, 16 of 23. After: 22 of 23, the one left a strict xfail
(the venue); 23 of 23 on 1.41.109 (the venue no longer read as the partner since the officials rule was
withdrawn).
Batch 10, 17 (written after batch 9 passed) — negatives 12, positives 5. On the rules of batch 9 (and on
1.41.107): 9 of 17 — negatives clean 4 of 12 (a group as the flow's adjective — "машиностроительный", "лесной",
"сырьевой", "аграрный" — or its producers, "торговля лесом", a product topic before a colon, "с Казахстаном и
другими странами СНГ"), positives 5 of 5. After: 16 of 17, the one left a strict xfail (the colon topic).
Batch 11, 16 positives (written after batch 10 passed): the pair's flows with a genitive or a phrase after the
flow word. On the rules of batch 10: 14 of 16 ("экспорт всех групп товаров" read as a product: "группа" joins the
general words; "нашей республики" unresolved); on 1.41.107 15 of 16. After: 15 of 16, the one left a strict xfail.
Batch 12, 8 (written after batch 11): traders, persons, months and forms of ownership after the flow word (5
positives) beside live pigs, a business segment and energy carriers (3 negatives). On the rules of batch 11: 3 of
8 (all five positives read as products); on 1.41.107 5 of 8 (the negatives). After: 8 of 8 (a noun whose genitive
readings are all animate is a trader, not goods; months, "экономика", "форма собственности" are general words).
Batch 13, 9 (written after batch 12): a region's total beside a visit or a headline naming a partner, three
partners listed (7 negatives, 2 headlines). On the rules of batch 12 and on 1.41.107: 7 of 9; left as strict xfails
(a region's export after a visit takes the visit's pair; a venue read as the region): 7 of 9.
Batch 14, 8 negatives (written after batch 13): a partner's share of a total, of a growth, of a structure. On
the rules of batch 13 and on 1.41.107: 7 of 8 ("Россия обеспечила 48 % прироста экспорта" read as a change of
48 %). After: 8 of 8 (a share verb before "N % прироста" makes it a share of the growth, not a change).
Batch 15, 9 (written after batch 14, no rule changed for it): flow verbs and participles with their objects (5
negatives, 4 positives). On the rules of batch 14: 9 of 9; on 1.41.107 6 of 9 ("отгружено гомельских обоев",
"купил … горючего", "продала … шин" were facts).
Batch 16, 5 positives: a firm or a quoted name in the sentence that is not the flow's subject. On the rules of
batch 15: 3 of 5 ("По данным «Белстата» за год экспорт" read as a firm's flow; "построили в регионе завод и
нарастили поставки" too — the second written after the first was fixed); on 1.41.107 5 of 5. After: 5 of 5 (a
quoted name counts only when a verb follows it, a firm noun only when it opens the clause).
Batch 17, 5 positives beside the words the new negatives use (a fair, the export centre, support, a deficit,
potential): 5 of 5 on the rules of batch 16 and on 1.41.107.
Batch 18, 12 (written after batch 17): a list's later item whose subject no rule list names (flights, housing,
harvest, works), a turnover in tonnes, demand and interest as subjects (8 negatives); clauses that open with a noun
and still give the pair's change (4 positives). On the rules of batch 17 and on 1.41.107: 7 of 12. After: 12 of 12
(goods_object.names_other_subject: a clause's first noun outside a prepositional phrase, before its number, that
is no place, person, flow or general word is a subject of its own, unless a flow word stands in the clause).
Batch 19, 6 positives (written after batch 18, no rule changed for it): later clauses that open with a pronoun,
a measure, an adjective and a noun, or a partner, and are the pair's own figures: 6 of 6 on the rules of batch 18,
on those of batch 17 and on 1.41.107.
Batch 20, 40 (fact_scope_grid_9.py, written after batch 19 and before the extractor ran on them): groups named by a
describing adjective or a sector (high-tech, innovative, agro-industrial, food, services), firms whose names hold a
place ("Гомельский химзавод", "«Минск-Авто»", "Новополоцкий «Нафтан»"), a total with the world, rankings,
contracts, a price per tonne, containers, customs payments, counts of firms (28 negatives); the pair beside them and
one figure given twice — in two currencies, restated in a quote without its change (12 positives). On the rules of
batch 19 (1.41.109): 32 of 40 — negatives 23 of 28 ("высокотехнологичной/инновационной продукции", "химзавод", a
quoted name opening the clause before its verb), positives 9 of 12 ("в том числе высокотехнологичной продукции — на
40 %" a second fact, "еще 300 млн пришлось на услуги", a quote's restatement with no change a second fact). After
(1.41.110): 40 of 40. The batch-9 venue case ("Губернатор Брянской области в Минске заявил") already passed on
1.41.109 (a strict xfail turned pass at the merge) and is a plain case again: 5 strict xfails left.
Batch 21, 30 (fact_scope_grid_9.py, written after batch 20 passed): firms inside the flow's phrase, groups by kind
("органической", "экологически чистой", "деревообработки", "образовательных услуг"), reach to 120 countries, ranks,
deals at a show, a show's sales, prices, duties paid at import, trips, counts of firms, export over import (21
negatives); the pair beside them, a quoted source, a breakdown by partner, a second currency (9 positives). On the
rules of batch 20: 26 of 30 (on 1.41.109: 25) — "органической/экологически чистой продукции", "выставке-продаже",
"пошлин, уплаченных при ввозе" (a flow after a participle and "при" is its circumstance). After: 30 of 30.
Batch 22, 15 (written after batch 21 passed): a partner in one sentence beside another subject's figure in the next,
services beside goods, one figure restated in another currency or by another speaker (7 negatives, 8 positives).
On the rules of batch 21: 12 of 15 (on 1.41.109: 10) — "с учетом услуг" read as services, ", в российских рублях —
4,3 трлн" a second fact. After: 14 of 15 ("с учетом/включая услуг" is the total as stated; an amount after a gap
that names a currency restates the one before); the one left is a strict xfail in MISSED.
Batch 23, 11 (written after batch 22): the wordings of batches 20–22 as other writers put them ("наукоёмкой",
"автозавод", "«…» — увеличил", "НДС, уплаченного при импорте", "в т. ч.", "а в пересчете на российские рубли")
beside the pair's figures in the same words (5 negatives, 6 positives). On the rules of batch 22: 9 of 11 (on
1.41.109: 5) — "в т. ч." not read as "в том числе", a currency gap of two words after "на". After: 11 of 11.
All 251 on 1.41.107: 184 (negatives clean 83 of 144, positives right 91 of 97, headlines 10 of 10); after: 245 of
251 (negatives 141 of 144, positives 94 of 97, headlines 10 of 10; the six left are strict xfails in MISSED)."""

import pytest

from tests.extract.fact_scope_grid_7 import (
    HEADLINED_7,
    HEADLINED_8,
    HEADLINED_9,
    POSITIVES_7,
    POSITIVES_8,
    POSITIVES_9,
    POSITIVES_10,
)
from tests.extract.fact_scope_grid_8 import (
    HEADLINED_13,
    POSITIVES_11,
    POSITIVES_12,
    POSITIVES_15,
    POSITIVES_16,
    POSITIVES_17,
    POSITIVES_18,
    POSITIVES_19,
)
from tests.extract.fact_scope_grid_9 import (
    POSITIVES_20,
    POSITIVES_21,
    POSITIVES_22,
    POSITIVES_23,
)
from tests.extract.rules_helpers import grouped_params, known_miss
from tests.extract.test_fact_scope_grammar import scoped, wanted

MISSED: dict[str, str] = {
    "Посол Казахстана посетил Омскую область. Экспорт региона": "a region's export with no partner in its "
        "sentence takes the visit's pair; tuned passages count a bare 'товарооборот' after a visit as the pair's, "
        "so telling an owner's total apart is left (an attach question)",
    "В Минске губернатор Брянской области рассказал": "the venue (Minsk) is read as 'региона' and the pair made "
        "from it: left to the rules of places (attach)",
    "Экспорт нашей республики в Казахстан": "'нашей республики' with no article around it to say which: left "
        "unresolved (a = null), as on 1.41.107; a place question, not a spurious fact",
    "Белорусская мебель в Москве продается": "a product named as the topic before a colon, a bare 'поставки' after "
        "it: a rule for it dropped a tuned fact ('берет в крае металл: общий экспорт в альпийскую страну')",
    "Экспорт услуг Беларуси в Россию вырос на 10 %, товаров": "the goods' change given elliptically after a "
        "services flow ('товаров — на 5 %') has no flow word of its own and stays in the services' segment, "
        "dropped with it: a recall construct (a segment for an elliptic general-goods item)",
}


POSITIVES = {**POSITIVES_7, **POSITIVES_8, **POSITIVES_9, **POSITIVES_10, **POSITIVES_11,
             **POSITIVES_12, **POSITIVES_15, **POSITIVES_16,
             **POSITIVES_17, **POSITIVES_18, **POSITIVES_19, **POSITIVES_20, **POSITIVES_21,
             **POSITIVES_22, **POSITIVES_23}



@pytest.mark.parametrize("text, expected", grouped_params(POSITIVES, MISSED))
def test_the_pairs_fact(text, expected):
    assert scoped(text) == wanted(expected)


@pytest.mark.parametrize("title, text, expected", [
    pytest.param(*case, id=f"headline-{i}", marks=known_miss(MISSED, case[1]))
    for i, case in enumerate(HEADLINED_7 + HEADLINED_8 + HEADLINED_9 + HEADLINED_13)])
def test_pair_from_the_headline(title, text, expected):
    assert scoped(text, title=title) == wanted(expected)
