"""Where claims come from: each article's sources and chains, and thin sourcing."""
from __future__ import annotations

from collections import defaultdict

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

from ..lang import language, registry
from ..normalize import entity_token, make_key
from ..pipeline import Corpus


def provenance_trees(corpus: Corpus) -> Group:
    parts = [Text("Sources and chains", style="title")]
    for a in corpus.articles:
        tree = Tree(Text(f"{a.meta.outlet or a.name}", style="outlet") + Text(f"  {a.name}", style="muted"))
        direct = [c for c in a.citations if not c.citing]
        if not direct:
            tree.add(Text("credits no source", style="warn"))
        for c in sorted(direct, key=lambda c: (c.role, c.source)):
            label = Text(c.source, style="source")
            label.append(f" ({c.source_type}{', photo' if c.role == 'photo' else ''}{', not in the registry' if not c.known else ''})",
                         style="muted")
            label.append(f"  “{c.evidence}”", style="muted")
            node = tree.add(label)
            if c.role == "text":
                for up in a.citations:
                    if up.citing == c.source:
                        node.add(Text(up.source, style="source") + Text(f" ({up.source_type})  “{up.evidence}”", style="muted"))
        parts.append(tree)
    return Group(*parts)


def thin_sourcing(corpus: Corpus) -> Group | None:
    """Claims that rest on one source only, or only on an interested party."""
    members = defaultdict(list)
    for cid, key in corpus.clusters.items():
        members[key].append(cid)
    owners = {e.name: e.owner for e in registry().entries if e.owner}
    single, interested = [], []
    for key, cids in sorted(members.items()):
        srcs = set()
        for cid in cids:
            srcs |= {s.source for s in corpus.claim(cid).sources if s.kind != "photo"}
        c = corpus.claim(min(cids))
        if c.claim_type not in ("statement", "quote"):
            continue
        arts = {corpus.article_of(x).id for x in cids}
        if len(srcs) == 1:
            (src,) = srcs
            owner = owners.get(src, "")
            if owner and any(entity_token(owner) in make_key(corpus.claim(x).text,
                                                             language(corpus.article_of(x).meta.language)).entities
                             for x in cids):
                interested.append((src, owner, c, len(arts)))
            elif len(arts) > 1:
                single.append((src, c, len(arts)))
    if not single and not interested:
        return None
    parts = [Text("Thin sourcing", style="title")]
    if single:
        parts.append(Text(f"  Carried by several outlets but resting on one source ({len(single)}):"))
        for src, c, n in single[:15]:
            parts.append(Text(f"    {n} articles, all via ", style="muted") + Text(src, style="source")
                         + Text(f": {c.text[:110]}"))
    if interested:
        parts.append(Text(f"  Resting only on an interested party ({len(interested)}):"))
        for src, owner, c, n in interested[:15]:
            parts.append(Text("    ", style="muted") + Text(src, style="source")
                         + Text(f" speaks for {owner}: ", style="muted") + Text(c.text[:110]))
    return Group(*parts)
