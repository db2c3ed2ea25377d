"""Issue 10, points 5, 6 and 10 through the real CLI: confirmation by sources, filters that never
fail silently, the analyst's names and series key."""

from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import run_cli


def rows_of(path):
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_period_less_reports_never_confirm_each_other(hdb, tmp_path):
    out = tmp_path / "two.csv"
    proc = run_cli("export", "--db", str(hdb), "--min-sources", "2", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = rows_of(out)
    # Only Grodno–St Petersburg 2024 (1.000 and 1.005 bn, 0.5 % apart) is confirmed by two sources;
    # Belarus–Bryansk ≈1 bn and 650 M without periods are not "the same figure".
    assert sorted(r["fact_id"] for r in rows) == ["N15-014", "N16-015"]


@pytest.mark.parametrize("code,nearest", [("BY-ZZ", "BY-"), ("BY-GR", "BY-HR (Grodno Region)")])
def test_unknown_region_is_a_usage_error_naming_the_nearest(hdb, tmp_path, code, nearest):
    out = tmp_path / "r.csv"
    proc = run_cli("export", "--db", str(hdb), "--region", code, "-o", str(out))
    assert proc.returncode == 2
    assert f"region {code!r}" in proc.stderr and "nearest: " + nearest in proc.stderr
    assert not out.exists()


def test_unknown_code_in_a_pair_is_a_usage_error(hdb, tmp_path):
    proc = run_cli("export", "--db", str(hdb), "--pair", "BY-GR~RU-MOW", "-o", str(tmp_path / "p.csv"))
    assert proc.returncode == 2 and "BY-HR" in proc.stderr


def test_regions_lists_codes_with_both_names():
    proc = run_cli("regions", "гродн")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["BY-HR\tГродненская область\tGrodno Region"]
    everything = run_cli("regions").stdout.splitlines()
    assert "RU-SMO\tСмоленская область\tSmolensk Oblast" in everything and len(everything) > 100
    assert run_cli("regions", "no-such-place").returncode == 1


def test_date_filter_says_how_many_period_less_facts_it_left_out(hdb, tmp_path):
    proc = run_cli("export", "--db", str(hdb), "--from", "2020", "-o", str(tmp_path / "d.csv"))
    assert proc.returncode == 0
    assert "left out 2 facts without a period" in proc.stderr
    plain = run_cli("export", "--db", str(hdb), "-o", str(tmp_path / "all.csv"))
    assert "without a period" not in plain.stderr


def test_names_beside_codes_and_the_series_key(hdb, tmp_path):
    out = tmp_path / "n.csv"
    assert run_cli("export", "--db", str(hdb), "--region", "RU-TA", "-o", str(out)).returncode == 0
    rows = rows_of(out)
    head = list(rows[0])
    assert head[head.index("a"):head.index("a") + 6] == ["a", "a_name_ru", "a_name_en", "b", "b_name_ru",
                                                         "b_name_en"]
    tat = next(r for r in rows if r["metric"] == "import")
    assert (tat["a_name_ru"], tat["a_name_en"], tat["b_name_ru"], tat["b_name_en"]) == (
        "Республика Татарстан", "Republic of Tatarstan", "Беларусь", "Belarus")
    china = next(r for r in rows if r["b"] == "RU-TA" or r["a"] == "CN")
    assert china["a_name_ru"] == "Китай"
    assert tat["series_key"] == "BY~RU-TA|import|RU-TA|BY|2024-01-01|2024-12-31|reported"
    assert tat["series_n_sources"] == "1"


def test_series_key_collapses_two_reports_of_one_figure(hdb, tmp_path):
    out = tmp_path / "s.csv"
    assert run_cli("export", "--db", str(hdb), "--pair", "BY-HR~RU-SPE", "-o", str(out)).returncode == 0
    rows = rows_of(out)
    assert len(rows) == 2 and len({r["series_key"] for r in rows}) == 1
    assert {r["series_n_sources"] for r in rows} == {"2"}


def test_download_page_shows_the_period_less_facts_it_leaves_out(app_factory, hdb):
    at = app_factory("download", db=hdb, lang="en", **{"from": "2020"}).run()
    assert not at.exception
    assert any("leaves out 2 facts without a stated period" in i.value for i in at.info)
    plain = app_factory("download", db=hdb, lang="en").run()
    assert not any("without a stated period" in i.value for i in plain.info)
