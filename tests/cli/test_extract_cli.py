import json

from tests.conftest import ROOT, run_cli


def test_extract_writes_one_line_per_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "seed", "published": "2025-08-14",
                    "text": "Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд "
                            "долларов, увеличившись на 43,3 % по сравнению с аналогичным периодом прошлого "
                            "года."}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "none", "published": "2025-08-14", "text": "Погода в Минске."},
                     ensure_ascii=False) + "\n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_cli("extract", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["seed", "none"]
    assert rows[1]["facts"] == []
    (fact,) = rows[0]["facts"]
    assert {k: fact[k] for k in ("metric", "a", "b", "value", "currency", "bound", "period_start",
                                 "period_end", "change_pct", "status")} == {
        "metric": "turnover", "a": "BY-HM", "b": "RU-MOW", "value": 1.6e9, "currency": "USD",
        "bound": "gt", "period_start": "2025-01-01", "period_end": "2025-06-30", "change_pct": 43.3,
        "status": "reported"}
    assert set(fact) >= {"quote", "quote_start", "quote_end", "notes"}


def test_extract_of_a_missing_file_is_an_error(tmp_path):
    proc = run_cli("extract", str(tmp_path / "nope.jsonl"))
    assert proc.returncode == 1
    assert "nope.jsonl" in proc.stderr


def test_usage_error_exits_2():
    proc = run_cli("frobnicate")
    assert proc.returncode == 2


def test_extract_over_the_sample_passages(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_cli("extract", str(ROOT / "data" / "sample" / "dev-passages.jsonl"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 148
