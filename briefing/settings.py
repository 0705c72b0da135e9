"""Every threshold of the stages after ingest, grouped per stage, each with its one-line reason.

One frozen object per stage, as trafilatura passes one options object: a stage reads its
own settings and nobody else's. Change a value here and every use follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RankSettings:
    """Sentence salience."""

    length_exponent: float = 0.5  # salience per word^0.5: long sentences earn their length, not more


@dataclass(frozen=True)
class MergeSettings:
    """The same-fact rule and the machinery that keeps it linear."""

    same_fact: float = 0.45  # cosine at which two sentences of different sources tell one fact
    same_head: float = 0.47  # cosine of the first content words ("who did what") that marks one fact ...
    related: float = 0.25  # ... provided the whole sentences are at least this similar
    near_copy: float = 0.6  # within one source the bar is higher: a writer rarely repeats a fact
    head_words: int = 10  # content words that make a news sentence's "who did what"
    quote_shingle: int = 5  # words a quotation must share with another to be the same quote
    quote_min_chars: int = 20  # shorter quoted passages are phrases ("hasty"), not quotations
    stock_quote_uses: int = 20  # a quoted 5-gram in more sentences than this is a stock phrase
    same_event: float = 0.15  # with one action on one named place or person in common, this similarity suffices
    common_name_share: float = 0.1  # a name in more than this share of sentences is what the story is about
    common_name_min: int = 3  # in a short story a name in three sentences is still one fact's name
    contained_share: float = 0.8  # share of the shorter sentence's content stems the longer must tell
    contained_min_words: int = 3  # below this a sentence is too short to be "contained"
    item_merge: float = 0.3  # clusters linked by a same-fact pair merge when their pooled wording is this similar
    near_copy_group: float = 0.7  # near copies (syndication, wire rewrites) collapse before the pairwise stage
    minhash_bands: int = 8  # LSH bands x rows: a 0.7-similar pair collides in some band with high probability
    minhash_rows: int = 2
    rare_term_cap: int = 200  # terms in more sentences than this (or rare_term_share of them) do not propose pairs
    rare_term_share: float = 0.02
    chunk: int = 2000  # rows per block of the sparse similarity product: bounds memory
    pair_chunk: int = 200_000  # pairs per block of row-wise dot products: bounds memory
    clear_min_words: int = 12  # an item's text is best read alone at 12-40 words
    clear_max_words: int = 40


@dataclass(frozen=True)
class SupportSettings:
    """When an outlet's own sentence supports a fact's wording (see support.py)."""

    min_shared_words: float = 0.5  # share of the wording's content words the sentence must carry (an editor's check)
    min_shared_common: float = 0.5  # ... and of its words in lower case, so names and titles alone do not support it
    quotation_words: int = 3  # content words a quotation needs to be the fact whatever framing surrounds it
    quotation_slack: float = 0.1  # share of a quotation's content words a supporting sentence may lack (a word
                                  # changed in transcription), so one outlet's words are never cited to another
    quotation_gap_words: int = 2  # words a quotation may gain or lose and still run as one passage in a sentence
                                  # ('paying homage to ... false feminism' with a clause between is another quote)
    representatives: int = 6  # wordings tried per fact when choosing the one most outlets support
    backing_sample: int = 60  # accounts that vote on the wording (all of them are still checked for citation)
    toll_window: int = 10  # words before a figure that may say it is a death toll ('the death toll ... rose to 106')
    count_window: int = 4  # words each side of a figure that say what the count is of ("killing at least eight people")
    other_event_window: int = 8  # words after a figure where 'in a 2018 fire' makes it another event's count


@dataclass(frozen=True)
class ScoreSettings:
    """An item's score from its best sentence's salience."""

    corroboration_weight: float = 0.5  # an item every voice tells scores 1.5x one only one voice tells
    position_weight: float = 0.3  # a lead sentence scores 1.3x, fading with position
    position_fade: float = 3.0  # sentences until the position bonus halves
    lede_position: int = 1  # the first two sentences of a story are its lede
    orphan_penalty: float = 0.6  # a sentence that cannot stand alone ("He said ...")


@dataclass(frozen=True)
class FocusSettings:
    """`--focus`: a relevance prefilter in front of the ranker."""

    share: float = 0.3  # on a long story, a focus keeps this share of the sentences, the closest to it ...
    keep_min: int = 400  # ... and never fewer than this: a story of a few articles keeps all its sentences
    boost: float = 1.0  # a sentence that answers the question counts up to twice as much (devset, 21 stories: 2.0
                        # crowded the key points with one event's retellings; at 1.0 focus recall is 0.91 with the
                        # question against 0.92 without: it no longer costs facts, and the key points lead with it)
    expansion: int = 5  # the question is expanded with its closest sentences (pseudo-relevance feedback)
    min_part_words: int = 2  # a part of a several-part question this long is weighed on its own ('and why?' is not)
    expansion_weight: float = 0.5


@dataclass(frozen=True)
class ThemeSettings:
    """Template themes and discovered themes."""

    min_similarity: float = 0.12  # below this an item fits no theme and goes to the catch-all
    expansion_items: int = 4  # Rocchio: each theme profile also takes in its closest items
    expansion_weight: float = 0.6
    fit_share: float = 0.3  # if fewer items than this fit any template theme, discover themes instead
    max_auto_themes: int = 6  # more discovered sections than this is a table of contents, not a briefing
    lsa_dimensions: int = 30  # latent space for clustering: words of one fact count as related
    kmeans_starts: int = 10  # seeded k-means++ starts; the tightest clustering is kept
    min_term_support: float = 0.2  # a theme whose terms the story barely uses is not this story's theme
    context_weight: float = 0.5  # the sentence before an item (and its subhead) tells what the item is about
    title_max_story_share: float = 0.25  # a phrase in more of the story's sentences than this is the story, not a theme
    title_min_story_uses: int = 5  # ... in a short story, five uses still leave a phrase fit to title one theme
    fallback_titles: tuple[str, ...] = ("Also reported", "More developments")  # a theme no shared phrase can title
    headline_items: int = 10  # the briefing's title, the headline the ledes tell most, gives no other count than these top facts
    headline_min_concepts: int = 3  # ... and saying enough to title it ('Murdaugh Case' does not)
    title_max_words: int = 24  # with no such headline, the lead's first clause titles it, if no longer than this ...
    title_min_words: int = 6  # ... and no shorter than this ('The statement read' says nothing); else its first
    title_fallback_words: int = 12  # ... this many words, cut with '…'
    title_words: int = 3  # words reserved in the budget for each discovered section's title


@dataclass(frozen=True)
class PlaceSettings:
    """Placing items into sections under the word budget."""

    min_item_score: float = 0.05  # share of the best item's score below which an item is filler (devset: 0.1 left
                                  # briefings at 300-600 of 900 words while key facts waited below it)
    lead_candidates: int = 30  # the first key point is the one of the best facts that most voices lead with ...
    lead_min_concepts: int = 5  # ... and says enough to be the lead: who, what, and where, when or how many
                                # ('Witkoff arrived in Moscow Thursday' names one step of the story, not the story)
    lede_match: float = 0.25  # ... a voice leading with it when a lede sentence of its is this similar (devset: 0.35
                              # let one outlet's angle lead, e.g. a Kremlin aide's doubt over Putin's own answer)
    key_points_per_theme: int = 2  # key points span the story, not one theme
    key_point_own_words: float = 0.5  # a key point is at least this much in the reporter's own words (not quoted)
    key_points_overlap: float = 0.2  # cosine above which a candidate key point repeats one already chosen
    focus_lead_share: float = 0.8  # under --focus the lead still opens the key points when it is this close to the
                                   # question as the closest fact ('How did the Assembly vote on the impeachment?')
    lede_weight: float = 0.5  # each voice's lede that tells a fact raises it for key points
    theme_min_items: int = 3  # rounds of the themes' round-robin fill (each theme's best facts first)
    timeline_per_day: int = 2  # the most important events of a day, not all of them
    min_novelty: float = 0.65  # share of a fact's weighted concepts that must be new to the briefing, else it repeats
                               # (devset, with the filler floor at 0.05: 0.5 told facts twice 94 times, 0.65 71, 0.7 57
                               # but carried 0.75 of the key facts; 0.65 carries 0.85)
    concept_voice_exponent: float = 0.5  # a concept's weight is IDF x voices^this (devset: 0.5 cut facts told twice
                                         # from 91 to 70 at the same key facts carried; 1.0 cut more but lost facts)
    min_novelty_quote: float = 0.55  # a quotation is the speaker's words, not only a fact: half new is enough (devset:
                                     # 0.65 left 'What they said' empty in four of six reviewed briefings; 0.55 shows
                                     # 11 more gold quotes, all to the right speaker, for 5 more facts told twice)
    min_novelty_first_quote: float = 0.4  # ... and the first quotation of 'What they said', so that the section the
    # template lists is not left empty because its speakers' words echo the facts (devset: Labour's landslide had
    # none; 0.4 shows 10 more gold quotations, all to the right speaker, for 6 more facts told twice)
    min_novelty_spare: float = 0.5  # the floor once `spare_share` of the budget is left after every pass, for facts
    # naming someone in full or giving a figure the briefing does not yet (devset, 102 stories, with the wave's toll
    # rules: carried 0.788 -> 0.796, told twice 486 -> 504; any new capitalised word: 0.805 and 520; 0.45 with a share
    # of 0.3: 0.842 and 687, too many lines that mention what is told)
    spare_share: float = 0.5  # budget left after every pass that lets facts refused as repeats be offered again
    min_novelty_beside_a_count: float = 0.75  # a fact repeating a count the briefing gives must be mostly new otherwise
    people_every_source: int = 40  # up to this many sources, people (and their roles) are read from every one
    citation_candidates: int = 12  # a placed fact's closest sentences read for other outlets that tell it too ...
    citation_min_similarity: float = 0.3  # ... if at least this close (cosine), naming every name the line names and
    citation_min_share: float = 0.6  # holding this share of its content words; `support.supports` then decides
    known_person_sources: int = 3  # someone this many sources name is one of the story's actors: a line may call
    # them by surname before a line names them in full ('Peskov said ...'); anyone else must be introduced first
    people_named_in_lines: int = 1  # Who is who: a person the briefing's lines name counts as this many more voices
    quote_voices: int = 3  # accounts of a fact read for its quotation's speaker (copies of one voice quote alike)
    dispute_voices: int = 8  # other voices checked for giving a quotation to someone else (each read for its quotes)
    dispute_pair_postings: int = 200  # a word pair printed in more quoted sentences than this tells nothing of whose
    quote_carried: float = 0.8  # an outlet is cited for a quotation when its sentence has this share of its word pairs
    quote_told: float = 0.5  # a quotation half of whose word pairs a placed fact line prints is not shown again
    quote_part: float = 0.2  # (or its paragraph does, when its sentence holds this share: a part of the quotation)
    quote_max_words: int = 45  # a longer quotation shows its first sentences within this, the cut marked '…'
    quote_min_words: int = 8  # shorter quotations are phrases ("hasty"), not what someone said
    # Lines per kind in the first and second passes of placement (kinds not named: up to their max_items).
    first_share: dict[str, int] = field(default_factory=lambda: {
        "theme": 1, "quotes": 1, "timeline": 2, "people": 3, "differences": 2, "exclusives": 1})
    core_share: dict[str, int] = field(default_factory=lambda: {
        "theme": 3, "quotes": 2, "timeline": 4, "people": 6, "differences": 2, "exclusives": 2})
    exclusive_echo: float = 0.12  # an item without a new name is exclusive only if no other voice says anything this close
    echo_block: int = 512  # items whose echo one sparse product reads (sentences x items): bounds its memory
    exclusive_figures: int = 2  # a fact giving this many figures, all in one sentence of another voice, is its news too
    exclusive_echo_with_news: float = 0.25  # ... and one with a new name or figure only if none says anything this close
                                            # (devset: at 0.25 and above the other voices tell the same event: a
                                            # sentence, a filing, a toll; below 0.2 they do not)
    max_items: dict[str, int] = field(default_factory=lambda: {
        "key_points": 5, "theme": 8, "quotes": 4, "differences": 2, "exclusives": 3, "timeline": 6, "people": 8,
        "sources": 0})  # a kind's default when the template does not say


@dataclass(frozen=True)
class BatchSettings:
    """`briefing batch`: which articles of a mixed feed tell one story (see briefing/batch/group.py)."""

    lead_sentences: int = 5  # headline plus the lede: what an article is about (devset: 5 to 8 group alike; 3 is too few)
    same_story: float = 0.08  # average-link TF-IDF cosine of leads at which two groups are one story: the middle of the
                              # devset's plateau (ARI 1.0 from 0.07 to 0.10; reports of one story share few lead words)
    pair_floor: float = 0.04  # pairs below this are not candidates: they count as 0 in the average, and cost nothing
    window_days: int = 3  # two dated articles further apart than this are not one story (a story's reports fall within days)
    story_span_days: int = 14  # a story's dated articles span at most this: a chain of undated links never joins
                               # two stories of one kind months apart (devset: two prime ministers' resignations)
    placed_group: int = 3  # groups of this many leads that mostly name places, none the same, are two stories: undated
                           # pages of two earthquakes (Morocco, Turkey-Syria)
    min_outlets: int = 2  # a story gets a briefing when two named outlets tell it; else it is listed, not briefed
    chunk: int = 1000  # rows per block of the sparse similarity product: bounds memory at any feed size


RANK = RankSettings()
MERGE = MergeSettings()
SUPPORT = SupportSettings()
SCORE = ScoreSettings()
FOCUS = FocusSettings()
THEMES = ThemeSettings()
PLACE = PlaceSettings()
BATCH = BatchSettings()
