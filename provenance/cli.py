"""The command line: open the input, call the library, print, exit.

Exit status: 0 when all went well, 1 when an input was skipped (or nothing
could be read), 2 on a usage error. Errors are one line on stderr, naming
the file and the problem; ``-v`` adds the traceback of an unexpected error.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import Messages, StoreError
from .export import format_for, suffixes
from .graph import build_graph, write
from .pipeline import Corpus, analyze
from .report import SECTIONS, SEVERITIES
from .settings import Settings
from .terminal import TerminalProgress

log = logging.getLogger("provenance")
EXAMPLES_HELP = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# the narrowest report that still reads: two versions side by side need 70, stacked 40
MIN_WIDTH = 40


def _err(msg: str) -> None:
    click.echo(f"provenance: {msg}", err=True)


def _coded(code: str, **fmt) -> str:
    """A message of errors.py with its code, as every line the tool prints about a problem."""
    return f"{getattr(Messages, code).format(**fmt)} [{code}]"


def _check_output(output: Path, force: bool) -> None:
    """Refuse an output that cannot be written before any analysis runs (a usage error)."""
    if output.is_dir():
        raise click.UsageError(_coded("P014", path=output, formats=suffixes()))
    if format_for(output) is None:
        raise click.UsageError(_coded("P012", suffix=output.suffix, path=output, formats=suffixes()))
    parent = output.parent
    if not parent.exists():
        raise click.UsageError(_coded("P011", path=output, detail=f"its folder {parent} does not exist"))
    if not parent.is_dir():
        raise click.UsageError(_coded("P011", path=output, detail=f"{parent} is not a folder"))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise click.UsageError(_coded("P011", path=output, detail=f"its folder {parent} is not writable"))
    if output.exists() and not force:
        if sys.stdin.isatty() and sys.stdout.isatty():
            if not click.confirm(f"{output} exists. Overwrite it?", default=False):
                _err(_coded("P010", path=output))
                sys.exit(2)
        else:
            raise click.UsageError(_coded("P010", path=output))


def _report_skipped(corpus: Corpus) -> None:
    for s in corpus.skipped:
        _err(f"skipped {s.line()}")


def _setup_logging(verbose: int) -> None:
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    # the HTML extractor's own warnings ("discarding data") are not the user's business;
    # a page it cannot read is reported as a skip (-vv shows them)
    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose >= 2 else logging.ERROR)


def _analyze(paths, verbose, embeddings: bool = True) -> Corpus:
    _setup_logging(verbose)
    with TerminalProgress() as progress:
        corpus = analyze(list(paths), Settings(embeddings=embeddings), progress=progress)
    _report_skipped(corpus)
    return corpus


def _stored(store_path: Path, since, events, verbose, embeddings: bool = True) -> Corpus:
    """The corpus stages over a store's articles (all, or those ``since`` and ``events`` select)."""
    with _from_store(store_path, since, events, verbose, embeddings) as corpus:
        return corpus


@contextmanager
def _from_store(store_path: Path, since, events, verbose, embeddings: bool = True, lazy: bool = False):
    """``_stored``'s corpus while the store is open: with ``lazy``, the whole store's articles
    are read a chunk at a time whenever they are gone through (``store.StoredArticles``)."""
    from .store import Store

    _setup_logging(verbose)
    try:
        with Store(store_path, Settings(embeddings=embeddings)) as store:
            if events:
                # as the report's --event: the id the summary prints, with or without "event:"
                events = tuple(e if e.startswith("event:") else f"event:{e}" for e in events)
                known = store.event_ids()
                unknown = sorted(set(events) - set(known))
                if unknown:
                    raise click.UsageError(
                        f"unknown event {', '.join(e.removeprefix('event:') for e in unknown)}; the store has: "
                        f"{', '.join(e.removeprefix('event:') for e in known) or 'none'}")
            ids = store.select(since.date() if since else None, tuple(events))
            if not ids:
                raise StoreError("P023", what="matches" if since or events else "yet")
            with TerminalProgress() as progress:
                # the whole store: the last pass's snapshot, when it is current
                corpus = store.corpus(ids if since or events else None, progress=progress, lazy=lazy)
            yield corpus
    except StoreError as exc:
        _err(exc.message)
        sys.exit(1)


def _input(paths, store: Path | None, since, events, verbose, embeddings: bool = True) -> Corpus:
    """The corpus of PATHS, or of a store: one of the two, and --since/--event only with a store."""
    _check_input(paths, store, since)
    if store is None:
        return _analyze(paths, verbose, embeddings)
    return _stored(store, since, events, verbose, embeddings)


def _check_input(paths, store: Path | None, since) -> None:
    if store is None:
        if not paths:
            raise click.UsageError("give PATHS (files or folders of .txt), or --store FILE")
        if since is not None:
            raise click.UsageError("--since selects from a store: use it with --store")
    elif paths:
        raise click.UsageError("give PATHS or --store, not both (`provenance add PATH... --store FILE` "
                               "adds articles to a store)")


STORE_OPTION = click.option(
    "--store", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="Work from this claim store (made by `provenance add`) instead of PATHS.")
SINCE_OPTION = click.option(
    "--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
    help="With --store: only articles published on or after this date (as printed, or estimated from "
         "their event; undated articles are left out).")


def _exit_status(corpus: Corpus) -> int:
    return 1 if corpus.skipped else 0


@click.group(context_settings=EXAMPLES_HELP)
@click.version_option(__version__, prog_name="provenance")
def cli():
    """Cross-check claims across news articles: who carries which claim, where it comes
    from, and where the versions disagree.

    \b
    Examples:
      provenance report seeds/
      provenance graph seeds/ -o graphs/seeds.graphml --force
      provenance claims seeds/001_f2809c6ccb4da4f9.txt
    """


@cli.command(context_settings=EXAMPLES_HELP)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Where to write the graph, in the format its name ends with: .graphml (Gephi, Cytoscape, "
                   "igraph), .json (networkx node-link), .prov.json (W3C PROV-JSON) or .html (a view for the "
                   "browser, works offline).")
@click.option("-f", "--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@STORE_OPTION
@SINCE_OPTION
@click.option("--event", "events", multiple=True, metavar="EVENT",
              help="With --store: only the articles of this event (its id, as the report's summary prints "
                   "it; repeatable).")
@click.option("--embeddings/--no-embeddings", default=True, show_default=True,
              help="Compare claims with the bundled multilingual model (translations match); "
                   "--no-embeddings matches on words alone, faster.")
@click.option("-v", "--verbose", count=True, help="Log what each stage does (on stderr).")
def graph(paths, output: Path, force: bool, store, since, events, embeddings: bool, verbose: int):
    """Export the claim graph of the articles in PATHS (files or folders of .txt, .html, .htm),
    or of a claim store's articles (--store).

    \b
    Example:
      provenance graph seeds/ -o graphs/seeds.graphml --force
      provenance graph seeds/ -o seeds.json
      provenance graph seeds/ -o seeds.prov.json
      provenance graph seeds/ -o seeds.html
      provenance graph --store desk.db --since 2025-05-01 -o may.graphml
    """
    _check_output(output, force)
    if store is None and events:
        raise click.UsageError("--event selects from a store: use it with --store")
    streamed = format_for(output).suffix == ".graphml"
    if store is not None and streamed:
        # the store's documents read a chunk at a time as the graph is written
        _check_input(paths, store, since)
        with _from_store(store, since, events, verbose, embeddings, lazy=True) as corpus:
            _write_graph(corpus, output, streamed)
    else:
        _write_graph(_input(paths, store, since, events, verbose, embeddings), output, streamed)


def _write_graph(corpus: Corpus, output: Path, streamed: bool) -> None:
    if not corpus.articles:
        _err(_coded("P017"))
        sys.exit(1)
    try:
        if streamed:
            # GraphML is written a node or an edge at a time: the graph is never held whole
            from .export.graphml_stream import write_graphml_stream
            n_nodes, n_edges = write_graphml_stream(corpus, output)
        else:
            G = build_graph(corpus)
            write(G, output)
            n_nodes, n_edges = G.number_of_nodes(), G.number_of_edges()
    except OSError as exc:
        _err(_coded("P011", path=output, detail=exc.strerror or exc))
        sys.exit(1)
    # a store's articles know their claims without being read again
    count = getattr(corpus.articles, "claim_count", None)
    n_claims = count() if count else sum(len(a.claims) for a in corpus.articles)
    click.echo(f"wrote {output}: {n_nodes} nodes, {n_edges} edges ({len(corpus.articles)} articles, {n_claims} claims)",
               err=True)
    sys.exit(_exit_status(corpus))


@cli.command(context_settings=EXAMPLES_HELP)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--limit", type=click.IntRange(min=0), default=0, show_default=True,
              help="Show at most this many items in every section (0: all).")
@click.option("--section", "sections", multiple=True, type=click.Choice(SECTIONS),
              help="Show only this section (repeat for several). Default: all, in the order listed.")
@click.option("--event", "events", multiple=True, metavar="EVENT",
              help="Only what concerns this event (its id, as the summary prints it; repeatable). "
                   "With --store: only the articles the store placed in it.")
@click.option("--outlet", "outlets", multiple=True, metavar="OUTLET",
              help="Only what concerns this outlet (any case; repeatable).")
@click.option("--min-severity", type=click.Choice(tuple(reversed(SEVERITIES))), default="low", show_default=True,
              help="Show discrepancies of this severity and above.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the report for people; json: the same content for scripts.")
@STORE_OPTION
@SINCE_OPTION
@click.option("--reasons", is_flag=True, help="Show why claims were matched (score, shared words, alignment).")
@click.option("--width", type=click.IntRange(min=MIN_WIDTH), default=None,
              help=f"Render at this many columns (at least {MIN_WIDTH}; default: the terminal's, 80 in a pipe).")
@click.option("--color/--no-color", default=None,
              help="Force colour on or off (default: on in a terminal; NO_COLOR and FORCE_COLOR are honoured).")
@click.option("--pager/--no-pager", default=None,
              help="Show the report in a pager ($PAGER, else less) when it is longer than the screen "
                   "(default: when the output is a terminal).")
@click.option("--embeddings/--no-embeddings", default=True, show_default=True,
              help="Compare claims with the bundled multilingual model (translations match); "
                   "--no-embeddings matches on words alone, faster.")
@click.option("-v", "--verbose", count=True, help="Log what each stage does (on stderr).")
def report(paths, limit: int, sections, events, outlets, min_severity: str, fmt: str, store, since, reasons: bool,
           width, color, pager, embeddings: bool, verbose: int):
    """Print the fact-checker's report for the articles in PATHS: a summary, then the
    discrepancies (highest severity first, both versions side by side, with the evidence
    and each version's sources), the claims several outlets carry (by event, in
    publication order), thin sourcing, each article's sources and chains, likely
    rewrites, and matches to confirm.

    \b
    Example:
      provenance report seeds/
      provenance report seeds/ --section discrepancies --min-severity medium
      provenance report seeds/ --outlet Kontan --limit 5 --width 100 | less -R
      provenance report seeds/ --format json > report.json
      provenance report --store desk.db --since 2025-05-01
    """
    from .report import ReportOptions, filter_problems, make_console, render, report_json

    # from a store, --event selects the articles the corpus stages run over (they are that event's)
    options = ReportOptions(sections=tuple(s for s in SECTIONS if s in sections) if sections else SECTIONS,
                            limit=limit, events=() if store else tuple(events), outlets=tuple(outlets),
                            min_severity=min_severity, reasons=reasons)
    corpus = _input(paths, store, since, events, verbose, embeddings)
    if not corpus.articles:
        _err(_coded("P018"))
        sys.exit(1)
    problems = filter_problems(corpus, options)
    if problems:
        raise click.UsageError("; ".join(problems))
    if fmt == "json":
        click.echo(report_json(corpus, options), nl=False)
    else:
        render(corpus, make_console(width=width, color=color), options,
               pager=sys.stdout.isatty() if pager is None else pager)
    sys.exit(_exit_status(corpus))


@cli.command(context_settings=EXAMPLES_HELP)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--store", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The claim store (one SQLite file; made if it does not exist).")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Extract articles in this many processes (default: all cores). Any number gives the "
                   "same store.")
@click.option("--batch", type=click.IntRange(min=1), default=None,
              help="Articles written per transaction (a run killed midway loses at most one batch).")
@click.option("--embeddings/--no-embeddings", default=True, show_default=True,
              help="Compare claims with the bundled multilingual model (translations match); "
                   "--no-embeddings matches on words alone, faster.")
@click.option("-v", "--verbose", count=True, help="Log what each stage does (on stderr).")
def add(paths, store: Path, jobs, batch, embeddings: bool, verbose: int):
    """Add the articles in PATHS (files or folders of .txt, .html, .htm) to a claim store: only new files,
    and files whose text changed, are read again; then claims are matched across every stored
    article. `graph --store` and `report --store` then work from the store. Without PATHS,
    brings the store up to date (after an interrupted run, or a new version of provenance).

    \b
    Example:
      provenance add seeds/ --store desk.db
      provenance add today/ --store desk.db --jobs 2
      provenance report --store desk.db --since 2025-05-01
    """
    from .store import BATCH, Store, default_jobs

    _setup_logging(verbose)
    if not store.parent.exists():
        raise click.UsageError(_coded("P011", path=store, detail=f"its folder {store.parent} does not exist"))
    try:
        with Store(store, Settings(embeddings=embeddings), create=True) as st, TerminalProgress() as progress:
            result = st.add(list(paths), jobs or default_jobs(), batch or BATCH, progress)
            n_articles, n_events = st.counts()
    except StoreError as exc:
        _err(exc.message)
        sys.exit(1)
    for s in result.skipped:
        _err(f"skipped {s.line()}")
    again = f", {result.reextracted} extracted again" if result.reextracted else ""
    click.echo(f"{store}: {result.new} new, {result.changed} changed, {result.unchanged} unchanged{again}; "
               f"{n_articles} articles, {n_events} events", err=True)
    sys.exit(1 if result.skipped else 0)


@cli.command(context_settings=EXAMPLES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON lines instead of a table.")
@click.option("--width", type=int, default=None, help="Render at this width (default: the terminal's).")
@click.option("-v", "--verbose", count=True, help="Log what each stage does (on stderr).")
def claims(paths, as_json: bool, width, verbose: int):
    """Show what the tool read in each article of PATHS (files or folders): its metadata,
    and each claim with its offsets, type, speaker, dates and sources.

    \b
    Example:
      provenance claims seeds/001_f2809c6ccb4da4f9.txt
      provenance claims seeds/001_f2809c6ccb4da4f9.txt --json | head -3
      provenance claims seeds/ --json
    """
    from .report import make_console

    corpus = _analyze(list(paths), verbose)
    if not corpus.articles:
        _err(_coded("P018"))
        sys.exit(1)
    console = None if as_json else make_console(width=width)
    for a in corpus.articles:
        if as_json:
            _claims_json(a)
        else:
            _claims_table(a, console)
    sys.exit(_exit_status(corpus))


def _claims_json(a) -> None:
    for c in a.claims:
        click.echo(json.dumps({
            "article": a.path,
            "id": c.id, "start": c.start, "end": c.end, "type": c.claim_type, "text": c.text,
            "speaker": c.speaker, "speaker_evidence": c.speaker_evidence,
            "dates": [{"text": d.text, "value": d.iso(), "reporting": d.reporting} for d in c.dates],
            "sources": [{"source": s.source, "scope": s.scope, "evidence": s.evidence} for s in c.sources],
            "holes": [list(h) for h in c.holes], "context": c.context, "checked": c.checked,
        }, ensure_ascii=False))


def _claims_table(a, console) -> None:
    from rich.table import Table
    from rich.text import Text

    m, src = a.meta, a.source_meta
    head = Text()
    head.append(f"{a.path}\n", style="title")
    read_as = f"{'HTML page' if src.format == 'html' else 'text'}, {src.encoding}"
    for label, value, ev in (("read as", read_as, src.encoding_evidence),
                             ("outlet", m.outlet, m.outlet_evidence),
                             ("published", m.published.isoformat() if m.published else "", m.published_evidence),
                             ("language", m.language, m.language_evidence), ("title", m.title, ""),
                             ("place", m.place, m.place_evidence), ("authors", "; ".join(m.authors), "")):
        head.append(f"  {label:10}", style="muted")
        head.append(value or "?")
        if ev:
            head.append(f"   ← {ev}", style="muted")
        head.append("\n")
    console.print(head)
    t = Table(show_lines=False, expand=True)
    t.add_column("#", justify="right", style="muted")
    t.add_column("span", no_wrap=True, style="muted")
    t.add_column("type")
    # the claim is what the reader reads: on a narrow terminal the other columns wrap first
    t.add_column("claim", ratio=4, min_width=24, overflow="fold")
    t.add_column("speaker", style="speaker", ratio=1, overflow="fold")
    t.add_column("sources", style="source", ratio=1, overflow="fold")
    t.add_column("dates", ratio=1, overflow="fold")
    for i, c in enumerate(a.claims):
        # a claim a fact-check quotes to check it says so beside its type, with the label
        kind = f"{c.claim_type}\nchecked ({c.checked})" if c.checked else c.claim_type
        t.add_row(str(i), f"{c.start}-{c.end}", kind, c.text, c.speaker,
                  ", ".join(f"{s.source} ({s.scope})" for s in c.sources),
                  ", ".join(f"{d.text} = {d.iso() or '?'}" + (" (report)" if d.reporting else "") for d in c.dates))
    console.print(t)
    n_furniture = sum(1 for b in a.layer("blocks") if b.label == "furniture")
    console.print(Text(f"{len(a.claims)} claims; {n_furniture} lines of page furniture left out", style="muted"))


def main(argv=None) -> None:
    """Entry point: never a traceback, unless -v asks for it.

    Ctrl-C ends the run with one line and status 130 (128 + SIGINT, as shells do);
    output written so far is never half a file (writers rename a finished temporary
    file). A reader that closes the pipe early (``| head``) ends the run quietly."""
    try:
        rv = cli.main(args=argv, prog_name="provenance", standalone_mode=False)
        sys.exit(rv if isinstance(rv, int) else 0)
    except SystemExit:
        raise
    except (KeyboardInterrupt, click.exceptions.Abort) as exc:
        if isinstance(exc, click.exceptions.Abort) and isinstance(exc.__context__, EOFError):
            _err("no answer; nothing done")
            sys.exit(1)
        _err("interrupted")
        sys.exit(130)
    except click.exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # the reader is gone: send what is still buffered nowhere, and stop as a shell
        # reports a process ended by SIGPIPE (128 + 13)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
        _err(_coded("P000", detail=f"{type(exc).__name__}: {exc}"))
        if "-v" in (argv or sys.argv) or "--verbose" in (argv or sys.argv):
            traceback.print_exc()
        sys.exit(1)
