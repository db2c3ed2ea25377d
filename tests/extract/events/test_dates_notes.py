"""An event's notes tell where its date came from: an event first told without a date and dated where the article
tells it again ("… посетил Гродненскую область. Визит состоялся 12 сентября") no longer carries its first
sentence's "date not stated" beside the date it got (the Sources page and the export show the notes).

Composed sentences, written before the extractor ran on them: 5 cases, 1 passed before the change (the undated
one), 5 after."""

import datetime as dt

import pytest

from etl.extract import extract_events

PUB = dt.date(2025, 10, 20)

DATED_AGAIN = [
    "Губернатор Смоленской области посетил Гродненскую область. Визит состоялся 12 сентября.",
    "Могилевская и Тульская области подписали соглашение о сотрудничестве. Подписание состоялось 17 сентября в Туле.",
    "Делегация Псковской области находится с визитом в Витебской области. Визит проходит с 13 по 15 октября.",
    "Руководители Брестской и Калужской областей обсудили сотрудничество. Встреча прошла 8\u00a0октября в режиме "
    "видеоконференции.",
]


@pytest.mark.parametrize("text", DATED_AGAIN)
def test_a_date_told_again_replaces_the_note_that_none_was_stated(text):
    e = extract_events(text, PUB)[0]   # (the signing placed in Tula is also Mogilev's visit there since 1.41.127)
    assert e.date_start is not None
    assert "date not stated" not in e.notes
    assert "dated where" in e.notes


def test_an_event_never_dated_still_says_so():
    (e,) = extract_events("Губернатор Смоленской области посетил Гродненскую область.", PUB)
    assert e.date_start is None and "date not stated" in e.notes
