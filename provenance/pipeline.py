"""Runs the stages in order, and checks what each needs and adds.

Per-article stages (spaCy's pipeline components) each add one layer:

    clean -> pagemeta -> segment -> quotes -> persons -> claims -> speakers -> dates -> attribution -> slots

Corpus stages then work across articles (passim's candidates-then-verify):

    names -> match -> events -> discrepancies -> lineage

``names`` (``persons.unify_names``) gives one name per person across the corpus
as a map (``Corpus.person_names``) that matching, events, discrepancies, the
graph and the report read; it rewrites no article.

``analyze(paths)`` is the library's entry point; ``analyze_texts`` takes
texts directly (tests, notebooks).
"""
from __future__ import annotations

import gc
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import attribution, claims, clean, dates, factcheck, pagemeta, persons, quotes, segment, slots, speakers
from .doc import Article
from .embeddings import Progress
from .errors import Messages, Skipped
from .load import article_id, load
from .settings import DEFAULT, Settings

log = logging.getLogger("provenance")


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Article, Settings], None]
    requires: tuple[str, ...]
    adds: tuple[str, ...]


ARTICLE_STAGES = (
    Stage("clean", clean.clean, (), ("blocks", "datelines")),
    Stage("pagemeta", pagemeta.read_metadata, ("blocks", "datelines"), ("metadata",)),
    Stage("segment", segment.segment, ("blocks", "datelines"), ("paragraphs", "sentences")),
    Stage("quotes", quotes.quotes, ("paragraphs", "sentences"), ("quotes",)),
    Stage("persons", persons.persons, ("blocks", "paragraphs"), ("persons",)),
    Stage("claims", claims.claims, ("sentences", "quotes"), ("claims",)),
    Stage("speakers", speakers.assign_speakers, ("claims", "persons", "quotes"), ("speakers",)),
    Stage("factcheck", factcheck.mark_checked, ("claims", "blocks"), ("checked",)),
    Stage("dates", dates.annotate_dates, ("claims",), ("dates",)),
    Stage("attribution", attribution.attribute, ("claims", "dates", "speakers"), ("cues",)),
    Stage("slots", slots.annotate_slots, ("claims", "dates", "quotes"), slots.LAYERS),
)


class StageError(RuntimeError):
    """A stage ran without what it needs, or did not produce what it declares."""


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused for one article's stages, and restored as it was after.
    The stages make a few objects a word and keep most of them (tokens, spans, claims), so
    the collector ran thousands of times over a long article and each full pass read every
    object made so far (about a tenth of a 1 MB line's time, a share that grows with the
    article); they make almost no cycles, and what few there are go at the next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # the objects made meanwhile (millions on a long article, nearly all kept by it) go
            # to the oldest generation at once: left in the youngest, the first collection after
            # read every one of them (0.3 s after a 1,000,000-character line) only to keep them
            # all. Not when the caller froze objects of its own (unfreeze would release them).
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def process_article(article: Article, settings: Settings = DEFAULT) -> Article:
    """Run every per-article stage on one article, checking what each needs and adds."""
    with _no_cycle_collection():
        for stage in ARTICLE_STAGES:
            missing = [r for r in stage.requires if r not in article.layers]
            if missing:
                raise StageError(f"stage {stage.name} needs {missing} on {article.path}")
            stage.run(article, settings)
            absent = [layer for layer in stage.adds if layer not in article.layers]
            if absent:
                raise StageError(f"stage {stage.name} did not add {absent} on {article.path}")
    return article


@dataclass
class Corpus:
    """Everything the pipeline found: articles with their claims, and what links them."""

    articles: list[Article]
    skipped: list[Skipped] = field(default_factory=list)
    matches: list = field(default_factory=list)  # match.Match, asserted and suggested
    clusters: dict[str, str] = field(default_factory=dict)  # claim id -> cluster id
    events: list = field(default_factory=list)  # events.Event
    windows: dict = field(default_factory=dict)  # article id -> Window: when its happening can be
    # article id -> (date, why): a publication date the page does not print, estimated from its event
    published_estimates: dict = field(default_factory=dict)
    discrepancies: list = field(default_factory=list)  # discrepancy.Discrepancy (the edges)
    findings: list = field(default_factory=list)  # discrepancy.Finding: one per disagreement, with its value groups
    derivations: list = field(default_factory=list)  # lineage.Derivation
    settings: Settings = DEFAULT
    # each article's name for a person -> the one name the corpus uses (persons.unify_names)
    person_names: dict[str, str] = field(default_factory=dict)
    # an article's name read as another spelling of a person's name -> why ("... read as ...: ...")
    person_name_evidence: dict[str, str] = field(default_factory=dict)

    def published(self, article: Article) -> tuple:
        """(publication date or None, evidence): the page's own, else the estimate from its event."""
        if article.meta.published is not None:
            return article.meta.published, article.meta.published_evidence
        return self.published_estimates.get(article.id, (None, ""))

    def person_name(self, name: str) -> str:
        """The corpus's name for a person an article names ``name``."""
        return self.person_names.get(name, name)

    def claim(self, claim_id: str):
        return self._claims()[claim_id]

    def article_of(self, claim_id: str) -> Article:
        return self._articles_by_claim()[claim_id]

    def _claims(self):
        if not hasattr(self, "_claim_index"):
            self._claim_index = {c.id: c for a in self.articles for c in a.claims}
        return self._claim_index

    def _articles_by_claim(self):
        if not hasattr(self, "_article_index"):
            self._article_index = {c.id: a for a in self.articles for c in a.claims}
        return self._article_index


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def extract_articles(articles: list[Article], skipped: list[Skipped] | None = None,
                     settings: Settings = DEFAULT, progress: Progress = _no_progress
                     ) -> tuple[list[Article], list[Skipped]]:
    """Every per-article stage on every article: (the articles with claims, the skipped)."""
    kept = []
    skipped = list(skipped or [])
    for k, a in enumerate(articles):
        try:
            process_article(a, settings)
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the others
            log.debug("%s: internal error", a.path, exc_info=True)
            skipped.append(Skipped(a.path, "P016", Messages.P016.format(detail=f"{type(exc).__name__}: {exc}")))
            continue
        finally:
            progress("reading articles", k + 1, len(articles))
        if not a.claims:
            skipped.append(Skipped(a.path, "P007", Messages.P007))
            continue
        kept.append(a)
    return kept, skipped


def run_corpus(articles: list[Article], skipped: list[Skipped] | None = None,
               settings: Settings = DEFAULT, progress: Progress = _no_progress) -> Corpus:
    """Per-article stages on every article, then the corpus stages:

        vectors -> events -> matching and clusters -> discrepancies -> lineage

    ``progress(stage, done, total)`` is told how far the run is (the CLI draws a bar)."""
    kept, skipped = extract_articles(articles, skipped, settings, progress)
    return corpus_stages(kept, skipped, settings, progress)


class CorpusContext:
    """What the corpus stages take from a larger corpus that ``kept`` is part of (a claim
    store's, when only the articles a new batch touches are run again): the names of people
    across it and the frequencies that weigh words and names. The default is ``kept`` alone."""

    def person_names(self, kept: list[Article], settings: Settings = DEFAULT,
                     evidence: dict[str, str] | None = None) -> dict[str, str]:
        """``persons.unify_names`` over ``kept``; ``evidence`` is told why a name was read as another."""
        return persons.unify_names(kept, evidence, settings)

    def prepare(self, kept: list[Article], settings: Settings, names: dict[str, str]) -> tuple:
        """``matching.prepare`` over ``kept``: a store gives it the claims it has keyed before."""
        from . import matching

        return matching.prepare(kept, settings, names)

    def statistics(self, infos: list, vectors, windows: dict) -> tuple:
        """(token frequencies for ``matching.BlockScorer``, name frequencies for
        ``events.assign_events``), each None for those of ``infos`` alone."""
        return None, None

    def events_assigned(self, events: list, claim_event: dict[str, str]) -> None:
        """Told the events (and claim id -> event id) as soon as they are known, before
        matching: a store raises here to run the pass again over more articles, before the
        costlier stages have run, or renames an event whose id one of its stored events has."""


def corpus_stages(kept: list[Article], skipped: list[Skipped] | None = None,
                  settings: Settings = DEFAULT, progress: Progress = _no_progress,
                  context: CorpusContext | None = None) -> Corpus:
    """The corpus stages over articles the per-article stages have run on (each with claims,
    in corpus order): what ``run_corpus`` does after extraction, and what a store runs over
    the articles it holds (with its ``context``)."""
    from . import discrepancy, events, lineage, matching

    context = context or CorpusContext()
    progress("matching claims", 0, 0)
    # one name per person across the corpus: a map the later stages read, the
    # articles' own names left as their stages wrote them
    name_evidence: dict[str, str] = {}
    corpus = Corpus(kept, list(skipped or []), settings=settings,
                    person_names=context.person_names(kept, settings, name_evidence), person_name_evidence=name_evidence)
    infos, windows = context.prepare(kept, settings, corpus.person_names)
    vectors, kind = matching.base_vectors(infos, settings)
    token_stats, name_stats = context.statistics(infos, vectors, windows)
    blocks = matching.BlockScorer(infos, vectors, kind, settings, token_stats)
    corpus.events, claim_event, notes = events.assign_events(infos, vectors, windows, blocks, settings, name_stats)
    context.events_assigned(corpus.events, claim_event)
    for info in infos:
        info.claim.event = claim_event[info.id]
        info.claim.event_note = notes.get(info.id, "")
    corpus.windows = windows
    corpus.published_estimates = events.publication_estimates(kept, corpus.events, settings)
    corpus.matches, corpus.clusters = matching.match_claims(infos, blocks, claim_event, settings, progress)
    corpus.discrepancies = discrepancy.find_discrepancies(corpus, infos)
    corpus.derivations = lineage.find_derivations(corpus, infos, blocks)
    return corpus


def analyze(paths: list[str | Path], settings: Settings = DEFAULT, progress: Progress = _no_progress) -> Corpus:
    """Read the articles under ``paths`` (files or folders of .txt, .html, .htm) and analyze them."""
    articles, skipped = load(paths, settings)
    return run_corpus(articles, skipped, settings, progress)


def analyze_texts(texts: dict[str, str], settings: Settings = DEFAULT) -> Corpus:
    """Analyze texts given as {name: text}; names play the part of file paths."""
    taken: set[str] = set()
    articles = [Article(article_id(name, taken), name, text) for name, text in texts.items()]
    return run_corpus(articles, [], settings)
