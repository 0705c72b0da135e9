"""`briefing batch`: a mixed feed sorted into stories, a briefing of each, an index, a cache, and Dask."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.batch import BatchOptions, run_batch
from briefing.batch.group import Lead, candidate_pairs, group_stories
from tests.conftest import run_cli, write

BRIDGE = {
    "bridge-reuters.txt": """Harbor City bridge collapse kills nine

A road bridge over the Tamsin River in Harbor City collapsed during the morning rush hour on Wednesday, killing nine people and injuring 30, officials said.
Rescue divers pulled several cars from the river after the central span of the Tamsin bridge gave way.
Mayor Elena Ruiz said engineers had inspected the bridge last year and found cracks in two supports.
"This is the darkest day our city has known," Ruiz told reporters at the scene.
The state transport agency said it would review every bridge of the same design.
""",
    "bridge-ap.txt": """Nine dead as Harbor City bridge falls into river

The central span of a bridge over the Tamsin River in Harbor City collapsed on Wednesday morning, killing nine people and injuring about 30, city officials said.
Divers searched the river for cars that fell with the bridge during the rush hour.
Mayor Elena Ruiz said an inspection last year had found cracks in the bridge supports.
The transport agency ordered checks of bridges of the same design across the state.
Traffic in the city centre was diverted for the rest of the day.
""",
    "bridge-bbc.txt": """Harbor City: Tamsin bridge collapse death toll rises

The death toll from the collapse of the Tamsin River bridge in Harbor City has risen to nine, officials said, with some 30 people injured.
The bridge's central span fell into the river during the Wednesday morning rush hour, taking several cars with it.
Engineers had found cracks in two supports of the bridge during an inspection last year, Mayor Elena Ruiz said.
Rescue divers worked through the night in the river.
""",
}
CHESS = {
    "chess-afp.txt": """Lindqvist wins world chess championship

Swedish grandmaster Anna Lindqvist won the world chess championship in Madrid on Wednesday, beating the defending champion Rafael Osei in a tie-break.
Lindqvist, 24, became the youngest woman to hold the open title.
The match was level after fourteen classical games, and Lindqvist won the rapid tie-break 3-1.
"I still cannot believe it," Lindqvist said after the final game.
""",
    "chess-guardian.txt": """Anna Lindqvist crowned world chess champion after tie-break

Anna Lindqvist of Sweden is the new world chess champion after defeating Rafael Osei in a rapid tie-break in Madrid on Wednesday.
The 24-year-old grandmaster won the tie-break 3-1 after the fourteen classical games of the match ended level.
Osei had held the world chess title since 2019.
Lindqvist is the youngest woman ever to win the open championship.
""",
}
BIKES = {
    "bikes-gazette.txt": """Council approves new bike lanes on Main Street

The Millbrook town council voted on Wednesday to build protected bike lanes along the length of Main Street.
The lanes will cost about 2 million dollars and should open next spring, the council said.
Shop owners asked for loading zones to be kept for deliveries.
""",
}
MANIFEST = """sources:
  bridge-reuters.txt: {outlet: Reuters, date: 2025-03-12}
  bridge-ap.txt: {outlet: AP, date: 2025-03-12}
  chess-afp.txt: {outlet: AFP, date: 2025-03-12}
  chess-guardian.txt: {outlet: The Guardian, date: 2025-03-12}
  bikes-gazette.txt: {outlet: Millbrook Gazette, date: 2025-03-12}
"""
BBC_SIDECAR = "outlet: BBC News\ndate: 2025-03-13\n"  # a sidecar works as in `make`


def make_feed(folder, articles=None):
    """The hand-made feed: two stories (three and two outlets) and a single article, in one folder."""
    for name, text in (articles or {**BRIDGE, **CHESS, **BIKES}).items():
        write(folder / name, text)
    write(folder / "story.yaml", MANIFEST)
    write(folder / "bridge-bbc.meta.yaml", BBC_SIDECAR)
    return folder


def names(groups):
    return sorted(sorted(p.name for p in group) for group in groups)


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory):
    """One run on the feed (inline, md and json), reused by the tests that only read its output."""
    root = tmp_path_factory.mktemp("batch")
    feed = make_feed(root / "feed")
    report = run_batch([feed], root / "out", BatchOptions(("md", "json"), workers=1))
    return root, report


def test_the_feed_sorts_into_two_stories_and_a_single_article(batch_run):
    _, report = batch_run
    assert names(report.groups) == [["bikes-gazette.txt"], sorted(BRIDGE), sorted(CHESS)]
    assert (report.articles, report.stories, report.singletons, report.briefed) == (6, 2, 1, 2)


def test_articles_further_apart_than_the_window_are_not_one_story():
    text = "Harbor City bridge collapse kills nine people in the Tamsin River during rush hour"
    together = group_stories([Lead(text, "2025-03-12"), Lead(text, "2025-03-13"), Lead(text, "")])
    apart = group_stories([Lead(text, "2025-03-12"), Lead(text, "2025-03-30")])
    assert together == [[0, 1, 2]]
    assert apart == [[0], [1]]
    rows, cols, sims = candidate_pairs([Lead(text, "2025-03-12"), Lead(text, "2025-03-30")])
    assert len(rows) == 0 and len(cols) == 0 and np.size(sims) == 0


def test_undated_articles_never_chain_two_stories_months_apart_into_one():
    text = "The prime minister announced her resignation on Thursday, saying she had nothing left in the tank."
    leads = [Lead(text, "2023-01-19"), Lead(text, "2023-01-19"), Lead(text, ""), Lead(text, ""),
             Lead(text, "2022-07-07"), Lead(text, "2022-07-07")]
    groups = group_stories(leads)
    assert not any({0, 4} <= set(g) for g in groups)
    assert any({0, 1} <= set(g) for g in groups) and any({4, 5} <= set(g) for g in groups)


def test_undated_pages_of_two_earthquakes_in_two_countries_are_two_stories():
    quake = "A powerful earthquake killed more than {n} people and rescuers searched the rubble for survivors in {place}."
    leads = [Lead(quake.format(n=n, place=place)) for place in ("Morocco", "Marrakech, Morocco", "Morocco's Atlas")
             for n in (800, 1000)] + [Lead(quake.format(n=n, place=place)) for place in ("Turkey", "Turkey and Syria",
                                                                                         "Gaziantep, Turkey")
                                       for n in (1300, 5000)]
    groups = group_stories(leads)
    assert not any({0, 6} <= set(g) for g in groups)  # no page tells both
    assert any(set(range(6)) <= set(g) for g in groups) and any(set(range(6, 12)) <= set(g) for g in groups)


def test_each_story_s_briefing_is_the_one_make_writes_from_its_files(batch_run):
    from briefing import make_briefing
    from briefing.render import render

    root, report = batch_run
    bridge = next(group for group in report.groups if len(group) == len(BRIDGE))
    made = render(make_briefing(sorted(bridge)), "md").decode("utf-8")
    written = {p.read_text(encoding="utf-8") for p in (root / "out" / "stories").glob("*.md")}
    assert made in written


def test_the_index_ranks_stories_by_voices_and_links_each_briefing(batch_run):
    root, _ = batch_run
    out = root / "out"
    index = (out / "index.md").read_text(encoding="utf-8")
    bridge, chess = index.index("Harbor City"), index.index("Lindqvist")
    assert bridge < chess  # three independent voices before two
    assert "Reuters" in index and "BBC News" in index and "AFP" in index and "The Guardian" in index
    assert "2025-03-12 to 2025-03-13" in index and "3 independent voices" in index
    assert "Council approves new bike lanes" in index.split("Not briefed")[1]  # listed, not briefed
    links = [line.split("](")[1].split(")")[0] for line in index.splitlines() if line.startswith("## ") and "](" in line]
    assert len(links) == 2 and all((out / link).is_file() for link in links)
    assert "Lindqvist" in (out / links[1]).read_text(encoding="utf-8")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{links[0]}">' in page and "Harbor City" in page and "<li>" in page
    key_points = index[bridge:chess]
    assert key_points.count("\n- ") >= 2 and "nine" in key_points  # the story's key points, with citations
    assert " — " in key_points


def test_a_rerun_recomputes_nothing_and_a_new_article_one_story(tmp_path):
    feed = make_feed(tmp_path / "feed")
    out = tmp_path / "out"
    first = run_batch([feed], out, BatchOptions(("md",), workers=1))
    assert len(first.recomputed) == 2
    chess_id = next(i for i in first.recomputed if "Lindqvist" in (out / "stories" / f"{i}.md").read_text("utf-8"))
    second = run_batch([feed], out, BatchOptions(("md",), workers=1))
    assert second.recomputed == [] and second.briefed == 2

    write(feed / "chess-ap.txt", """Swede Lindqvist takes world chess crown in Madrid

Anna Lindqvist of Sweden won the world chess championship in Madrid on Wednesday, beating Rafael Osei in a rapid tie-break.
The 24-year-old is the youngest woman to win the open world title.
""")
    write(feed / "chess-ap.meta.yaml", "outlet: AP\ndate: 2025-03-12\n")
    third = run_batch([feed], out, BatchOptions(("md",), workers=1))
    assert third.recomputed == [chess_id]  # the story keeps its id; the bridge story is not briefed again
    assert "chess-ap.txt" in (out / "stories" / f"{chess_id}.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in (out / "stories").iterdir()) == sorted(f"{i}.md" for i in first.recomputed)


def test_a_bad_file_is_a_note_and_the_rest_is_briefed(tmp_path):
    feed = make_feed(tmp_path / "feed")
    write(feed / "broken.txt", b"\x00\x01\x02 not text \xff\xfe\x00")
    result = run_cli("batch", feed, "--out-dir", tmp_path / "out", "--format", "md", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "briefing: note:" in result.stderr and "broken.txt" in result.stderr
    assert "Traceback" not in result.output
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("Wrote ") and "6 articles, 2 stories" in summary and "2 briefings" in summary
    assert "1 file skipped" in summary
    assert len(list((tmp_path / "out" / "stories").glob("*.md"))) == 2


def test_a_failing_story_is_reported_and_the_others_written(tmp_path, monkeypatch):
    import briefing.pipeline

    real = briefing.pipeline.run

    def failing(options, progress, read=None):
        if any(source.path.name == "chess-afp.txt" for source in read or []):
            raise RuntimeError("simulated crash")
        return real(options, progress, read)

    monkeypatch.setattr(briefing.pipeline, "run", failing)
    report = run_batch([make_feed(tmp_path / "feed")], tmp_path / "out", BatchOptions(("md",), workers=1))
    assert len(report.failed) == 1 and "simulated crash" in report.failed[0] and "chess-afp.txt" in report.failed[0]
    assert report.briefed == 1
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "Harbor City" in index and "Lindqvist" not in index.split("Not briefed")[0]


def test_dask_local_cluster_and_the_process_pool_write_the_same_briefings(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # DOCX timestamps: byte-identical runs
    feed = make_feed(tmp_path / "feed")
    formats = ("md", "json", "docx")
    pool = run_batch([feed], tmp_path / "pool", BatchOptions(formats, workers=2))
    dask = run_batch([feed], tmp_path / "dask", BatchOptions(formats, scheduler="local"))
    assert pool.failed == [] and dask.failed == [] and pool.briefed == dask.briefed == 2

    def outputs(folder):
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
                if p.is_file() and p.name != "batch-manifest.json"}

    written = outputs(tmp_path / "pool")
    assert len(written) == 2 + 2 * len(formats)  # index.md, index.html and three files per story
    assert written == outputs(tmp_path / "dask")


def test_an_unreachable_scheduler_is_one_error_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("briefing.batch.engine.CONNECT_TIMEOUT", "1s")  # refused at once; no need to wait 10 s
    result = run_cli("batch", make_feed(tmp_path / "feed"), "--out-dir", tmp_path / "out",
                     "--scheduler", "tcp://127.0.0.1:9", "--format", "md")
    assert result.exit_code == 1
    assert result.stderr.startswith("briefing: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_a_demonym_and_its_country_are_one_place_to_the_grouping():
    assert Lead("Moroccan rescuers dug through the night").places == Lead("Rescuers in Morocco dug on").places
    assert Lead("The Turkey-Syria earthquake killed thousands").places == Lead("Turkey and Syria mourn").places
