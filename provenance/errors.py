"""Coded messages and one exception hierarchy (after spaCy's errors.py).

A bad input file never stops the run: it becomes a ``Skipped`` record with
its path, code and reason, which the CLI prints as one line.
"""
from __future__ import annotations

from dataclasses import dataclass


class Messages:
    P001 = "no such file or folder"
    P002 = "no .txt articles in this folder"
    P003 = "not UTF-8 text ({detail})"
    P004 = "empty file"
    P005 = "binary file, not text"
    P006 = "cannot read: {detail}"
    P007 = "no article text left after removing page furniture"
    P010 = "{path} exists; pass --force to overwrite it"
    P011 = "cannot write {path}: {detail}"
    P012 = "unknown output format {suffix!r}: use {formats}"
    P013 = "two inputs share the name {name}: {first} and {second}"
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
