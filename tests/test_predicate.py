"""The predicate vector: a claim with its names left out, so that what is said of them counts."""
import numpy as np
import pytest
from hypothesis import given, strategies as st

from provenance.doc import Article
from provenance.matching import prepare, static_vectors
from provenance.matching.predicate import blank_names, predicate_vectors
from provenance.pipeline import process_article


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5))
def test_blanking_names_keeps_every_offset(text, raw_spans):
    spans = tuple((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw_spans)
    out = blank_names(text, spans)
    assert len(out) == len(text)
    for k, ch in enumerate(text):
        inside = any(s <= k < e for s, e in spans)
        assert out[k] == (" " if inside else ch)


def _infos(sentences: dict[str, str]):
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", t)) for n, t in sentences.items()]
    infos, _ = prepare(arts)
    return {i.article.name.removesuffix(".txt"): i for i in infos if i.body}, infos


ACTS = [
    # one act of three names, another act of the same names, the first act told without names
    ("Presiden Andi Wirawan, Perdana Menteri Bao Lin dan Kanselir Hans Becker menandatangani perjanjian dagang.",
     "Presiden Andi Wirawan, Perdana Menteri Bao Lin dan Kanselir Hans Becker tiba di Bandara Soekarno-Hatta.",
     "Ketiga pemimpin menandatangani perjanjian dagang."),
    ("President Andrew Walsh, Prime Minister Bao Lin and Chancellor Hans Becker signed a trade agreement.",
     "President Andrew Walsh, Prime Minister Bao Lin and Chancellor Hans Becker arrived at Heathrow Airport.",
     "The three leaders signed a trade agreement."),
]


def _margin(vecs, row):
    """How much closer the first claim is to the same act without names than to another act of its names."""
    a, b, c = (vecs[row[n]] for n in "abc")
    return float(a @ c) - float(a @ b)


@pytest.mark.parametrize("same_names, other_act, no_names", ACTS)
def test_the_predicate_weighs_what_is_said_of_the_names(same_names, other_act, no_names):
    by_name, infos = _infos({"a": same_names, "b": other_act, "c": no_names})
    row = {name: infos.index(info) for name, info in by_name.items()}
    whole = _margin(static_vectors(infos), row)
    assert whole < 0  # the whole claim's vector goes by its names
    assert _margin(predicate_vectors(infos), row) > whole + 0.2


def test_a_claim_of_names_only_has_no_predicate():
    _by_name, infos = _infos({"a": "Presiden Andi Wirawan dan Perdana Menteri Bao Lin.",
                              "b": "Jakarta, Beijing."})
    vecs = predicate_vectors(infos)
    assert all(float(np.abs(v).sum()) == 0.0 or float(np.linalg.norm(v)) == pytest.approx(1.0, abs=1e-5) for v in vecs)


def test_name_spans_cover_the_names_of_the_claim():
    by_name, _ = _infos({"a": "Menteri Luar Negeri Siti Rahma bertemu Wali Kota Surabaya di Jakarta pada Senin."})
    info = by_name["a"]
    named = {info.claim.text[s:e] for s, e in info.key.name_spans}
    assert any("Siti Rahma" in n for n in named)
    assert any("Jakarta" in n for n in named)
    assert not any("bertemu" in n for n in named)
