"""Small helpers for running stages on texts written for the tests."""
from provenance.doc import Article
from provenance.pipeline import process_article


def article(text: str, name: str = "t.txt") -> Article:
    return process_article(Article("article:" + name.removesuffix(".txt"), name, text))


def claim_with(a: Article, words: str):
    found = [c for c in a.claims if words in c.text]
    assert found, f"no claim contains {words!r}: {[c.text for c in a.claims]}"
    return min(found, key=lambda c: len(c.text))


def assert_claim_text_is_its_span(text: str, c) -> None:
    """A claim's text is its span less its holes, spaces tidied (a space before punctuation
    dropped: "A .A" reads "A.A"): the same characters, spaces aside."""
    kept, pos = [], c.start
    for h0, h1 in sorted(c.holes):
        kept.append(text[pos:h0])
        pos = h1
    kept.append(text[pos:c.end])
    assert "".join(c.text.split()) == "".join("".join(kept).split())
