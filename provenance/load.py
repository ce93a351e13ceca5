"""Reading the input: files or folders of ``.txt`` articles.

The text is read exactly as ``Path.read_text(encoding="utf-8")`` reads it
(universal newlines), so every offset the tool reports slices the same text
a user gets from Python. A file that cannot be an article (missing, empty,
binary, not UTF-8) becomes a ``Skipped`` record; the others go on.
"""
from __future__ import annotations

import re
from pathlib import Path

from .doc import Article
from .errors import Messages, Skipped

SUFFIXES = (".txt",)
# A text file has no NUL bytes and few control characters.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_article_text(path: Path) -> tuple[str | None, Skipped | None]:
    """The text of one file, or why it cannot be an article."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, Skipped(str(path), "P006", Messages.P006.format(detail=exc.strerror or exc))
    if not raw.strip():
        return None, Skipped(str(path), "P004", Messages.P004)
    if b"\x00" in raw[:65536]:
        return None, Skipped(str(path), "P005", Messages.P005)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, Skipped(str(path), "P003", Messages.P003.format(detail=f"byte {exc.start}"))
    if len(_CONTROL.findall(text[:65536])) > MAX_CONTROL_SHARE * min(len(text), 65536):
        return None, Skipped(str(path), "P005", Messages.P005)
    # as Path.read_text does: universal newlines
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, Skipped(str(path), "P004", Messages.P004)
    return text, None


def expand_paths(paths: list[str | Path]) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """(file, display path) for every article file under the given paths, in a stable order.

    A folder contributes its ``.txt`` files (recursively), each shown relative
    to the folder; a file is shown as given.
    """
    files: list[tuple[Path, str]] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        if not p.exists():
            skipped.append(Skipped(str(p), "P001", Messages.P001))
            continue
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                skipped.append(Skipped(str(p), "P002", Messages.P002))
            for f in found:
                r = f.resolve()
                if r not in seen:
                    seen.add(r)
                    files.append((f, f.relative_to(p).as_posix()))
        else:
            r = p.resolve()
            if r not in seen:
                seen.add(r)
                files.append((p, p.as_posix()))
    return files, skipped


def article_id(display: str, taken: set[str]) -> str:
    """A stable, readable id from the display path (Cytoscape shows ids as names)."""
    stem = re.sub(r"\.txt$", "", display, flags=re.I)
    base = "article:" + re.sub(r"[^\w.\-/]+", "_", stem)
    aid, k = base, 2
    while aid in taken:
        aid, k = f"{base}~{k}", k + 1
    taken.add(aid)
    return aid


def load(paths: list[str | Path]) -> tuple[list[Article], list[Skipped]]:
    files, skipped = expand_paths(paths)
    articles = []
    taken: set[str] = set()
    for f, display in files:
        text, skip = read_article_text(f)
        if skip is not None:
            skipped.append(Skipped(str(f), skip.code, skip.reason))
            continue
        articles.append(Article(article_id(display, taken), display, text))
    return articles, skipped
