"""Terminal conventions: progress on standard error, and a pager for long reports.

``TerminalProgress`` is the ``progress(stage, done, total)`` callback that
``analyze`` takes. It draws a rich progress bar on standard error, only when
standard error is a terminal, and only once the run has lasted
``SHOW_AFTER_SECONDS``: a quick run prints nothing, a pipe or a log file never
gets a bar, and standard output (the report, a JSON document) is never touched.
With ``NO_COLOR`` set or ``TERM=dumb`` there is no bar either.
The bar is transient: it is gone when the run ends or is interrupted.

``open_pager`` shows a long report in a pager when standard output is a terminal, as
git does: ``$PAGER``, else ``less`` with ``LESS=FRX`` unless ``LESS`` is set
(quit at once if it fits one screen, keep colours, leave the text on the
screen), so the first screen is the summary and the worst discrepancy, not the
end of the report. ``--no-pager``, ``PAGER=cat`` or a pipe print it directly.
"""
from __future__ import annotations

import io
import os
import shlex
import shutil
import signal
import subprocess
import threading

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

# a run shorter than this shows no progress at all (a bar that flashes is noise)
SHOW_AFTER_SECONDS = 1.0


class TerminalProgress:
    def __init__(self, console: Console | None = None, show_after: float = SHOW_AFTER_SECONDS):
        self.console = console or Console(stderr=True)
        # NO_COLOR and TERM=dumb ask for a quiet terminal: a bar redraws itself with escape codes
        quiet = os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb"
        self.enabled = self.console.is_terminal and not quiet
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                  MofNCompleteColumn(), TimeElapsedColumn(), console=self.console, transient=True)
        self._task = None
        self._timer = threading.Timer(show_after, self._start)
        self._timer.daemon = True
        self._lock = threading.Lock()
        self._started = self._stopped = False

    def __enter__(self) -> TerminalProgress:
        if self.enabled:
            self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        with self._lock:
            self._stopped = True
            if self._started:
                self._progress.stop()

    def _start(self) -> None:
        with self._lock:
            if not self._stopped and not self._started:
                self._started = True
                self._progress.start()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._task is None:
            self._task = self._progress.add_task(stage, total=total or None)
        self._progress.update(self._task, description=stage, completed=done, total=total or None)


def pager_command() -> list[str] | None:
    """The pager to use: $PAGER (empty or 'cat' for none), else less if installed."""
    env = os.environ.get("PAGER")
    if env is not None:
        cmd = shlex.split(env)
        return None if not cmd or cmd[0] == "cat" else cmd
    less = shutil.which("less")
    return [less] if less else None


class Pager:
    """A running pager: write to ``stdin`` (text), then ``close`` waits for it to end.

    Ctrl-C belongs to the pager while it runs (less uses it to stop a search), as in git;
    a reader that quits early makes the next write raise BrokenPipeError."""

    def __init__(self, proc: subprocess.Popen, previous_sigint):
        self.proc = proc
        self.stdin = io.TextIOWrapper(proc.stdin, encoding="utf-8", errors="replace", line_buffering=False)
        self._previous = previous_sigint

    def close(self) -> None:
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        self.proc.wait()
        signal.signal(signal.SIGINT, self._previous)


def open_pager() -> Pager | None:
    """Start the pager (``$PAGER``, else less with ``LESS=FRX`` unless LESS is set), or None."""
    cmd = pager_command()
    if cmd is None:
        return None
    env = {**os.environ}
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, env=env)
    except OSError:
        signal.signal(signal.SIGINT, previous)
        return None
    return Pager(proc, previous)
