"""`tradeboard export`: CSV bytes for Excel, an Excel workbook and Parquet read back, filters, usage errors."""

import csv
import datetime as dt
import io

import duckdb
import openpyxl
import pyarrow.parquet as pq

from etl.export import EXPORT_COLUMNS
from tests.conftest import run_cli


def _db_with_formula(tmp_path, sample_db):
    """A copy of the sample warehouse with one quote that a spreadsheet would run."""
    db = tmp_path / "x.duckdb"
    db.write_bytes(sample_db.read_bytes())
    with duckdb.connect(str(db)) as con:
        con.execute("""UPDATE facts SET quote = '=HYPERLINK("http://evil")', notes = '-1+1'
                       WHERE fact_id = (SELECT min(fact_id) FROM facts WHERE pair = 'BY-HM~RU-MOW')""")
    return db


def test_csv_is_excel_ready_and_formula_safe(tmp_path, sample_db):
    db, out = _db_with_formula(tmp_path, sample_db), tmp_path / "out.csv"
    proc = run_cli("export", "--db", str(db), "--pair", "RU-MOW~BY-HM", "--metric", "turnover", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    assert rows and {r["pair"] for r in rows} == {"BY-HM~RU-MOW"} and {r["metric"] for r in rows} == {"turnover"}
    assert {"url", "title", "published", "quote", "value_usd", "fx_rate"} <= set(rows[0])
    assert "'=HYPERLINK(\"http://evil\")" in [r["quote"] for r in rows]
    assert "'-1+1" in [r["notes"] for r in rows]
    seed = next(r for r in rows if r["period_start"] == "2025-01-01" and r["period_end"] == "2025-06-30")
    assert seed["value"] == "1600000000.0" and seed["value_usd"] == "1600000000.0"
    assert seed["title"] == "Кухарев встретился с делегацией Правительства Москвы"


def test_xlsx_opens_with_types_in_any_locale_and_runs_no_formula(tmp_path, sample_db):
    """Excel set to Russian opens a comma CSV in one column; the workbook has typed cells instead:
    numbers, dates, text — and a quote that looks like a formula stays text, unprefixed."""
    db, out = _db_with_formula(tmp_path, sample_db), tmp_path / "out.xlsx"
    proc = run_cli("export", "--db", str(db), "--pair", "RU-MOW~BY-HM", "--metric", "turnover", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    ws = openpyxl.load_workbook(out).active
    assert (ws.title, ws.freeze_panes) == ("facts", "A2")
    rows = [[c for c in r] for r in ws.iter_rows()]
    header = [c.value for c in rows[0]]
    assert header == list(EXPORT_COLUMNS)
    cells = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    assert cells and {c["pair"].value for c in cells} == {"BY-HM~RU-MOW"}
    evil = [c["quote"] for c in cells if "HYPERLINK" in str(c["quote"].value)]
    assert [(q.value, q.data_type) for q in evil] == [('=HYPERLINK("http://evil")', "s")]
    assert [c["notes"].value for c in cells if c["notes"].value == "-1+1"] == ["-1+1"]
    seed = next(c for c in cells if c["period_end"].value == dt.datetime(2025, 6, 30))
    assert seed["value"].value == 1.6e9 and seed["value"].data_type == "n"
    assert seed["period_start"].is_date and seed["period_start"].value == dt.datetime(2025, 1, 1)
    assert seed["title"].value == "Кухарев встретился с делегацией Правительства Москвы"
    n_csv = run_cli("export", "--db", str(db), "--pair", "RU-MOW~BY-HM", "--metric", "turnover",
                    "-o", str(tmp_path / "same.csv"))
    assert n_csv.returncode == 0 and len(cells) == len((tmp_path / "same.csv").read_bytes().split(b"\r\n")) - 2


def test_parquet_reads_back_with_types(tmp_path, sample_db):
    out = tmp_path / "out.parquet"
    proc = run_cli("export", "--db", str(sample_db), "--status", "reported", "--from", "2025", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    assert table.num_rows > 0
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("period_end").type).startswith("date32")
    assert set(table.column("status").to_pylist()) == {"reported"}
    assert min(d for d in table.column("period_end").to_pylist() if d).year >= 2025


def test_region_filter_matches_either_side(tmp_path, sample_db):
    out = tmp_path / "r.csv"
    assert run_cli("export", "--db", str(sample_db), "--region", "RU-MOW", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes()[3:].decode("utf-8"), newline="")))
    assert rows and all("RU-MOW" in (r["a"], r["b"]) for r in rows)


def test_bad_filter_or_file_type_is_a_usage_error(tmp_path, sample_db):
    for args, msg in ((["--pair", "Minsk"], "pair 'Minsk'"), (["--metric", "gdp"], "metric 'gdp'"),
                      (["--to", "yesterday"], "--to 'yesterday'")):
        proc = run_cli("export", "--db", str(sample_db), *args, "-o", str(tmp_path / "o.csv"))
        assert proc.returncode == 2 and msg in proc.stderr
    proc = run_cli("export", "--db", str(sample_db), "-o", str(tmp_path / "o.txt"))
    assert proc.returncode == 2 and "o.txt: the file name must end in .csv, .xlsx or .parquet" in proc.stderr
    assert not (tmp_path / "o.txt").exists()
    proc = run_cli("export", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "o.csv"))
    assert proc.returncode == 2 and "run `tradeboard build` first" in proc.stderr
