"""The cue table and the stem prefilter every event rule relies on (etl/extract/event_cues.py): rows that
parse, and no cue word that the prefilter would skip, on the tuned passages and the one-line rules."""

from tests.extract.events.common import composed

CASES = composed("BY_DAY_MAY")   # the one-line rules once of test_event_rules.py, published 2025-05-20


def test_cue_table_rows_parse():
    """Every row of event_cues.csv has its three fields (a pattern with an unquoted comma would split
    into a wrong role) and a known role."""
    import csv

    from etl.reference import reference_dir

    roles = {"visit", "delegation", "host", "meeting", "agreement", "forum", "commission", "sign", "planned",
             "planned_before", "posting", "session", "speech", "attended"}
    with (reference_dir() / "event_cues.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["cue", "role", "note"]
    for row in rows[1:]:
        assert len(row) == 3 and row[1] in roles, row


def test_stem_prefilter_finds_every_cue_the_cue_words_find():
    """extract_events looks for cue words only where a stem of events._STEMS starts; a cue word added
    to event_cues.csv without its stem would be missed silently — this fails instead."""
    from etl.extract.event_cues import cue_spots, gate
    from tests.extract.score_events_dev import TUNE, load_gold

    texts = [r["text"] for r in load_gold(TUNE).values()] + [c[0] for c in CASES]
    for text in texts:
        low = text.lower()
        assert {m.start() for m in gate().finditer(low)} <= set(cue_spots(low)), text
