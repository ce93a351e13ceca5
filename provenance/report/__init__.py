"""The fact-checker's report: what to look at first, then the evidence.

Sections, in order (``--section`` picks some): a one-screen ``summary``;
``discrepancies``, highest severity first, both versions side by side;
``shared`` claims by event, each outlet's wording in publication order;
``thin`` sourcing; ``sources`` and their chains, article by article;
likely ``rewrites``; ``suggestions`` (matches for a person to confirm).

Each section is collected once as plain data (``report_data``), from which
both the terminal report (rich) and ``--format json`` are made, so the two
carry the same content. ``limit`` caps the items of every section; the
filters (events, outlets, lowest severity) apply to every section. Claim
texts are drawn from the article by offset; the evidence (file and offsets)
stands on its own line and wraps, never cut, at any width.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass

from rich.console import Console, Group
from rich.rule import Rule

from ..pipeline import Corpus
from . import clusters, discrepancies, lineage, sources, summary
from .common import SECTIONS, SEVERITIES, ReportOptions, make_scope
from .theme import THEME

__all__ = ["SECTIONS", "SEVERITIES", "ReportOptions", "THEME", "make_console", "render", "report_data",
           "report_group", "report_json", "report_sections", "filter_problems"]


def report_data(corpus: Corpus, options: ReportOptions = ReportOptions()) -> dict:
    """The report's content as plain data (what ``--format json`` prints)."""
    scope, _problems = make_scope(corpus, options)
    lim = options.limit
    makers = {
        "summary": lambda: summary.collect(scope),
        "discrepancies": lambda: discrepancies.collect(scope, lim),
        "shared": lambda: clusters.collect_shared(scope, lim, options.reasons),
        "thin": lambda: sources.collect_thin(scope, lim),
        "sources": lambda: sources.collect_trees(scope, lim),
        "rewrites": lambda: lineage.collect(scope, lim),
        "suggestions": lambda: clusters.collect_suggestions(scope, lim),
    }
    return {name: makers[name]() for name in SECTIONS if name in options.sections}


def filter_problems(corpus: Corpus, options: ReportOptions) -> list[str]:
    """One message for each filter value that names nothing in the corpus."""
    return make_scope(corpus, options)[1]


def report_json(corpus: Corpus, options: ReportOptions = ReportOptions()) -> str:
    return json.dumps(report_data(corpus, options), ensure_ascii=False, indent=1) + "\n"


@dataclass
class RenderContext:
    corpus: Corpus
    width: int
    plain: bool  # no styles reach the output: mark differing words « » instead

    def text_of(self, claim_id: str) -> str:
        return self.corpus.article_of(claim_id).text


def report_sections(corpus: Corpus, options: ReportOptions = ReportOptions(), width: int = 100,
                    plain: bool = False):
    """The report's sections as renderables, in order, each drawn only when asked for (so a
    pager shows the first screen before the last section is drawn)."""
    data = report_data(corpus, options)
    ctx = RenderContext(corpus, width, plain)
    renderers = {
        "summary": lambda d: summary.render(d, ctx),
        "discrepancies": lambda d: discrepancies.render(d, ctx),
        "shared": lambda d: clusters.render_shared(d, ctx, options.reasons),
        "thin": lambda d: sources.render_thin(d, ctx),
        "sources": lambda d: sources.render_trees(d, ctx),
        "rewrites": lambda d: lineage.render(d, ctx),
        "suggestions": lambda d: clusters.render_suggestions(d, ctx),
    }
    first = True
    for name, d in data.items():
        r = renderers[name](d)
        if r is None:
            continue
        yield r if first else Group(Rule(style="muted"), r)
        first = False


def report_group(corpus: Corpus, options: ReportOptions = ReportOptions(), width: int = 100,
                 plain: bool = False) -> Group:
    return Group(*report_sections(corpus, options, width, plain))


def make_console(width: int | None = None, color: bool | None = None, file=None, stderr: bool = False) -> Console:
    """A console that follows the terminal conventions.

    ``color`` True forces styles (even into a pipe), False turns them off; None leaves
    it to the environment as rich reads it: styles in a terminal, plain text in a pipe,
    ``FORCE_COLOR`` forces them, and ``NO_COLOR`` (set and not empty) turns them off.
    With NO_COLOR the output has no escape codes at all (rich alone would keep bold and
    reverse): the report marks what it would have highlighted « » instead.
    """
    no_color = color is False or (color is None and os.environ.get("NO_COLOR", "") != "")
    kwargs = {"color_system": None} if no_color else {}
    return Console(theme=THEME, width=width, force_terminal=True if color else None, file=file, stderr=stderr,
                   highlight=False, soft_wrap=False, **kwargs)


def render(corpus: Corpus, console: Console | None = None, options: ReportOptions = ReportOptions(),
           pager: bool = False) -> None:
    """Print the report on ``console``, section by section; with ``pager``, through the
    pager (``terminal.open_pager``), which shows the first screen at once."""
    console = console or make_console()
    plain = console.color_system is None
    target = None
    if pager:
        from ..terminal import open_pager

        target = open_pager()
    out = console
    if target is not None:
        out = Console(theme=THEME, width=console.width, file=target.stdin, force_terminal=not plain,
                      color_system=console.color_system, highlight=False, soft_wrap=False)
    try:
        for section in report_sections(corpus, options, console.width, plain):
            if plain:
                # the same layout without the padding tables put at the end of lines
                with out.capture() as captured:
                    out.print(section)
                out.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
            else:
                out.print(section)
            out.file.flush()
    except BrokenPipeError:
        if target is None:
            raise
    finally:
        if target is not None:
            target.close()
