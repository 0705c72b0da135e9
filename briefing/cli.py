"""The command line: parse arguments, call the pipeline, print one-line errors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from briefing.errors import BriefingError

CONTEXT = {"help_option_names": ["-h", "--help"]}
# Output formats by file extension; `--format summary` writes text too.
EXTENSIONS = {".docx": "docx", ".md": "md", ".markdown": "md", ".json": "json", ".txt": "txt"}
CHOICES = ("docx", "md", "json", "txt", "summary")
EX_SOFTWARE = 70  # sysexits.h: an internal error (a bug of ours), as opposed to 1 for bad input
EX_PIPE = 141  # what a shell reports for a process ended by SIGPIPE: the reader went away

app = typer.Typer(no_args_is_help=True, context_settings=CONTEXT, rich_markup_mode=None,
                  pretty_exceptions_enable=False, help="Turn news articles into a cited Word briefing.")


def _plain_help_types() -> None:
    """Show our metavars in help, not Python types: recent typer prints '<list[Path]>' and '--explain <bool>'."""
    from typer import core

    def display_type_rich(self, ctx) -> str | None:  # noqa: ANN001 - typer's signature
        if isinstance(self, core.TyperArgument) or getattr(self, "is_flag", False) or getattr(self, "count", False):
            return None  # an argument shows its metavar as its name; a flag takes no value
        return self.metavar or self.name.upper()

    for kind in ("TyperArgument", "TyperOption"):
        cls = getattr(core, kind, None)
        if cls is not None and hasattr(cls, "display_type_rich"):
            cls.display_type_rich = display_type_rich


_plain_help_types()


def version_callback(value: bool) -> None:
    """--version: print it and stop."""
    if value:
        from briefing import __version__

        say(f"briefing {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn news articles about one story into a cited Word briefing."""


def fail(message: str) -> None:
    """Print one error line and exit 1 (never a traceback)."""
    typer.echo(f"briefing: error: {_printable(message)}", err=True)
    raise typer.Exit(1)


def note(message: str) -> None:
    """Print a note (a skipped file, a warning) on stderr."""
    typer.echo(f"briefing: note: {_printable(message)}", err=True)


def _printable(text: str) -> str:
    """Text any terminal encoding can print (a lone surrogate from a file name cannot)."""
    from briefing.render import sanitize

    return sanitize(text)


def say(line: str, written: Path | None = None) -> None:
    """Print a line on stdout; a reader that went away ends the run cleanly, not with a traceback."""
    try:
        typer.echo(_printable(line))
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EX_PIPE) from None
    except OSError as exc:
        _silence_stdout()
        fail(f"stdout: cannot write: {exc.strerror or exc}" + (f" ({written} was written)" if written else ""))


def write_stdout(data: bytes) -> None:
    """The output itself on stdout (`-o -`)."""
    if sys.stdout is None:
        fail("stdout is closed: give --out FILE")
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EX_PIPE) from None
    except (OSError, ValueError) as exc:
        _silence_stdout()
        fail(f"stdout: cannot write: {getattr(exc, 'strerror', None) or exc}")


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def output_plan(fmt: str | None, out: str | None) -> tuple[str, Path | None]:
    """The format and the file to write (None: stdout), from --format and --out's extension."""
    if fmt is not None and fmt not in CHOICES:
        fail(f"unknown format '{fmt}' (choose from {', '.join(CHOICES)})")
    if out == "-":
        return fmt or "docx", None
    if out is None:
        fmt = fmt or "docx"
        return fmt, Path("out") / ("summary.txt" if fmt == "summary" else f"briefing.{fmt}")
    target = Path(out)
    implied = EXTENSIONS.get(target.suffix.lower())
    if fmt is None:
        if implied is None:
            what = f"the extension '{target.suffix}'" if target.suffix else "a name without an extension"
            fail(f"{out}: cannot tell the format from {what} (use .docx, .md, .json or .txt, or give --format)")
        return implied, target
    if implied is not None and implied != fmt and not (fmt == "summary" and implied == "txt"):
        fail(f"--format {fmt} does not match --out {out} (a {target.suffix} file): change one of them")
    return fmt, target


@app.command()
def inspect(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or folders (default: seeds/).",
                                                       metavar="PATH", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")] = "text",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
) -> None:
    """Show what ingest made of each source: metadata, sentences, and what was dropped and why."""
    from briefing.ingest import load_sources
    from briefing.pipeline import DEFAULT_INPUT
    from briefing.render import clean_json
    from briefing.render.text import inspect_json, inspect_text

    if fmt not in ("text", "json"):
        fail(f"unknown format '{fmt}' for inspect (choose from text, json)")
    try:
        sources, notes = load_sources(paths or [DEFAULT_INPUT])
    except BriefingError as exc:
        fail(str(exc))
    for line in notes:
        note(line)
    if as_json or fmt == "json":
        say(json.dumps(clean_json(inspect_json(sources)), ensure_ascii=False, indent=2))
    else:
        say(inspect_text(sources))


@app.command()
def make(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or folders (default: seeds/).",
                                                       metavar="PATH", show_default=False)] = None,
    template: Annotated[str | None, typer.Option(
        "--template", "-t", metavar="NAME|PATH",
        help="A template name (see `briefing templates list`) or a template folder or briefing.yaml path.")] = None,
    out: Annotated[str | None, typer.Option(
        "--out", "-o", metavar="FILE",
        help="Output file; its extension (.docx .md .json .txt) picks the format; '-' writes to stdout. "
             "Default: out/briefing.docx (out/summary.txt for --format summary).")] = None,
    max_words: Annotated[int, typer.Option("--max-words", metavar="N", help="Strict bound on the body's words.")] = 900,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="docx, md, json, txt or summary (the selected sentences only). Default: from --out, else docx.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    ranker: Annotated[str, typer.Option("--ranker", metavar="NAME",
                                        help="Sentence ranker (`briefing rankers` lists them).")] = "coverage",
    focus: Annotated[str | None, typer.Option("--focus", metavar="TEXT",
                                              help="Steer selection toward a question or topic.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Add each item's score, signals and section similarity.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary line; errors and notes only.")] = False,
) -> None:
    """Write a cited, de-duplicated, themed briefing of the articles."""
    if as_json:
        if fmt not in (None, "json"):
            fail(f"--json and --format {fmt} contradict each other")
        fmt = "json"
    fmt, target = output_plan(fmt, out)
    if target is None and fmt == "docx" and sys.stdout is not None and sys.stdout.isatty():
        fail("will not write a Word file to a terminal: give --out FILE, or --format md, txt or json")

    from briefing import template as templates
    from briefing.pipeline import DEFAULT_INPUT, Options, make_briefing, story_template, summarize

    try:
        # A broken template (given, or named by the story's manifest) fails now, not after every article was read.
        templates.preflight(story_template(Options([*paths] if paths else [DEFAULT_INPUT], template)))
    except BriefingError as exc:
        fail(str(exc))

    from briefing.render import render, write_atomic
    from briefing.render.text import summary_lines

    inputs = [*paths] if paths else [DEFAULT_INPUT]
    written: Path | None = None
    try:
        with progress_display(quiet) as progress:
            if fmt == "summary":
                items = summarize(Options(inputs, template, max_words, ranker, focus), progress)
                notes = summary_notes(inputs)
                data = summary_lines(items, mark=target is not None).encode("utf-8")
            else:
                briefing = make_briefing(inputs, template, max_words, ranker, focus, explain, progress)
                notes = briefing.skipped
                data = render(briefing, fmt)
            if target is not None:
                written = write_atomic(target, data)
    except BriefingError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{target}: cannot write: {exc.strerror or exc}")
    for line in notes:
        note(line)
    if target is None:
        write_stdout(data)
    if quiet:
        return
    where = target if target is not None else "stdout"
    if fmt == "summary":
        report = (f"Wrote {where}: {plural(len(items), 'sentence')}, "
                  f"{plural(sum(len(i.text.split()) for i in items), 'word')}.")
    else:
        counts = ", ".join(f"{s.title} {len(s.lines) or len(s.items)}" for s in briefing.sections if s.items or s.lines)
        stats = briefing.stats
        report = (f"Wrote {where}: {plural(stats['sources'], 'source')}, {plural(stats['sentences'], 'sentence')} "
                  f"read, {plural(stats['items'], 'fact')}; {counts}.")
    if target is None:
        typer.echo(_printable(report), err=True)  # stdout carries the briefing itself
    else:
        say(report, written)


@app.command()
def batch(
    feed: Annotated[list[Path], typer.Argument(help="Article files or folders of a mixed feed (manifests honoured).",
                                               metavar="FEED", show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out-dir", "-d", metavar="DIR",
                                          help="Where the briefings, index.md, index.html and the cache go.")] = Path("out/batch"),
    formats: Annotated[list[str] | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="docx, md, json or txt; repeat for several (default docx). The index links to the first.")] = None,
    template: Annotated[str | None, typer.Option("--template", "-t", metavar="NAME|PATH",
                                                 help="The template every story uses (as for make).")] = None,
    max_words: Annotated[int, typer.Option("--max-words", metavar="N", help="Strict bound on each body's words.")] = 900,
    ranker: Annotated[str, typer.Option("--ranker", metavar="NAME", help="Sentence ranker (as for make).")] = "coverage",
    focus: Annotated[str | None, typer.Option("--focus", metavar="TEXT", help="Steer every briefing toward a question.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Add each item's score and signals.")] = False,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="Run the stories on Dask: a scheduler address (tcp://HOST:8786) or 'local' for an in-process cluster. "
             "Default: a process pool on this machine.")] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-j", metavar="N",
                                                help="Local worker processes (default: the cores, up to 8).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary line; errors and notes only.")] = False,
) -> None:
    """Sort a mixed feed into stories and write a briefing of each, with an index; re-runs redo only what changed."""
    from briefing.batch import BatchOptions, run_batch

    chosen = tuple(dict.fromkeys(f.strip().lower() for value in (formats or ["docx"]) for f in value.split(",") if f.strip()))
    options = BatchOptions(chosen or ("docx",), template, max_words, ranker, focus, explain, scheduler, workers)
    try:
        with progress_display(quiet) as progress:
            report = run_batch(feed, out_dir, options, progress)
    except BriefingError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{getattr(exc, 'filename', None) or out_dir}: cannot write: {exc.strerror or exc}")
    for line in report.notes:
        note(line)
    for line in report.failed:
        note(f"not briefed: {line}")
    if quiet:
        return
    cached = report.briefed - len(report.recomputed)
    say(f"Wrote {report.index}: {plural(report.articles, 'article')}, {report.stories} stor{'y' if report.stories == 1 else 'ies'} "
        f"and {plural(report.singletons, 'single article')}; {plural(report.briefed, 'briefing')} "
        f"({len(report.recomputed)} new or changed, {cached} unchanged), {len(report.failed)} failed, "
        f"{plural(len(report.notes), 'file')} skipped.", report.index)


def summary_notes(inputs: list[Path]) -> list[str]:
    """The notes (skipped files) of reading the inputs: summarize() returns only the items it chose."""
    from briefing.ingest import load_sources

    try:
        return load_sources(inputs)[1]
    except BriefingError:
        return []


def plural(count: int, noun: str) -> str:
    """'1 source', '5 sources'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


class progress_display:
    """A rich spinner on stderr when it is a terminal and the run takes more than a moment."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet

    def __enter__(self):
        import time

        self.started = time.monotonic()
        self.status = None
        if self.quiet or sys.stderr is None or not sys.stderr.isatty():
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


@app.command()
def rankers() -> None:
    """List the sentence rankers `--ranker` accepts, one line each."""
    from briefing.rank import DEFAULT_RANKER, RANKERS

    for name, function in RANKERS.items():
        summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        default = " (default)" if name == DEFAULT_RANKER else ""
        say(f"{name:<10} {summary}{default}")


templates_app = typer.Typer(no_args_is_help=True, context_settings=CONTEXT, rich_markup_mode=None,
                            help="List, show and copy section templates.")
app.add_typer(templates_app, name="templates")


@templates_app.command("list")
def templates_list() -> None:
    """Every template found by name, where it is, and its sections."""
    from briefing import template as templates

    for name, folder in templates.available().items():
        try:
            spec = templates.load(str(folder / templates.TEMPLATE_FILE))
            reference = " + reference.docx" if spec.reference_docx else ""
        except BriefingError as exc:
            say(f"{name:<16} {folder}  (broken: {exc.problem})")
            continue
        say(f"{name:<16} {folder}{reference}")
        say(f"{'':<16} {', '.join(f'{s.title} ({s.kind})' for s in spec.sections)}")
    for folder in templates.local_only():
        say(f"{folder.name:<16} {folder}  (not used by name: --template {folder})")


@templates_app.command("show")
def templates_show(name: Annotated[str, typer.Argument(help="Template name or briefing.yaml path.", metavar="NAME")]) -> None:
    """Print a template's briefing.yaml (and where it lives)."""
    from briefing import template as templates

    try:
        path = templates.resolve(name)
        spec = templates.load(str(path))
        reference = spec.reference_docx
    except BriefingError as exc:
        fail(str(exc))
    say(f"# {path}" + (f"  (with {templates.REFERENCE_DOCX})" if reference else ""))
    say(path.read_text(encoding="utf-8", errors="replace"))


@templates_app.command("init")
def templates_init(
    name: Annotated[str, typer.Argument(help="Name of the new template (or of a template to copy).", metavar="NAME")],
    directory: Annotated[Path, typer.Argument(help="Where to create it (default ./templates).", metavar="DIR",
                                              show_default=False)] = Path("templates"),
    source: Annotated[str | None, typer.Option("--from", metavar="NAME|PATH",
                                               help="Template to copy (default: NAME if it exists, else 'default').")] = None,
) -> None:
    """Copy a template, reference.docx included, to start customizing it."""
    from briefing import template as templates

    try:
        target = templates.init(name, directory, source)
    except BriefingError as exc:
        fail(str(exc))
    say(f"Created {target}: edit {target / templates.TEMPLATE_FILE} (sections) and "
        f"{target / templates.REFERENCE_DOCX} (Word styles), then run: briefing make --template {target}")


def _open_standard_streams() -> None:
    """Give closed stdin/stdout/stderr /dev/null, so that no file we open takes their number."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
            except OSError:
                return


def main() -> None:
    """Console entry point: bad input is one line (exit 1); a bug of ours is one line too (exit 70)."""
    _open_standard_streams()
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("briefing: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EX_PIPE)
    except MemoryError:
        typer.echo("briefing: error: out of memory", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug of ours: one line and a way to see the traceback
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        message = _printable(str(exc).strip().splitlines()[0] if str(exc).strip() else "")
        typer.echo(f"briefing: internal error: {type(exc).__name__}: {message} "
                   "(run with BRIEFING_DEBUG=1 for the traceback, and please report it)", err=True)
        sys.exit(EX_SOFTWARE)


if __name__ == "__main__":
    main()
