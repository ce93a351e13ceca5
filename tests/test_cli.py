"""The command line: help with examples, exit codes, no half-written files."""
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS


def run(*args, cwd=ROOT, input=None, env=None):
    import os
    full_env = {k: v for k, v in {**os.environ, **(env or {})}.items() if v is not None}
    for k in ("FORCE_COLOR", "NO_COLOR"):
        if k not in (env or {}):
            full_env.pop(k, None)
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, capture_output=True, text=True,
                          input=input, env=full_env)


@pytest.mark.parametrize("cmd", ["graph", "report", "claims"])
def test_every_command_has_help_with_an_example(cmd):
    r = run(cmd, "--help")
    assert r.returncode == 0
    assert "Example" in r.stdout and f"provenance {cmd}" in r.stdout


def test_report_on_seeds():
    r = run("report", "seeds", "--width", "120", "--no-color")
    assert r.returncode == 0, r.stderr
    for words in ("Summary", "Discrepancies (", "Claims carried by more than one article", "Sources and chains",
                  "Likely rewrites", "NTVNews", "Kontan", "Reuters"):
        assert words in r.stdout
    assert r.stdout.index("Summary") < r.stdout.index("Discrepancies (") < r.stdout.index("Sources and chains")
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("width", ["0", "-5", "39", "wide"])
def test_invalid_widths_are_a_usage_error(width):
    r = run("report", "seeds", "--width", width)
    assert r.returncode == 2 and "--width" in r.stderr and not r.stdout


def test_unknown_filter_values_are_a_usage_error():
    r = run("report", "seeds", "--outlet", "No Such Paper")
    assert r.returncode == 2 and "No Such Paper" in r.stderr and "Kontan" in r.stderr


def test_report_json_for_scripts():
    import json
    r = run("report", "seeds", "--format", "json", "--section", "discrepancies", "--min-severity", "medium")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert list(data) == ["discrepancies"]
    assert data["discrepancies"]["items"] and all(i["severity"] in ("high", "medium")
                                                  for i in data["discrepancies"]["items"])


def test_piped_output_is_plain_and_progress_stays_silent():
    r = run("report", "seeds", "--width", "100")
    assert r.returncode == 0
    assert "\x1b[" not in r.stdout and r.stderr == ""


def test_force_color_colours_even_a_pipe():
    r = run("report", "seeds", "--section", "summary", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in r.stdout


def _in_terminal(args, env=None, stderr_tty=False, interrupt_when=None, timeout=120):
    """Run the command with standard output (and optionally standard error) on a 100x40
    pseudo-terminal; with ``interrupt_when``, send SIGINT once the terminal shows that text."""
    import fcntl
    import os
    import pty
    import signal
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    full_env = {**os.environ, "TERM": "xterm-256color", **(env or {})}
    for k in [k for k, v in full_env.items() if v is None]:
        del full_env[k]
    proc = subprocess.Popen([sys.executable, "-m", "provenance", *args], cwd=ROOT, stdout=slave,
                            stderr=slave if stderr_tty else subprocess.PIPE, stdin=subprocess.DEVNULL, env=full_env)
    os.close(slave)
    seen, sent, deadline = b"", False, time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        if interrupt_when and not sent and interrupt_when.encode() in seen:
            proc.send_signal(signal.SIGINT)
            sent = True
    os.close(master)
    err = proc.stderr.read().decode() if proc.stderr else ""
    return proc.wait(timeout=timeout), seen.decode("utf-8", "replace"), err


def test_a_terminal_gets_colour_and_no_color_takes_every_escape_code_away():
    code, out, _ = _in_terminal(["report", "seeds", "--no-pager"], env={"NO_COLOR": None})
    assert code == 0 and "\x1b[" in out  # the control: a terminal gets styles
    code, out, _ = _in_terminal(["report", "seeds", "--no-pager"], env={"NO_COLOR": "1"}, stderr_tty=True)
    assert code == 0 and "Discrepancies (" in out
    assert "\x1b" not in out


def test_ctrl_c_exits_130_with_one_line(tmp_path):
    """Progress shows on a terminal's standard error once the run lasts a second; Ctrl-C then
    ends it with one line and status 130."""
    import re
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(40):
        for f in SEEDS.glob("*.txt"):
            (corpus / f"{i:02d}_{f.name}").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "g.graphml"
    code, screen, _ = _in_terminal(["graph", str(corpus), "-o", str(out)], env={"NO_COLOR": None},
                                   stderr_tty=True, interrupt_when="reading articles")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen).replace("\r", "\n")
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    assert code == 130, text[-2000:]
    assert "reading articles" in text  # the progress bar was there
    assert lines[-1] == "provenance: interrupted"
    assert sum("interrupted" in x for x in lines) == 1 and "Traceback" not in text
    assert not out.exists() and list(tmp_path.iterdir()) == [corpus]


def test_the_pager_shows_the_summary_and_worst_discrepancy_first(tmp_path):
    """What the 100x40 terminal shows first is the top of the report (the pager holds the rest)."""
    fake_pager = tmp_path / "pager.py"
    shown = tmp_path / "shown.txt"
    fake_pager.write_text(f"import sys; open({str(shown)!r}, 'w').write(sys.stdin.read())\n", encoding="utf-8")
    code, _, err = _in_terminal(["report", "seeds"], env={"PAGER": f"{sys.executable} {fake_pager}"})
    assert code == 0, err
    first = shown.read_text(encoding="utf-8").splitlines()[:39]
    assert first[0].startswith("\x1b") and "Summary" in first[0]
    assert any("1. " in x and "HIGH" in x for x in first)


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
    r = run("graph", "seeds", "-o", str(tmp_path / "g.csv"))
    assert r.returncode == 2 and ".graphml" in r.stderr and ".prov.json" in r.stderr and ".html" in r.stderr
    assert run("graph", "seeds").returncode == 2
    assert run("graph", "seeds", "-o", str(tmp_path / "no" / "dir" / "g.graphml")).returncode == 2


def test_no_temporary_files_left_behind(tmp_path):
    out = tmp_path / "g.json"
    assert run("graph", "seeds", "-o", str(out)).returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_claims_on_a_narrow_terminal_keep_the_claim_readable():
    """At 80 columns the claim column still holds whole words: the side columns wrap first."""
    r = run("claims", "seeds/001_f2809c6ccb4da4f9.txt", "--width", "80")
    assert r.returncode == 0
    rows = [line.split("│")[4].strip() for line in r.stdout.splitlines() if line.count("│") >= 8]
    assert rows and max(len(x) for x in rows) >= 20
