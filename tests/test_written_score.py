"""The written corpus's figures against its gold (tests/written/README.md): a ratchet, never
lowered. Pages in outlets' styles the dev corpus lacks, written apart from the code; several
reading defects were found on them and mended, so they are no longer unseen, but a fall here is
a fall on pages like them.

Skips in a clone without ../shared (a user's checkout); CI always has it.
"""
from conftest import EVAL, ROOT, figure_tests

WRITTEN = ROOT / "tests" / "written"
FLOORS = {
    "claims.recall": 0.98,  # 0.841 on the first six stories before: HTML offsets indexed the extracted text
    "claims.atomicity": 0.97,
    "matching.f1": 0.77,  # 0.787 with twelve stories in (0.612 on the first six before their defects were mended)
    "matching.precision": 0.85,
    "matching.crosslingual_recall": 0.69,
    "events.f1": 0.96,  # 0.792 on the first six before: a follow-up's lead dated by its news day alone split a story
    "speakers.accuracy": 0.91,
    "claim_types.accuracy": 0.97,
    "articles.published": 1.0,
    "articles.language": 1.0,
}
# Known, not yet mended: the ferry story's survivor saying the waves were "maybe three metres" high
# is matched with the weather agency's warning of waves up to 3 metres (two claims, one wording);
# the verdict and train stories recall a year-old case or derailment in a background paragraph,
# which joins the day's (Settings.event_earlier_frames is off); since amounts written against their
# currency ("Rp1,04 miliar") are read, the year-old case's state loss shares its currency with the
# day's and is matched with it too. Three stories' golds call captioned
# photos boilerplate, and the tool reads them as caption claims; one handout credit leaks.
CEILINGS = {"boilerplate.leaked": 4, "matching.hard_negatives_violated": 7}

figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    WRITTEN / "corpus", WRITTEN / "gold.json", FLOORS, CEILINGS)
