"""`confidence` travels from extraction to the facts table, both export formats and `extract`'s output;
`unsure` follows the committed threshold; a refitted model re-extracts instead of carrying rows over."""

import csv
import io
import json

import duckdb
import pyarrow.parquet as pq

from etl.extract.confidence import load_params, model_id
from tests.conftest import SEED, run_cli
from tests.warehouse.conftest import query


def test_every_built_fact_has_a_confidence_and_unsure_follows_the_threshold(sample_db):
    rows = query(sample_db, "SELECT confidence, unsure FROM facts")
    assert rows and all(c is not None and 0.0 <= c <= 1.0 for c, _ in rows)
    t = load_params().threshold
    assert all(u == (c < t) for c, u in rows)
    info = dict(query(sample_db, "SELECT key, value FROM build_info"))
    assert info["confidence_model"] == model_id() and float(info["confidence_threshold"]) == t


def test_both_export_formats_carry_confidence(tmp_path, sample_db):
    stored = dict(query(sample_db, "SELECT fact_id, confidence FROM facts"))
    csv_out, pq_out = tmp_path / "out.csv", tmp_path / "out.parquet"
    for out in (csv_out, pq_out):
        proc = run_cli("export", "--db", str(sample_db), "-o", str(out))
        assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(csv_out.read_bytes()[3:].decode("utf-8"), newline="")))
    assert rows and {r["fact_id"]: float(r["confidence"]) for r in rows} == stored
    assert {r["unsure"] for r in rows} <= {"True", "False"}
    table = pq.read_table(pq_out)
    assert str(table.schema.field("confidence").type) == "double"
    assert dict(zip(table["fact_id"].to_pylist(), table["confidence"].to_pylist(), strict=True)) == stored


def test_extract_output_carries_confidence(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "seed", "published": "2025-08-14",
                               "text": "Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд "
                                       "долларов."}, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = run_cli("extract", str(src))
    assert proc.returncode == 0, proc.stderr
    (fact,) = json.loads(proc.stdout)["facts"]
    assert isinstance(fact["confidence"], float) and 0.0 < fact["confidence"] < 1.0


def test_refitted_confidence_model_reextracts_instead_of_carrying_rows_over(tmp_path):
    db = tmp_path / "t.duckdb"
    assert run_cli("build", "--source", str(SEED), "--db", str(db)).returncode == 0
    with duckdb.connect(str(db)) as con:  # as if the previous build scored with another model
        con.execute("UPDATE build_info SET value = 'older' WHERE key = 'confidence_model'")
        con.execute("UPDATE facts SET confidence = -1")
    assert run_cli("build", "--source", str(SEED), "--db", str(db)).returncode == 0
    assert query(db, "SELECT status FROM ingest_log WHERE build_id = 2") == [("loaded",)]
    assert query(db, "SELECT count(*) > 0, min(confidence) >= 0 FROM facts") == [(True, True)]
