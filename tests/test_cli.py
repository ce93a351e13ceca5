"""The command line: help with examples, exit codes, no half-written files."""
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS


def run(*args, cwd=ROOT, input=None):
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, capture_output=True, text=True,
                          input=input)


@pytest.mark.parametrize("cmd", ["graph", "report", "claims"])
def test_every_command_has_help_with_an_example(cmd):
    r = run(cmd, "--help")
    assert r.returncode == 0
    assert "Example" in r.stdout and f"provenance {cmd}" in r.stdout


def test_report_on_seeds():
    r = run("report", "seeds", "--width", "120", "--no-color")
    assert r.returncode == 0, r.stderr
    for words in ("Articles", "Claims carried by more than one article", "Sources and chains", "Discrepancies",
                  "Likely rewrites", "NTVNews", "Kontan", "Reuters"):
        assert words in r.stdout
    assert "Traceback" not in r.stderr


def test_claims_of_one_article():
    r = run("claims", "seeds/001_f2809c6ccb4da4f9.txt", "--width", "160")
    assert r.returncode == 0
    assert "Kontan" in r.stdout and "Xi Jinping" in r.stdout and "sahabat baja" in r.stdout


def test_claims_json_lines_slice_the_file():
    import json
    r = run("claims", "seeds/001_f2809c6ccb4da4f9.txt", "--json")
    text = (SEEDS / "001_f2809c6ccb4da4f9.txt").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and all(text[x["start"]:x["end"]] for x in rows)


def test_bad_inputs_are_named_on_one_line_and_the_rest_goes_on(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text((SEEDS / "001_f2809c6ccb4da4f9.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    out = tmp_path / "g.graphml"
    r = run("graph", str(tmp_path), str(tmp_path / "missing"), "-o", str(out))
    assert r.returncode == 1
    assert out.exists()
    lines = [x for x in r.stderr.splitlines() if x.startswith("provenance: skipped")]
    assert len(lines) == 3
    assert any("bad.txt" in x for x in lines) and any("empty.txt" in x for x in lines)
    assert any("missing" in x and "no such file" in x for x in lines)
    assert "Traceback" not in r.stderr


def test_nothing_readable_writes_nothing(tmp_path):
    out = tmp_path / "g.graphml"
    r = run("graph", str(tmp_path / "nope"), "-o", str(out))
    assert r.returncode == 1 and not out.exists()


def test_existing_output_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "g.graphml"
    out.write_text("precious", encoding="utf-8")
    r = run("graph", "seeds", "-o", str(out), input="")
    assert r.returncode == 2 and "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "precious"
    r = run("graph", "seeds", "-o", str(out), "--force")
    assert r.returncode == 0 and out.read_text(encoding="utf-8").startswith("<?xml")


def test_usage_errors_exit_2(tmp_path):
    assert run("graph", "seeds", "-o", str(tmp_path / "g.csv")).returncode == 2
    assert run("graph", "seeds").returncode == 2
    assert run("graph", "seeds", "-o", str(tmp_path / "no" / "dir" / "g.graphml")).returncode == 2


def test_no_temporary_files_left_behind(tmp_path):
    out = tmp_path / "g.json"
    assert run("graph", "seeds", "-o", str(out)).returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]
