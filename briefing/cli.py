"""The command line: parse arguments, call the pipeline, print one-line errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from briefing.errors import BriefingError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn news articles into a cited Word briefing.")
DEFAULT_INPUT = Path("seeds")


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


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("briefing: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
