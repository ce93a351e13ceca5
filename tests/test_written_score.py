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
    "matching.f1": 0.79,  # 0.804 with nine stories in (0.612 on the first six before their defects were mended)
    "matching.precision": 0.88,
    "matching.crosslingual_recall": 0.69,
    "events.f1": 0.97,  # 0.792 on the first six before: a follow-up's lead dated by its news day alone split a story
    "speakers.accuracy": 0.91,
    "claim_types.accuracy": 0.98,
    "articles.published": 1.0,
    "articles.language": 1.0,
}
# Known, not yet mended: the ferry story's survivor saying the waves were "maybe three metres" high
# is matched with the weather agency's warning of waves up to 3 metres (two claims, one wording);
# the verdict story recalls a year-old case's demand in a background paragraph, which joins the
# day's demand (Settings.event_earlier_frames is off). The rate story's gold calls a captioned
# file photo boilerplate; the tool reads it as a caption claim.
CEILINGS = {"boilerplate.leaked": 1, "matching.hard_negatives_violated": 3}

figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    WRITTEN / "corpus", WRITTEN / "gold.json", FLOORS, CEILINGS)
