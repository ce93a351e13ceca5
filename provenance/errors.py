"""Coded messages and one exception hierarchy (after spaCy's errors.py).

A bad input file never stops the run: it becomes a ``Skipped`` record with
its path, code and reason, which the CLI prints as one line.
"""
from __future__ import annotations

from dataclasses import dataclass


class Messages:
    P000 = "internal error: {detail} (run with -v for details)"
    P001 = "no such file or folder"
    P002 = "no article files (.txt, .html, .htm) in this folder"
    P003 = "not text in any encoding we can read ({detail})"
    P004 = "empty file"
    P005 = "binary file, not text"
    P006 = "cannot read: {detail}"
    P007 = "no article text left after removing page furniture"
    P008 = "too large: {size}, over the limit of {limit} (Settings.max_article_bytes)"
    P009 = "not a regular file or folder ({kind}): nothing read from it"
    P010 = "{path} exists; pass --force to overwrite it"
    P011 = "cannot write {path}: {detail}"
    P012 = "unknown output format {suffix!r} for {path}: use {formats}"
    P013 = "two inputs share the name {name}: {first} and {second}"
    P014 = "{path} is a folder: name the file to write, ending in {formats}"
    P015 = "no article text found in this HTML page"
    P016 = "left out after an internal error in the pipeline: {detail}"
    P017 = "no articles could be read; nothing written"
    P018 = "no articles could be read"
    P020 = "{path} is not a provenance store ({detail})"
    P021 = "{path} was written by a newer provenance (store version {found}; this one reads up to {known})"
    P022 = "no store at {path}: `provenance add PATH... --store {path}` makes one"
    P023 = "no stored article {what}"
    P024 = ("{path} holds articles extracted by another version of provenance: "
            "`provenance add --store {path}` extracts them again")


class ProvenanceError(Exception):
    """Base class of the errors this package raises on purpose."""

    code = "P000"

    def __init__(self, code: str, **fmt):
        self.code = code
        self.message = getattr(Messages, code).format(**fmt)
        super().__init__(f"[{code}] {self.message}")


class InputError(ProvenanceError):
    """An input path cannot be used."""


class OutputError(ProvenanceError):
    """An output cannot be written."""


class StoreError(ProvenanceError):
    """A claim store cannot be used (provenance/store.py)."""


@dataclass(frozen=True)
class Skipped:
    """An input the pipeline left out, and why."""

    path: str
    code: str
    reason: str

    def line(self) -> str:
        return f"{self.path}: {self.reason} [{self.code}]"
