"""Articles that appear to be rewritten from earlier ones."""
from __future__ import annotations

from rich.text import Text

from ..pipeline import Corpus


def derivations(corpus: Corpus) -> Text | None:
    if not corpus.derivations:
        return None
    arts = {a.id: a for a in corpus.articles}
    out = Text("Likely rewrites\n", style="title")
    for d in sorted(corpus.derivations, key=lambda d: (-d.score, d.later)):
        later, earlier = arts[d.later], arts[d.earlier]
        out.append(f"  {later.meta.outlet or later.name}", style="outlet")
        out.append(f" ({later.name}) follows ")
        out.append(f"{earlier.meta.outlet or earlier.name}", style="outlet")
        out.append(f" ({earlier.name}), score {d.score:.2f}", style="score")
        out.append("  [uncredited]\n" if not d.credited else "\n", style="warn" if not d.credited else "")
        out.append(f"    {d.evidence}\n", style="muted")
    return out
