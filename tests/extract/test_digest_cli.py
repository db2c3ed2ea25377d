"""bench.extract_digest's command line: an option is never taken for the output file's name (three helpers lost a
run to a file called "--help"), and --compare tells equal and differing digests apart."""

import json
import subprocess
import sys

from tests.extract.conftest import TESTS

ROOT = TESTS.parent


def _run(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "bench.extract_digest", *args], cwd=tmp_path, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_help_prints_the_usage_and_writes_nothing(tmp_path):
    proc = _run(tmp_path, "--help")
    assert proc.returncode == 0 and "--compare" in proc.stdout
    assert list(tmp_path.iterdir()) == []
    assert _run(tmp_path, "--bogus").returncode == 2 and list(tmp_path.iterdir()) == []


def test_compare_tells_equal_from_differing(tmp_path):
    rows = [{"id": "a", "facts": [], "events": []}, {"id": "b", "facts": [{"value": 1}], "events": []}]
    a, b, c = (tmp_path / n for n in ("a.jsonl", "b.jsonl", "c.jsonl"))
    a.write_text("".join(json.dumps(r) + "\n" for r in rows))
    b.write_text(a.read_text())
    rows[1]["facts"][0]["value"] = 2
    c.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert _run(tmp_path, "--compare", str(a), str(b)).returncode == 0
    proc = _run(tmp_path, "--compare", str(a), str(c))
    assert proc.returncode == 1 and "1 differ (facts in 1, events in 0)" in proc.stdout
