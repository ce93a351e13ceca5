"""The README's two set-up commands stay true: CI runs the test one verbatim."""
import re

from conftest import ROOT


def commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python3 -m venv .*?)\n```", readme)


def test_readme_has_the_two_setup_commands():
    cmds = commands()
    assert any("provenance report seeds/" in c for c in cmds)
    assert any("pytest" in c for c in cmds)


def test_ci_runs_the_readme_test_command():
    test_cmd = next(c for c in commands() if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci.splitlines()
