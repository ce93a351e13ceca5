"""Small helpers for running stages on texts written for the tests."""
from provenance.doc import Article
from provenance.pipeline import process_article


def article(text: str, name: str = "t.txt") -> Article:
    return process_article(Article("article:" + name.removesuffix(".txt"), name, text))


def claim_with(a: Article, words: str):
    found = [c for c in a.claims if words in c.text]
    assert found, f"no claim contains {words!r}: {[c.text for c in a.claims]}"
    return min(found, key=lambda c: len(c.text))
