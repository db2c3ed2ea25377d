"""Extraction rules, places: the speaker of a quotation that runs over several sentences.

"«В прошлом году мы вышли на 1,2 млрд долларов товарооборота с Казахстаном. Это не предел», — отметил министр
промышленности Беларуси": the speaker's place is named only after the quotation closes, sentences later, yet it is
a side of every figure in the quotation, as it is when the quotation is one sentence (docs/extraction.md, "The
speaker of a quote reports every figure in it"). Before this rule a figure in any but the quotation's last sentence
had one side only and was dropped. Composed (ours, written before the rule ran on them, 2026-12-07; the first found
in a blind-written set). Before the rule (1.41.123): 4 of 8 as written; after: 8 of 8.
"""

import datetime as dt

import pytest

from etl.extract import extract

PUB = dt.date(2025, 11, 10)


def _rows(text):
    out = []
    for f in extract(text, PUB):
        sides = frozenset((f.a, f.b)) if f.metric == "turnover" else (f.a, f.b)
        out.append((f.metric, sides, f.value, f.change_pct, f.period_start.isoformat() if f.period_start else None))
    return sorted(out, key=repr)


CASES = [
    pytest.param("«В прошлом году мы вышли на 1,2 млрд долларов товарооборота с Казахстаном. Это не предел», — "
                 "отметил министр промышленности Беларуси.",
                 [("turnover", frozenset({"BY", "KZ"}), 1.2e9, None, "2024-01-01")], id="two-sentences"),
    pytest.param("«Товарооборот с Беларусью в 2024 году вырос на 14 % и превысил 600 млн долларов. Мы планируем и "
                 "дальше наращивать поставки», — сказал губернатор Тульской области.",
                 [("turnover", frozenset({"RU-TUL", "BY"}), 6e8, 14.0, "2024-01-01")], id="governor-region"),
    pytest.param("«Мы довольны динамикой. Экспорт в Узбекистан в 2024 году вырос в 1,5 раза. Будем работать "
                 "дальше», — рассказал председатель Гомельского облисполкома.",
                 [("export", ("BY-HO", "UZ"), None, 50.0, "2024-01-01")], id="figure-in-the-middle"),
    pytest.param("«Наш экспорт в Казахстан в 2024 году составил 900 млн долларов. Импорт — около 300 млн», — "
                 "сообщил министр промышленности Беларуси.",
                 [("export", ("BY", "KZ"), 9e8, None, "2024-01-01"),
                  ("import", ("BY", "KZ"), 3e8, None, "2024-01-01")], id="export-and-import"),
    # guards
    pytest.param("«Товарооборот Гродненской области с Псковской областью в 2024 году вырос до 95 млн долларов. Это "
                 "хороший результат», — отметил губернатор Псковской области.",
                 [("turnover", frozenset({"BY-HR", "RU-PSK"}), 9.5e7, None, "2024-01-01")], id="own-pair-kept"),
    pytest.param("«Товарооборот в прошлом году вырос до 95 млн долларов. Это хороший результат», — отметил он.",
                 [], id="no-speaker-place"),
    pytest.param("Товарооборот в 2024 году вырос до 95 млн долларов. «Это хороший результат», — отметил губернатор "
                 "Псковской области.", [], id="before-the-quotation"),
    pytest.param("«Сотрудничество развивается. В прошлом году товарооборот с Вьетнамом составил 150 млн долларов», — "
                 "сказал посол. Губернатор Брянской области добавил, что регион готов к новым проектам.",
                 [], id="speaker-without-place-then-another-person"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_speaker_of_a_quotation_over_several_sentences(text, expected):
    assert _rows(text) == sorted(expected, key=repr)


# The partner named by "с" for the quotation's turnover is the partner of its export too; the speaker exports.
# Composed with the rule above; before it (1.41.123) 0 of 2 as written (export KZ → BY).
DIRECTION = [
    pytest.param("«В прошлом году товарооборот с Казахстаном составил 1,2 млрд долларов, экспорт — порядка 900 "
                 "миллионов», — отметил министр промышленности Беларуси.",
                 [("turnover", frozenset({"BY", "KZ"}), 1.2e9, None, "2024-01-01"),
                  ("export", ("BY", "KZ"), 9e8, None, "2024-01-01")], id="one-sentence"),
    pytest.param("«В прошлом году мы вышли на 1,2 млрд долларов товарооборота с Казахстаном, экспорт составил порядка "
                 "900 миллионов. Это не предел», — отметил министр промышленности Беларуси в интервью газете.",
                 [("turnover", frozenset({"BY", "KZ"}), 1.2e9, None, "2024-01-01"),
                  ("export", ("BY", "KZ"), 9e8, None, "2024-01-01")], id="two-sentences"),
]


@pytest.mark.parametrize("text, expected", DIRECTION)
def test_the_speaker_exports_to_the_turnovers_partner(text, expected):
    assert _rows(text) == sorted(expected, key=repr)
