"""The written corpus's figures against its gold (tests/written/README.md): a ratchet, never
lowered. Pages in outlets' styles the dev corpus lacks, written apart from the code; several
reading defects were found on them and mended, so they are no longer unseen, but a fall here is
a fall on pages like them.

Skips in a clone without ../shared (a user's checkout); CI always has it.
"""
from conftest import EVAL, ROOT, figure_tests

WRITTEN = ROOT / "tests" / "written"
FLOORS = {
    # 817 pages since the twenty-first round (stories du, dv: a state bank's outage told by a wire,
    # its rewrites and a business daily; a satellite launch timed in EDT and WIB): matching 0.6671,
    # precision 0.7340, cross-language 0.6026, events 0.9459, speakers 0.9035, sources 0.7228.
    # 803 pages since the twentieth round (stories ds, dt, tests/written/README.md: a prime minister's
    # fall abroad and a tanker collision, told across languages); the first 789 pages alone at that
    # commit: matching 0.6673, precision 0.7372, cross-language 0.6002, events 0.9451, speakers
    # 0.9014, sources 0.7158; all 803: 0.6661, 0.7349, 0.6005, 0.9439, 0.9018, 0.7181.
    # 789 pages since the nineteenth round (stories dm-dr); the first 747 pages alone at that commit:
    # matching 0.6678, precision 0.7385, cross-language 0.6003, events 0.9485, speakers 0.9006,
    # sources 0.7109 (the new pages: a capital's air ranked the worst, a crocodile attack, a car
    # carrier on fire at sea, a lawmaker's ethics sanction, a rabies outbreak, a bank's embezzled
    # deposits).
    # A margin under today's figures for the embedding engine's machine-to-machine swing.
    "claims.recall": 0.98,  # 0.841 on the first six stories before: HTML offsets indexed the extracted text
    # 0.950: the fourth round's golds cut a few lines finer than the tool (a charge and its sentence)
    "claims.atomicity": 0.945,
    "matching.f1": 0.659,  # 0.6667 (the first 747 pages: 0.6678 when the round was merged)
    "matching.precision": 0.728,  # 0.7378
    "matching.crosslingual_recall": 0.592,  # 0.5987 (the first 747 pages: 0.6003)
    "events.f1": 0.940,  # 0.9445 (the first 747 pages: 0.9485)
    "speakers.accuracy": 0.894,  # 0.9014 (0.8987 when the nineteenth round was merged)
    "claim_types.accuracy": 0.97,
    # 0.7101 when the nineteenth round was merged (the first 747 pages: 0.7109); one
    # canonical name a source since stop 41 (README), before that 0.42 by the alias clash.
    # A body told only by its kind is named as written, article and all ("the health ministry", as the
    # dev corpus's gold spells it); these golds mostly spell it without the article (0.7131 so).
    # 0.7155 since stop 50 (a body told by its kind in a person's apposition; its name without the
    # article when a proper name is among its words); 0.7182 with the twentieth round; 0.7228 with the
    # twenty-first (a short form an article defines stands for its body, stop 52); 0.7305 in stop 53
    # (a unit or a field within a titled body, hyphenated roles, a company's legal form and short
    # names, a body's forecasts, police told by their kind as the police body named before)
    "sources.claims.f1": 0.723,
    # 0.4825 (precision 0.5500) before stop 54; 0.4879 (0.5511) with its figure reading (a figure
    # whose own word names another thing is no second figure of the kind; a unit written before a
    # figure is its own; USD against the figure; vague quantities; a length before a bearing is a
    # distance; those taken to hospital the injured). The margin is the matching swing's.
    "discrepancies.f1": 0.482,
    "discrepancies.precision": 0.543,
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
# that look-alike. Of the third: the two quakes (w01-w06) are one event through their English leads,
# which name only the provinces (lead places hold no province: one against its regency would split
# an event), most of the 37; comment sections and a tagline leak as claims (y, z). The 37th: the
# football story's fact-check headline (f06) joins the result's cluster since the disciplinary
# committee's chairman is named as the speaker of two reports (not "Komdis"): a cluster moving with
# a right speaker, not a reading lost. Of the fourth round: a mayor's mask advice and a health
# office's outdoor warning (ab) match; six furniture lines leak. Since leads naming different
# provinces set two happenings apart, 20 of the 38 hard negatives went (the quakes of w among them).
# Of the ninth: the stock index's close and the day before's, one city's daily report a day
# apart, are one event (9 of the 27 hard negatives; the events stage lets stated dates a day
# apart join for time zones and next-day reports).
# Of the tenth: a bomb attack abroad and a mine collapse (bo, bp) leak two furniture lines and one
# hard negative. Of the eleventh: a dateline town the gazetteer lacks, alone on its line ("Calang."),
# leaks as a claim. Of the thirteenth: a byline block's line ("Tim Kabar Merdeka - kabarMerdeka") and
# a caption's credit leak (19 on the first 495 pages, 21 with these; a caption box in brackets no
# longer leaks its credit). A wire page's links after a caption's credit, its line about itself and a
# newsletter's line no longer leak (16 on all 579 pages). Of the fifteenth: none leak, and one
# hard negative of the two matches of one team (x) joins with them, the corpus's word weights moved.
# Of the sixteenth: none leak, and none of its 84 hard negatives is matched. Of the seventeenth: none of
# its 92 hard negatives is matched; two lines leak, a newsletter appeal and a byline with no label (an
# English site's masthead and tagline above its menu, twice, did too until its name was read over its
# slogan as over its menu). Of the eighteenth: none of its 87 hard negatives is matched, and no line leaks.
# Of the nineteenth: none of its 82 hard negatives is matched, and no line leaks. Of the twentieth:
# none of its 39 hard negatives is matched, and no line leaks. Two claims of one article stating two
# days are no restatement (stop 56): a quake "a day after" another's, and that earlier quake's day,
# no longer join (21 -> 20). Two reports a day apart sharing few of many figures are two happenings
# (stop 57, events.figures_differ): a market's Monday close no longer joins Tuesday's (20 -> 11).
# "Lima hari sebelumnya" is read as a day (stop 57): a match five days before no longer restates the
# day's in one article (11 -> 10).
CEILINGS = {"boilerplate.leaked": 18, "matching.hard_negatives_violated": 10}

figures, test_figure_at_or_above_its_floor, test_figure_at_or_below_its_ceiling = figure_tests(
    WRITTEN / "corpus", WRITTEN / "gold.json", FLOORS, CEILINGS)
