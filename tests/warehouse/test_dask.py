"""`build --dask local` (a LocalCluster of two worker processes) writes the rows a local build writes."""

import pytest

from tests.conftest import run_cli
from tests.warehouse.test_parallel import _corpus, _dump

pytest.importorskip("dask.distributed")


def test_dask_local_cluster_writes_the_same_rows_as_one_job(tmp_path):
    src = tmp_path / "src"
    _corpus(src)
    one, dask = tmp_path / "one.duckdb", tmp_path / "dask.duckdb"
    assert run_cli("build", "--source", str(src), "--db", str(one), "--jobs", "1").returncode == 1
    proc = run_cli("build", "--source", str(src), "--db", str(dask), "--dask", "local", "--jobs", "2",
                   env={"TRADEBOARD_PARTITION_BYTES": "20000"}, timeout=600)
    assert proc.returncode == 1, proc.stderr  # the corpus's broken line and empty file, as with one job
    assert "b.jsonl:38: not JSON" in proc.stderr and "empty.txt: file is empty" in proc.stderr
    expected = _dump(one)
    assert len(expected["facts"]) > 200 and len(expected["events"]) > 0
    assert _dump(dask) == expected


def test_partition_result_survives_parquet_both_ways(tmp_path):
    from etl.warehouse.dask_build import decode_result, encode_result
    from etl.warehouse.partitions import plan_partitions, read_partition

    src = tmp_path / "src"
    _corpus(src)
    for path in (src / "b.jsonl", src / "page.html", src / "empty.txt"):
        for part in plan_partitions(path, size=30_000):
            result = read_partition(part)
            assert decode_result(encode_result(result)) == result


def test_unreachable_scheduler_is_a_usage_error(tmp_path):
    proc = run_cli("build", "--source", str(tmp_path), "--db", str(tmp_path / "t.duckdb"),
                   "--dask", "tcp://127.0.0.1:9", env={"TRADEBOARD_DASK_TIMEOUT": "3s"}, timeout=120)
    assert proc.returncode == 2 and "--dask tcp://127.0.0.1:9: cannot reach the scheduler" in proc.stderr


def test_export_parquet_dataset_by_year_reads_back_in_duckdb(sample_db, tmp_path):
    import duckdb

    out = tmp_path / "facts"
    proc = run_cli("export", "--db", str(sample_db), "--format", "parquet-dataset", str(out))
    assert proc.returncode == 0, proc.stderr
    file_proc = run_cli("export", "--db", str(sample_db), "-o", str(tmp_path / "all.parquet"))
    assert file_proc.returncode == 0, file_proc.stderr
    years = sorted(p.name for p in out.iterdir())
    assert len(years) > 2 and all(y.startswith("year=") for y in years)
    with duckdb.connect() as con:
        back = con.execute(f"SELECT * EXCLUDE (year), year FROM read_parquet('{out}/**/*.parquet', "
                           "hive_partitioning = true) ORDER BY fact_id").fetchall()
        whole = con.execute(f"SELECT *, year(period_start) FROM read_parquet('{tmp_path / 'all.parquet'}') "
                            "ORDER BY fact_id").fetchall()
        assert back == whole and len(back) > 100
        by_dir = con.execute(f"SELECT count(*) FROM read_parquet('{out}/year=2024/*.parquet')").fetchone()[0]
        assert by_dir == sum(1 for r in whole if r[-1] == 2024) > 0
    again = run_cli("export", "--db", str(sample_db), "--format", "parquet-dataset", str(out))
    assert again.returncode == 2 and "not an empty folder" in again.stderr
