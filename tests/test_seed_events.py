"""The seed article's cooperation events (issue 11): the page's own story and its related headlines,
each related headline dated by its own time line."""

import datetime as dt

from etl.extract import extract_events
from etl.sources import read_path
from tests.conftest import SEED


def _events():
    out = []
    for article in read_path(SEED):
        for e in extract_events(article.body, article.published, article.title):
            out.append((article, e))
    return out


def _pair(e):
    return e.type, frozenset((e.a, e.b))


def test_seed_page_gives_the_four_events_and_nothing_else():
    events = _events()
    got = {_pair(e): e for _, e in events}
    assert len(events) == len(got), "one event told twice (the visit's purpose sentence is the same visit)"
    assert set(got) == {("visit", frozenset({"RU-MOW", "BY-HM"})), ("forum", frozenset({"BY-HM", "RU-MOW"})),
                        ("meeting", frozenset({"BY-HO", "RU-CHE"})), ("forum", frozenset({"BY-HR", "RU-NIZ"}))}


def test_moscow_delegation_visit_to_minsk_held_on_13_august():
    visit = next(e for _, e in _events() if e.type == "visit")
    assert (visit.a, visit.b) == ("RU-MOW", "BY-HM")
    assert (visit.date_start, visit.date_end, visit.status) == (dt.date(2025, 8, 13), dt.date(2025, 8, 13), "held")


def test_days_of_minsk_in_moscow_planned_18_to_21_september():
    forum = next(e for _, e in _events() if _pair(e) == ("forum", frozenset({"BY-HM", "RU-MOW"})))
    assert (forum.date_start, forum.date_end, forum.status) == (dt.date(2025, 9, 18), dt.date(2025, 9, 21), "planned")
    assert "Дней Минска в Москве" in forum.quote


def test_related_headlines_gomel_chelyabinsk_held_in_august_and_small_towns_congress_planned():
    by_pair = {_pair(e): (a, e) for a, e in _events()}
    article, meeting = by_pair[("meeting", frozenset({"BY-HO", "RU-CHE"}))]
    assert meeting.status == "held" and article.published == dt.date(2025, 8, 11)
    assert (meeting.date_start.year, meeting.date_start.month) == (2025, 8)
    _, congress = by_pair[("forum", frozenset({"BY-HR", "RU-NIZ"}))]
    assert congress.status == "planned"


def test_every_quote_is_the_text_at_its_offsets():
    for article, e in _events():
        assert article.body[e.quote_start:e.quote_end] == e.quote
        assert 0 < e.confidence <= 1
