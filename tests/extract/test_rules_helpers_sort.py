"""event_keys / wanted_events sort rows whose dates or sides are missing beside rows that have them."""

from tests.extract.rules_helpers import _none_first, wanted_events


def test_rows_with_missing_dates_sort_beside_dated_ones():
    rows = [("visit", "RU-SMO", "BY-BR", "2024-05-02", "2024-05-02", "held"),
            ("visit", "RU-SMO", "BY-BR", None, None, "planned")]
    assert wanted_events(rows) == [rows[1], rows[0]]


def test_a_missing_side_sorts_first():
    assert sorted([("meeting", "BY", "RU-KRS"), ("meeting", None, "RU-KRS")], key=_none_first)[0][1] is None
