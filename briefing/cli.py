"""The command line: parse arguments, call the pipeline, print one-line errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from briefing.errors import BriefingError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn news articles into a cited Word briefing.")


@app.callback()
def root() -> None:
    """Turn news articles about one story into a cited Word briefing."""


def fail(message: str) -> None:
    """Print one error line and exit 1 (never a traceback)."""
    typer.echo(f"briefing: error: {message}", err=True)
    raise typer.Exit(1)


def note(message: str) -> None:
    """Print a note (a skipped file, a warning) on stderr."""
    typer.echo(f"briefing: note: {message}", err=True)


@app.command()
def inspect(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or folders (default: seeds/).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
) -> None:
    """Show what ingest made of each source: metadata, sentences, and what was dropped and why."""
    from briefing.ingest import load_sources
    from briefing.pipeline import DEFAULT_INPUT
    from briefing.render.text import inspect_json, inspect_text

    try:
        sources, notes = load_sources(paths or [DEFAULT_INPUT])
    except BriefingError as exc:
        fail(str(exc))
    for line in notes:
        note(line)
    if as_json:
        typer.echo(json.dumps(inspect_json(sources), ensure_ascii=False, indent=2))
    else:
        typer.echo(inspect_text(sources))


@app.command()
def make(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or folders (default: seeds/).")] = None,
    template: Annotated[str | None, typer.Option("--template", "-t", help="Template name or briefing.yaml path.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: out/briefing.<format>).")] = None,
    max_words: Annotated[int, typer.Option("--max-words", help="Strict bound on the body's words.")] = 900,
    fmt: Annotated[str, typer.Option("--format", "-f", help="docx, md, json, txt or summary.")] = "docx",
    ranker: Annotated[str, typer.Option("--ranker", help="Sentence ranker (see `briefing rankers`).")] = "coverage",
    focus: Annotated[str | None, typer.Option("--focus", help="Steer selection toward a question or topic.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Add each item's score, signals and section similarity.")] = False,
) -> None:
    """Write a cited, de-duplicated, themed briefing of the articles."""
    from briefing.pipeline import DEFAULT_INPUT, Options, make_briefing, summarize
    from briefing.render import FORMATS, render, write_atomic
    from briefing.render.text import summary_lines

    if fmt not in (*FORMATS, "summary"):
        fail(f"unknown format '{fmt}' (choose from {', '.join((*FORMATS, 'summary'))})")
    target = out or Path("out") / f"briefing.{'txt' if fmt == 'summary' else fmt}"
    try:
        with progress_display() as progress:
            if fmt == "summary":
                options = Options([*paths] if paths else [DEFAULT_INPUT], template, max_words, ranker, focus)
                items = summarize(options, progress)
                write_atomic(target, summary_lines(items).encode("utf-8"))
                typer.echo(f"Wrote {target}: {plural(len(items), 'sentence')}, "
                           f"{plural(sum(len(i.text.split()) for i in items), 'word')}.")
                return
            briefing = make_briefing(paths or None, template, max_words, ranker, focus, explain, progress)
            data = render(briefing, fmt)
            write_atomic(target, data)
    except BriefingError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{target}: cannot write: {exc.strerror or exc}")
    for line in briefing.skipped:
        note(line)
    counts = ", ".join(f"{s.title} {len(s.lines) or len(s.items)}" for s in briefing.sections if s.items or s.lines)
    stats = briefing.stats
    typer.echo(f"Wrote {target}: {plural(stats['sources'], 'source')}, {plural(stats['sentences'], 'sentence')} read, "
               f"{plural(stats['items'], 'fact')}; {counts}.")


def plural(count: int, noun: str) -> str:
    """'1 source', '5 sources'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


class progress_display:
    """A rich spinner on stderr when it is a terminal and the run takes more than a moment."""

    def __enter__(self):
        import time

        self.started = time.monotonic()
        self.status = None
        if not sys.stderr.isatty():
            return lambda _message: None
        from rich.console import Console

        console = Console(stderr=True)

        def progress(message: str) -> None:
            if self.status is None and time.monotonic() - self.started > 0.3:
                self.status = console.status(message)
                self.status.start()
            elif self.status is not None:
                self.status.update(message)

        return progress

    def __exit__(self, *exc_info) -> None:
        if self.status is not None:
            self.status.stop()


templates_app = typer.Typer(no_args_is_help=True, help="List, show and copy section templates.")
app.add_typer(templates_app, name="templates")


@templates_app.command("list")
def templates_list() -> None:
    """Every template found, where it is, and its sections."""
    from briefing import template as templates

    for name, folder in templates.available().items():
        try:
            spec = templates.load(str(folder / templates.TEMPLATE_FILE))
        except BriefingError as exc:
            typer.echo(f"{name:<16} {folder}  (broken: {exc.problem})")
            continue
        reference = " + reference.docx" if spec.reference_docx else ""
        typer.echo(f"{name:<16} {folder}{reference}")
        typer.echo(f"{'':<16} {', '.join(f'{s.title} ({s.kind})' for s in spec.sections)}")


@templates_app.command("show")
def templates_show(name: Annotated[str, typer.Argument(help="Template name or briefing.yaml path.")]) -> None:
    """Print a template's briefing.yaml (and where it lives)."""
    from briefing import template as templates

    try:
        path = templates.resolve(name)
        templates.load(str(path))
    except BriefingError as exc:
        fail(str(exc))
    typer.echo(f"# {path}" + (f"  (with {templates.REFERENCE_DOCX})" if (path.parent / templates.REFERENCE_DOCX).exists() else ""))
    typer.echo(path.read_text(encoding="utf-8"))


@templates_app.command("init")
def templates_init(
    name: Annotated[str, typer.Argument(help="Name of the new template (or of a template to copy).")],
    directory: Annotated[Path, typer.Argument(help="Where to create it (default ./templates).")] = Path("templates"),
    source: Annotated[str | None, typer.Option("--from", help="Template to copy (default: NAME if it exists, else 'default').")] = None,
) -> None:
    """Copy a template, reference.docx included, to start customizing it."""
    from briefing import template as templates

    try:
        target = templates.init(name, directory, source)
    except BriefingError as exc:
        fail(str(exc))
    typer.echo(f"Created {target}: edit {target / templates.TEMPLATE_FILE} (sections) and "
               f"{target / templates.REFERENCE_DOCX} (Word styles), then run: briefing make --template {target}")


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("briefing: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
