"""The written corpus's figures against its gold (tests/written/README.md): a ratchet, never
lowered. Pages in outlets' styles the dev corpus lacks, written apart from the code; several
reading defects were found on them and mended, so they are no longer unseen, but a fall here is
a fall on pages like them.

Skips in a clone without ../shared (a user's checkout); CI always has it.
"""
from conftest import EVAL, ROOT, figure_tests

WRITTEN = ROOT / "tests" / "written"
FLOORS = {
    # 124 pages since the second round (stories m-t, tests/written/README.md); the first twelve
    # stories alone: matching 0.790, events 0.969, speakers 0.930 at that commit
    "claims.recall": 0.98,  # 0.841 on the first six stories before: HTML offsets indexed the extracted text
    "claims.atomicity": 0.97,
    "matching.f1": 0.71,  # 0.708 with twenty stories in (0.787 with the first twelve); 0.715 with lead regencies
    "matching.precision": 0.80,
    # 0.635 with twenty stories in; 0.627 once leads' regencies set look-alikes apart (hard negatives
    # 29 -> 12): an English lead naming the province only no longer links the two sides as before
    "matching.crosslingual_recall": 0.62,
    "events.f1": 0.94,
    "speakers.accuracy": 0.88,
    "claim_types.accuracy": 0.97,
    "articles.published": 1.0,
    "articles.language": 1.0,
}
# Known, not yet mended: the ferry story's survivor saying the waves were "maybe three metres" high
# is matched with the weather agency's warning of waves up to 3 metres (two claims, one wording);
# the verdict and train stories recall a year-old case or derailment in a background paragraph,
# which joins the day's (Settings.event_earlier_frames is off); since amounts written against their
# currency ("Rp1,04 miliar") are read, the year-old case's state loss shares its currency with the
# day's and is matched with it too. Three stories' golds call captioned photos boilerplate, and the
# tool reads them as caption claims; one handout credit leaks. Of the second round: a state visit's
# lead recalls the visitor's signing elsewhere three days before (n05), which widens its window into
# that look-alike; the two court rulings a day apart were one event until leads' regencies and
# cities were read as their places (29 hard negatives then).
CEILINGS = {"boilerplate.leaked": 6, "matching.hard_negatives_violated": 12}

figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    WRITTEN / "corpus", WRITTEN / "gold.json", FLOORS, CEILINGS)
