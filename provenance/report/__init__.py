"""The fact-checker's report: one renderable per section, composed in ``render``.

Sections: a headline count, the articles read, claims carried by several
outlets (each outlet's wording), sources and chains, thin sourcing,
discrepancies with both versions side by side, likely rewrites, suggested
matches to confirm, and the files skipped.
"""
from __future__ import annotations

from rich.console import Console, Group
from rich.rule import Rule

from ..pipeline import Corpus
from .clusters import shared_claims, suggestions
from .discrepancies import discrepancies
from .lineage import derivations
from .sources import provenance_trees, thin_sourcing
from .summary import headline, skipped, summary
from .theme import THEME

__all__ = ["render", "report_group", "make_console", "THEME"]


def report_group(corpus: Corpus, reasons: bool = False, limit: int = 0) -> Group:
    sections = [headline(corpus), summary(corpus), shared_claims(corpus, reasons, limit), provenance_trees(corpus),
                thin_sourcing(corpus), discrepancies(corpus), derivations(corpus), suggestions(corpus), skipped(corpus)]
    out = []
    for s in sections:
        if s is None:
            continue
        if out:
            out.append(Rule(style="muted"))
        out.append(s)
    return Group(*out)


def make_console(width: int | None = None, color: bool | None = None, file=None) -> Console:
    return Console(theme=THEME, width=width, no_color=(color is False), force_terminal=color, file=file,
                   highlight=False, soft_wrap=False)


def render(corpus: Corpus, console: Console | None = None, reasons: bool = False, limit: int = 0) -> None:
    (console or make_console()).print(report_group(corpus, reasons, limit))
