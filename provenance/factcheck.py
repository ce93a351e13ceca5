"""Claims a fact-check quotes to check them: the article does not assert them.

A fact-check page sets the claim it checks under a label ("Narasi yang beredar:", Mafindo's
"[NARASI]:", "Claim:") and what it found under another ("Penjelasan:", "Kesimpulan:",
"Verdict:"); its headline, under a verdict ("[HOAKS] Video ..."), states the claim it checked. Read as the outlet's own, the quoted claim would make the debunk one more outlet
carrying the hoax, and match the reports it refutes as if it agreed with them. This stage marks
those claims (``Claim.checked``: the label, as evidence); matching still joins them to the
claims they state, which is what a desk wants to see: who carried a claim that a fact-check
disputes.

The quoted claim is the rest of the label's own line, or the paragraph after the label, and the
paragraphs that go on quoting after it (each opening with a quotation mark), up to the next
label or the first paragraph in the fact-check's own words. The labels are page words
(``data/<lang>/boilerplate.toml``: ``checked_labels``, ``finding_labels``).
"""
from __future__ import annotations

from .clean import line_label
from .doc import Article, Span
from .lang import page_words
from .settings import DEFAULT, Settings

_OPENING_MARKS = "\"“‘'«"


def _label(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """(kind "checked" or "finding", the label as written, where the line's own words start) of a
    line that opens with a fact-check's label; None for any other line."""
    m = line_label(text, start, end)
    if m is None:
        return None
    key = " ".join(m.group("label").split()).casefold()
    pw = page_words()
    kind = "checked" if key in pw.checked_labels else "finding" if key in pw.finding_labels else ""
    return (kind, text[start:m.end()].strip(), m.end()) if kind else None


def checked_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, label) of the stretches of the article a fact-check quotes to check."""
    text = article.text
    out: list[tuple[int, int, str]] = []
    open_label = ""  # a checked label whose claim has not started yet, or goes on
    quoting = False  # the claim under the label has started: only quoting paragraphs go on with it
    verdict = ""  # a verdict label before the headline ("[HOAKS]"): the headline states what was checked
    for b in article.layer("blocks"):
        if b.label == "furniture" and (b.attrs.get("label") or "").casefold() in page_words().verdict_labels:
            verdict = f"[{b.attrs['label']}]"
            continue
        if verdict and b.label == "title":
            out.append((b.start, b.end, verdict))
            verdict = ""
            continue
        found = _label(text, b.start, b.end)
        if found is not None:
            kind, label, rest = found
            open_label, quoting = (label, False) if kind == "checked" else ("", False)
            if kind == "checked" and text[rest:b.end].strip():
                out.append((rest, b.end, label))  # "Klaim: Video tsunami ...": the claim on the label's line
                quoting = True
            continue
        if not open_label or b.label != "body":
            continue
        if quoting and not text[b.start:b.end].lstrip()[:1] in _OPENING_MARKS:
            open_label = ""  # the fact-check's own words again
            continue
        out.append((b.start, b.end, open_label))
        quoting = True
    return out


def mark_checked(article: Article, settings: Settings = DEFAULT) -> None:
    """Set ``Claim.checked`` on the claims inside a checked stretch; adds the ``checked`` layer."""
    spans = checked_spans(article)
    marked = []
    for c in article.claims:
        # (a claim on the label's own line starts with the label: most of it is inside)
        label = next((lab for s, e, lab in spans if 2 * (min(e, c.end) - max(s, c.start)) >= c.end - c.start), "")
        if label:
            c.checked = label
            marked.append(Span(c.start, c.end, "checked", {"claim": c.id, "label": label}))
    article.add("checked", marked)
