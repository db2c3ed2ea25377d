"""`tradeboard extract` writes events beside facts; `tradeboard export --kind events` writes them with
the facts export's filters and CSV rules."""

import csv
import io
import json

from etl.export import export_bytes
from etl.export_events import read_events
from etl.filters import FilterState
from tests.conftest import run_cli
from tests.warehouse.conftest import write_jsonl

VISIT = {"id": "v1", "published": "2024-03-01", "url": "https://news.by/v1", "title": "=HYPERLINK(\"x\")",
         "text": "Делегация Брестской области 28 февраля прибыла в Смоленск."}


def test_extract_writes_events_on_every_line(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [VISIT, {"id": "n", "published": "2024-03-01", "text": "Погода."}])
    out = tmp_path / "out.jsonl"
    proc = run_cli("extract", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [sorted(r) for r in rows] == [["events", "facts", "id"]] * 2
    (event,) = rows[0]["events"]
    assert {k: event[k] for k in ("type", "a", "b", "date_start", "date_end", "status")} == {
        "type": "visit", "a": "BY-BR", "b": "RU-SMO", "date_start": "2024-02-28", "date_end": "2024-02-28",
        "status": "held"}
    assert rows[1]["events"] == []


def test_export_events_csv_is_excel_safe_and_equals_the_shared_writer(tmp_path):
    db = tmp_path / "t.duckdb"
    assert run_cli("build", "--source", str(write_jsonl(tmp_path / "src" / "a.jsonl", [VISIT])),
                   "--db", str(db)).returncode == 0
    out = tmp_path / "events.csv"
    proc = run_cli("export", "--db", str(db), "--kind", "events", "--region", "BY-BR", "--from", "2024-02",
                   "--type", "visit", "--status", "held", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "wrote 1 events" in proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0]["type"] == "visit" and rows[0]["title"].startswith("'=")
    # the places' names beside their codes, as in the facts export
    assert list(rows[0])[3:9] == ["a", "a_name_ru", "a_name_en", "b", "b_name_ru", "b_name_en"]
    assert [rows[0][k] for k in ("a_name_ru", "a_name_en", "b_name_ru", "b_name_en")] == [
        "Брестская область", "Brest Region", "Смоленская область", "Smolensk Oblast"]
    filters = FilterState(regions=("BY-BR",), date_from=__import__("datetime").date(2024, 2, 1))
    assert export_bytes(read_events(db, filters, ("visit",), ("held",)), "csv") == raw


def test_export_events_xlsx_keeps_text_as_text(tmp_path):
    import openpyxl

    db = tmp_path / "t.duckdb"
    assert run_cli("build", "--source", str(write_jsonl(tmp_path / "src" / "a.jsonl", [VISIT])),
                   "--db", str(db)).returncode == 0
    out = tmp_path / "events.xlsx"
    proc = run_cli("export", "--db", str(db), "--kind", "events", "--region", "BY-BR", "-o", str(out))
    assert proc.returncode == 0 and "wrote 1 events" in proc.stderr, proc.stderr
    ws = openpyxl.load_workbook(out).active
    header, row = ([c for c in r] for r in ws.iter_rows(max_row=2))
    cells = dict(zip((c.value for c in header), row, strict=True))
    assert ws.title == "events" and cells["type"].value == "visit"
    assert cells["title"].data_type == "s" and cells["title"].value.startswith("=")   # text, not a formula
    assert cells["date_start"].is_date


def test_export_events_filters_that_select_nothing(tmp_path, sample_db):
    out = tmp_path / "none.csv"
    proc = run_cli("export", "--db", str(sample_db), "--kind", "events", "--pair", "BY-BR~RU-SMO", "-o", str(out))
    assert proc.returncode == 0 and "wrote 0 events" in proc.stderr


def test_export_events_refuses_fact_only_values(tmp_path, sample_db):
    out = str(tmp_path / "x.csv")
    for args, word in ((["--kind", "events", "--metric", "turnover"], "--metric"),
                       (["--kind", "events", "--status", "reported"], "status"),
                       (["--type", "visit"], "--kind events"),
                       (["--kind", "events", "--type", "party"], "type"),
                       (["--kind", "events", "--reviewed", "only"], "--reviewed")):
        proc = run_cli("export", "--db", str(sample_db), *args, "-o", out)
        assert proc.returncode == 2 and word in proc.stderr, (args, proc.stderr)


def test_default_kind_is_facts(tmp_path, sample_db):
    proc = run_cli("export", "--db", str(sample_db), "-o", str(tmp_path / "f.csv"))
    assert proc.returncode == 0 and "facts to" in proc.stderr
