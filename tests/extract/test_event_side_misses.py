"""tests/extract/event_side_misses.py: each missed label counts once, by its nearest same-type event's sides."""

from tests.extract.event_side_misses import classify, relation


def ev(type_, a, b, start=None, status="held"):
    return {"type": type_, "a": a, "b": b, "date_start": start, "date_end": start, "status": status}


def test_relation_names_how_a_side_differs():
    assert relation("BY", "BY-MI") == "region for the label's country"
    assert relation("BY-MI", "BY") == "country for the label's region"
    assert relation("RU-BRY", "RU-SMO") == "another region"
    assert relation("RU-BRY", "KZ") == "another country"
    assert relation("BY", "BY") == "same"


def test_a_missed_label_is_classed_by_its_nearest_emitted_event():
    row = {"events": [ev("visit", "BY", "RU-BRY"), ev("agreement", "BY-HO", "RU-SMO"), ev("forum", "BY", "RU"),
                      ev("meeting", "BY-HR", "RU-KGD") | {"optional": True}]}
    emitted = [ev("visit", "BY-HO", "RU-BRY"), ev("agreement", "RU-SMO", "BY-HO"), ev("meeting", "BY", "RU")]
    got = classify(row, emitted)
    assert ("visit", ("straight", "region for the label's country", "same"), "dates agree", "status agrees") in got
    assert ("forum", "no event of its type") in got
    assert len(got) == 2   # the agreement matches (sides in either order); the optional meeting is not required
