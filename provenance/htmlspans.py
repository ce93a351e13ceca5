"""Where the text extracted from an HTML page stands in the page's own source.

The pipeline reads an HTML page as the text trafilatura extracts from it (load.py): its claims'
offsets index that text. A claim graph's offsets index the file as Python reads it
(``Path(p).read_text(encoding="utf-8")``, GRAPH_CONTRACT.md), so that a span can be shown in the
page a fact-checker saved. ``file_offsets`` maps one to the other: it walks the page's source
for the text a reader sees (tags left out, the contents of scripts and styles too, entities
decoded, a tag that is not inline a word break), collapses runs of white space in both, and finds each
extracted line there in order. A character of a line that cannot be found (the extractor
changed it) takes the place of the last one found before it, so spans stay in order and
inside the file.
"""
from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_left

_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)\b[^>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_SPECIAL = re.compile(r"[<&]")
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})
# tags inside a run of text: no word break ("sem<b>bilan</b>" reads "sembilan"); any other tag is one
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
                     "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"})
_WHITE = re.compile(r"\s+")


def visible_text(raw: str) -> tuple[str, list[int], list[int]]:
    """The text a reader sees in an HTML source, and where each of its characters starts and
    ends in the source (an entity's characters span the whole entity; a tag gives one space)."""
    text, starts, ends, _body = _visible(raw)
    return text, starts, ends


def _visible(raw: str) -> tuple[str, list[int], list[int], int]:
    """``visible_text``, and where the page's <body> starts in that text (0 when it has none)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    body = -1
    i, n = 0, len(raw)
    while i < n:
        m = _SPECIAL.search(raw, i)
        j = m.start() if m else n
        if j > i:  # a run of plain text
            chars.append(raw[i:j])
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
            i = j
            continue
        if raw.startswith("<!--", i):
            k = raw.find("-->", i + 4)
            i = n if k < 0 else k + 3
            continue
        if raw[i] == "<":
            t = _TAG.match(raw, i)
            if t is None:
                chars.append("<"); starts.append(i); ends.append(i + 1)
                i += 1
                continue
            name = t.group(2).lower()
            if name == "body" and not t.group(1) and body < 0:
                body = len(starts)
            if name not in _INLINE:
                chars.append(" "); starts.append(i); ends.append(t.end())
            if not t.group(1) and name in _HIDDEN and not t.group(0).endswith("/>"):
                close = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(raw, t.end())
                i = n if close is None else close.end()
            else:
                i = t.end()
            continue
        e = _ENTITY.match(raw, i)  # raw[i] == "&"
        decoded = html.unescape(e.group(0)) if e else "&"
        if e is None or decoded == e.group(0):
            chars.append("&"); starts.append(i); ends.append(i + 1)
            i += 1
            continue
        chars.append(decoded)
        starts.extend([i] * len(decoded))
        ends.extend([e.end()] * len(decoded))
        i = e.end()
    return "".join(chars), starts, ends, max(body, 0)


def _squeezed(s: str) -> tuple[str, list[int]]:
    """``s`` with each run of white space one space, and for each of its characters the index
    of the character of ``s`` it stands for (a run: its first)."""
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _WHITE.finditer(s):
        if m.start() > pos:
            out.append(s[pos:m.start()])
            index.extend(range(pos, m.start()))
        out.append(" ")
        index.append(m.start())
        pos = m.end()
    out.append(s[pos:])
    index.extend(range(pos, len(s)))
    return "".join(out), index


def file_offsets(text: str, raw: str) -> tuple[array, array]:
    """For each character of ``text`` (extracted from the HTML source ``raw``), where it starts
    and ends in ``raw``: ``starts[k]``, ``ends[k]`` (see the module's docstring)."""
    vis, vstart, vend, body = _visible(raw)
    sq, sq_index = _squeezed(vis)
    n = len(text)
    starts = array("l", [-1]) * n
    ends = array("l", [-1]) * n
    # the lines are sought in the page's body first: its <title> and head repeat the headline
    # the page shows in the body, and a claim spans what a reader sees
    cursor = body_sq = bisect_left(sq_index, body)
    line_start = 0
    for line in text.split("\n"):
        lsq, l_index = _squeezed(line)
        core = lsq.strip(" ")
        if core:
            lead = len(lsq) - len(lsq.lstrip(" "))
            k = sq.find(core, cursor)
            if k < 0:
                k = sq.find(core, body_sq)
            if k < 0:
                k = sq.find(core)
            if k >= 0:
                for q in range(len(core)):
                    v = sq_index[k + q]
                    c = line_start + l_index[lead + q]
                    starts[c], ends[c] = vstart[v], vend[v]
                    # the rest of a white-space run in the line stands where its first space does
                    nxt = line_start + (l_index[lead + q + 1] if lead + q + 1 < len(l_index) else len(line))
                    for w in range(c + 1, nxt):
                        starts[w], ends[w] = vstart[v], vend[v]
                cursor = k + len(core)
        line_start += len(line) + 1
    last_end = 0
    for c in range(n):  # characters not found: where the last one found stands
        if starts[c] < 0:
            starts[c], ends[c] = last_end, last_end
        else:
            last_end = max(ends[c], last_end)
    return starts, ends
