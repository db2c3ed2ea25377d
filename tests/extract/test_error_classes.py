"""tests/extract/error_classes.py pairs a passage's errors the way a reader would."""

from tests.extract.error_classes import classify

_GOLD = {"metric": "turnover", "a": "BY", "b": "RU", "value": 1e9, "currency": "USD", "bound": "eq",
         "period_start": "2024-01-01", "period_end": "2024-12-31", "change_pct": None, "status": "reported"}


def test_a_core_match_with_a_wrong_period_is_one_wrong_period():
    pred = [{**_GOLD, "period_start": "2023-01-01", "period_end": "2023-12-31"}]
    assert classify({"facts": [_GOLD]}, pred) == {"wrong period": 1}


def test_the_right_value_under_another_pair_is_wrong_places_and_another_flow_wrong_metric():
    assert classify({"facts": [_GOLD]}, [{**_GOLD, "b": "KZ"}]) == {"wrong places": 1}
    assert classify({"facts": [_GOLD]}, [{**_GOLD, "metric": "export"}]) == {"wrong metric": 1}


def test_leftovers_are_spurious_or_missed_and_optional_facts_count_for_nothing():
    change_only = {**_GOLD, "value": None, "currency": None, "change_pct": 12.0}
    other = {**_GOLD, "value": 5e6}
    assert classify({"facts": [change_only]}, [other]) == {"missed change-only": 1, "spurious": 1}
    assert classify({"facts": []}, [other]) == {"spurious (negative passage)": 1}
    assert classify({"facts": [{**other, "optional": True}]}, [other]) == {}
    assert classify({"facts": [_GOLD]}, [dict(_GOLD)]) == {}


def test_event_classes_of_a_validation_set_are_counts_by_type_and_never_a_passage(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = "Губернатор Брянской области встретился с послом России в Беларуси. Погода была тёплой."
    gold = {"type": "meeting", "a": "RU-BRY", "b": "RU", "date_start": None, "date_end": None,
            "status": "held"}
    extra = {"id": "n1", "published": "2025-03-04", "text": "Снег выпал в горах Тибета.", "facts": [],
             "events": []}
    path = tmp_path / "validation-mini.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "p1", "published": "2025-03-04", "text": text, "facts": [], "events": [gold, {
            **gold, "type": "agreement", "a": "RU-BRY", "b": "BY-HO", "status": "planned"}]}, extra)),
        encoding="utf-8")
    run = [sys.executable, "-m", "tests.extract.event_error_classes", "--gold", str(path)]
    out = subprocess.run(run, cwd=root, capture_output=True, text=True, check=True).stdout
    assert "event not found: agreement\n" in out
    assert "погода" not in out.lower() and "RU-BRY" not in out
    refused = subprocess.run([*run, "--list", "event not found"], cwd=root, capture_output=True, text=True)
    assert refused.returncode == 2 and "RU-BRY" not in refused.stdout
