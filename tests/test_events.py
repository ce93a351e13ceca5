"""Events: the evidence two articles' link is weighed on."""
from datetime import date

import pytest

from provenance.events import link_features
from provenance.matching.info import Window


def _window():
    return Window(date(2025, 3, 4), date(2025, 3, 4), "stated in the lead")


@pytest.mark.parametrize("lead_a,lead_b,differ", [
    ({"Leader A", "Leader B"}, {"Leader A", "Leader B"}, False),   # the same meeting
    ({"Leader A", "Leader B"}, {"Leader A"}, False),               # one report names only one of them
    ({"Leader A", "Leader B"}, {"Leader A", "Leader C"}, True),     # the same leader meets someone else
    ({"Leader A"}, {"Leader C"}, True),                            # other people altogether
    (set(), {"Leader C"}, False),                                  # a lead naming nobody says nothing
])
def test_principals_differ_only_when_each_lead_names_someone_the_other_does_not(lead_a, lead_b, differ):
    f = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(lead_a), frozenset(lead_b))
    assert f["principals_differ"] == float(differ)
    g = link_features(0.5, 0.5, False, 0.0, _window(), _window(), frozenset(lead_b), frozenset(lead_a))
    assert g == f
