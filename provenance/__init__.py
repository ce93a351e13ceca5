"""provenance: cross-check claims across news outlets.

Library first, with a thin CLI over it::

    from provenance import analyze, build_graph, write_graphml
    corpus = analyze(["seeds/"])
    for d in corpus.discrepancies:
        print(d.type, d.detail)
    write_graphml(build_graph(corpus), "seeds.graphml")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .doc import Article, Attribution, Claim, DateMention, Span  # noqa: E402
from .graph import build_graph, to_json, write, write_graphml, write_json  # noqa: E402
from .pipeline import Corpus, analyze, analyze_texts, process_article  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = [
    "Article", "Attribution", "Claim", "Corpus", "DateMention", "Settings", "Span",
    "analyze", "analyze_texts", "build_graph", "process_article", "to_json", "write", "write_graphml", "write_json",
]
