"""Work kept or shared to go faster must not change a result: blocks of claim verdicts computed
together (``BlockScorer.prefetch``) or from an article's cached incidence matrices give the same
bits as one block at a time from scratch."""
import dataclasses

import numpy as np

from provenance.doc import Article
from provenance.matching import BlockScorer, base_vectors, prepare
from provenance.matching.pairs import _count_overlap, _Incidence, _overlap
from provenance.pipeline import process_article
from provenance.settings import DEFAULT

TEXTS = {
    "wire": "Harbour fire\n\nA fire at the port of Eastmouth killed 7 workers on Monday, officials said.\n\n"
            "Fire chief Marta Keller said 40 firefighters fought the blaze for six hours.\n\n"
            "The port authority said the warehouse stored 300 tonnes of fertiliser.\n",
    "rewrite": "Eastmouth port blaze\n\nSeven workers died when fire swept through the port of Eastmouth on Monday.\n\n"
               "The blaze took 40 firefighters six hours to put out, fire chief Marta Keller said.\n\n"
               "Police said an investigation had begun.\n",
    "short": "Port fire kills 7\n\nA fire killed 7 workers at the Eastmouth port on Monday.\n",
    "translation": "Kebakaran pelabuhan\n\nKebakaran di pelabuhan Eastmouth menewaskan 7 pekerja pada Senin, kata pejabat.\n\n"
                   "Kepala pemadam kebakaran Marta Keller mengatakan 40 petugas memadamkan api selama enam jam.\n",
    "other": "Election count\n\nThe electoral commission in Northfield began counting 2 million ballots on Tuesday.\n\n"
             "Turnout was 61 percent, commissioner Ivo Brandt said.\n",
}


def _scorer(settings=DEFAULT):
    arts = [process_article(Article(f"article:{n}", f"{n}.txt", t)) for n, t in TEXTS.items()]
    infos, _windows = prepare(arts)
    vectors, kind = base_vectors(infos)
    return BlockScorer(infos, vectors, kind, settings)


def _same_bits(x: np.ndarray, y: np.ndarray) -> bool:
    return x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes()


def _pairs():
    ids = sorted(f"article:{n}" for n in TEXTS)
    return [(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]]


def test_blocks_computed_together_have_the_bits_of_blocks_computed_one_by_one():
    together = _scorer(dataclasses.replace(DEFAULT, prefetch_blocks=3))  # batches of 3, 3, 3 and 1
    together.prefetch(_pairs())
    alone = _scorer()
    assert any(together.block(a, b).cross_language for a, b in _pairs())  # the translation's features too
    for a, b in _pairs():
        x, y = together.block(a, b), alone.block(a, b)
        assert x.rows == y.rows and x.cols == y.cols
        assert _same_bits(x.prob, y.prob), (a, b)
        assert x.features.keys() == y.features.keys()
        for name in x.features:
            assert _same_bits(x.features[name], y.features[name]), (a, b, name)
        assert together.verdicts(a, b, 0.0) == alone.verdicts(a, b, 0.0)


def test_an_articles_incidence_gives_the_overlaps_computed_from_scratch():
    s = _scorer()
    for a, b in _pairs() + [(p, p) for p in sorted(s.by_article)]:
        sa, sb = s._article_slots(a), s._article_slots(b)
        assert _same_bits(sa["inc_tokens"].weights_shared(sb["inc_tokens"]), _overlap(sa["tokens"], sb["tokens"]))
        for kind in ("entities", "persons", "numbers", "units", "cognates"):
            assert _same_bits(sa[f"inc_{kind}"].count_shared(sb[f"inc_{kind}"]), _count_overlap(sa[kind], sb[kind]))


def test_incidence_of_nothing_shared_is_zeros():
    a = _Incidence([{"fire": 1.5}, {}], weighted=True)
    b = _Incidence([{"vote": 2.0}])
    assert _same_bits(a.weights_shared(b), np.zeros((2, 1)))
    assert _same_bits(_Incidence([{"x"}]).count_shared(_Incidence([{"y"}, {"x", "z"}])), np.array([[0.0, 1.0]]))
