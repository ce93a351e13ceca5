"""The command line at its edges: outputs checked before any analysis, inputs that are
not files, every article of a folder, and a code on every message."""
import json
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=ROOT, capture_output=True, text=True,
                          input="", timeout=timeout)


def slow_input(tmp_path):
    """An input whose skip line shows that the analysis ran (the check came too late)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    return str(tmp_path / "in")


@pytest.mark.parametrize("output, code, words", [
    ("existing_folder", "P014", "is a folder"),
    ("folder.graphml", "P014", "is a folder"),
    ("no/such/dir/g.graphml", "P011", "does not exist"),
    ("a_file/g.graphml", "P011", "is not a folder"),
    ("g.csv", "P012", "unknown output format '.csv'"),
    ("g", "P012", "unknown output format ''"),
])
def test_a_bad_output_is_refused_before_any_analysis(tmp_path, output, code, words):
    (tmp_path / "existing_folder").mkdir()
    (tmp_path / "folder.graphml").mkdir()
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    r = run("graph", slow_input(tmp_path), "-o", str(tmp_path / output))
    assert r.returncode == 2
    assert words in r.stderr and f"[{code}]" in r.stderr
    assert "skipped" not in r.stderr  # nothing was read
    assert "Traceback" not in r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_on_the_command_line_is_skipped_and_the_run_finishes(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    out = tmp_path / "g.graphml"
    r = run("graph", str(SEEDS / "001_f2809c6ccb4da4f9.txt"), str(tmp_path / "pipe.txt"), "-o", str(out), timeout=120)
    assert r.returncode == 1 and out.exists()
    assert re.search(r"skipped .*pipe\.txt: not a regular file or folder \(a FIFO\).*\[P009\]", r.stderr)


def test_claims_on_a_folder_shows_every_article(tmp_path):
    r = run("claims", str(SEEDS), "--json")
    assert r.returncode == 0, r.stderr
    shown = {json.loads(line)["article"] for line in r.stdout.splitlines()}
    assert shown == {p.name for p in SEEDS.glob("*.txt")}
    r = run("claims", str(SEEDS), "--width", "140")
    assert r.returncode == 0
    for p in SEEDS.glob("*.txt"):
        assert p.name in r.stdout


def test_claims_shows_how_a_file_was_read(tmp_path):
    p = tmp_path / "cp1252.txt"
    p.write_bytes((SEEDS / "001_f2809c6ccb4da4f9.txt").read_text(encoding="utf-8").encode("cp1252", "replace"))
    r = run("claims", str(p), "--width", "160")
    assert r.returncode == 0, r.stderr
    assert "read as" in r.stdout and "cp1252" in r.stdout


def test_every_problem_line_names_the_file_and_its_code(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "nav.html").write_text("<html><body></body></html>", encoding="utf-8")
    r = run("graph", str(tmp_path), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "g.json"))
    assert r.returncode == 1
    lines = [x for x in r.stderr.splitlines() if x.startswith("provenance:")]
    assert lines
    for line in lines:
        assert re.search(r"\[P\d{3}\]$", line), line
    for name in ("empty.txt", "binary.txt", "nav.html", "missing.txt"):
        assert any(name in x for x in lines), name
    assert any("no articles could be read" in x for x in lines)
