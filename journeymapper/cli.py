"""The ``journeymapper`` command: the GUI when given no sub-command, tools otherwise.

Exit codes: 0 success, 1 invalid input or document, 2 usage. Errors the user can cause
print a plain message, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .i18n import tr

# The other commands' modules are imported where they are used: they bring in the document
# classes (pydantic), which `validate` of a valid file does without (see model/fastcheck.py).

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

COMMANDS = (
    "validate",
    "schema",
    "templates",
    "new",
    "export",
    "upgrade",
    "insights",
    "present",
    "diff",  # compare.command.COMMANDS (tests/test_fastcheck.py checks these two)
    "merge",
    "install-desktop",
    "import",  # interop.command.COMMANDS
)


def build_parser() -> argparse.ArgumentParser:
    from . import desktop, present, upgrade
    from .analysis import cli as analysis_cli
    from .compare import command as compare_command
    from .export.common import PAGE_SIZE_CHOICES
    from .interop import command as interop_command
    from .templates import frameworks

    parser = argparse.ArgumentParser(
        prog="journeymapper",
        description=tr(
            "cli",
            "Customer-journey map editor. With no command, opens the editor "
            "(on FILE, or on a start page that offers the built-in example map first).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"journeymapper {__version__}")
    parser.add_argument(
        "--example",
        action="store_true",
        help=tr(
            "cli",
            "open the editor on the built-in example map (in the interface's language) "
            "instead of the start page",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help=tr("cli", "check journey map files; one line per problem"))
    _validate_arguments(p)

    sub.add_parser("schema", help=tr("cli", "print the JSON Schema of the file format"))
    sub.add_parser("templates", help=tr("cli", "list the built-in templates"))

    p = sub.add_parser(
        "new", help=tr("cli", "write a new journey map from a template, or a blank one")
    )
    start = p.add_mutually_exclusive_group(required=True)
    start.add_argument(
        "--template",
        "-t",
        metavar="NAME",
        help=tr("cli", "template name (see 'journeymapper templates')"),
    )
    start.add_argument(
        "--blank",
        action="store_true",
        help=tr("cli", "a blank map: three stages, touchpoints, actions and emotions"),
    )
    p.add_argument(
        "--stages",
        metavar="FRAMEWORK",
        choices=frameworks(),
        help=tr("cli", "with --blank: the stages of a framework ({0})").format(
            ", ".join(frameworks())
        ),
    )
    p.add_argument(
        "--locale",
        metavar="LANG",
        help=tr("cli", "with --blank: the map's language, e.g. en or it (default: English)"),
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("cli", "file to write"))
    p.add_argument("--force", action="store_true", help=tr("cli", "overwrite FILE if it exists"))
    p = sub.add_parser(
        "export",
        help=tr(
            "cli",
            "export a map as a PDF poster, a PNG image, an SVG drawing or a PowerPoint deck "
            "(format from OUT's suffix)",
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=tr("cli", "OUT.pdf, OUT.png, OUT.svg or OUT.pptx"),
    )
    p.add_argument(
        "--page-size",
        default="fit",
        type=str.lower,
        choices=[c.lower() for c in PAGE_SIZE_CHOICES],
        help=tr("cli", "page size, or fit: one page the size of the map (default)"),
    )
    p.add_argument(
        "--orientation",
        choices=("portrait", "landscape"),
        help=tr("cli", "default: the map's own orientation"),
    )
    p.add_argument(
        "--margin",
        type=float,
        default=12.0,
        metavar="MM",
        help=tr("cli", "page margin in millimetres (default 12)"),
    )
    p.add_argument(
        "--scale",
        type=float,
        metavar="S",
        help=tr("cli", "print scale (1 = 100 %%); default: fit the page"),
    )
    p.add_argument(
        "--tile",
        action="store_true",
        help=tr(
            "cli",
            "PDF poster: split the map over several pages with overlap, "
            "crop marks and an overview page",
        ),
    )
    p.add_argument(
        "--dpi",
        type=float,
        default=150,
        metavar="N",
        help=tr("cli", "PNG resolution, 72 to 600 (default 150)"),
    )
    p.add_argument(
        "--transparent", action="store_true", help=tr("cli", "PNG or SVG without a background")
    )
    p.add_argument(
        "--svg-text-as-paths",
        action="store_true",
        help=tr("cli", "SVG: write text as glyph outlines (for tools without the font)"),
    )
    p.add_argument(
        "--author", help=tr("cli", "PDF or deck: author shown in the title block or slide")
    )
    p.add_argument(
        "--client", help=tr("cli", "PDF or deck: client shown in the title block or slide")
    )
    p.add_argument(
        "--personas", action="store_true", help=tr("cli", "PDF: add a page for each persona")
    )
    p.add_argument(
        "--sources",
        action="store_true",
        help=tr("cli", "PDF: add a page listing the evidence; cards show their sources' numbers"),
    )
    p.add_argument(
        "--report",
        action="store_true",
        help=tr(
            "cli",
            "PDF: the full report: cover, contents, personas, the map, a page per stage, "
            "sources (page size default A4)",
        ),
    )
    p.add_argument(
        "--handouts",
        action="store_true",
        help=tr("cli", "PDF: the stage handouts alone, one landscape page per stage (A4 or A3)"),
    )
    p.add_argument(
        "--compare",
        metavar="OTHER",
        help=tr("cli", "PDF: add pages comparing the map with OTHER (curves and changes)"),
    )
    p.add_argument(
        "--insights",
        action="store_true",
        help=tr("cli", "PDF: add the insights page (figures, emotion curves, channels, votes)"),
    )
    upgrade.add_parser(sub)
    analysis_cli.add_parser(sub)
    compare_command.add_parsers(sub)
    desktop.add_parser(sub)
    present.add_parser(sub)
    interop_command.add_parser(sub)
    return parser


def _validate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE")


def validate_parser() -> argparse.ArgumentParser:
    """The parser of ``journeymapper validate`` alone: the same as `build_parser`'s, without
    importing every other command's module first."""
    parser = argparse.ArgumentParser(prog="journeymapper validate")
    _validate_arguments(parser)
    return parser


def cmd_export(ns: argparse.Namespace) -> int:
    from .export import ExportError, ExportOptions, export_map
    from .interop import command as interop_command
    from .io import SaveError, load
    from .io.paths import same_file
    from .model import DocumentError

    suffix = Path(ns.output).suffix.lower()
    if suffix in interop_command.EXPORT_SUFFIXES:
        return interop_command.export(ns)
    if suffix not in (".pdf", ".png", ".svg", ".pptx"):
        print(
            f"journeymapper: {ns.output}: "
            + tr(
                "cli",
                "the output must end in .pdf, .png, .svg, .pptx, .csv, .mmd or .ojf "
                "(the format comes from the suffix)",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if same_file(ns.file, ns.output):
        print(
            f"journeymapper: {ns.output}: "
            + tr("cli", "this is the map being exported; choose another name for the export"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        doc = load(ns.file)
    except DocumentError as exc:
        for line in exc.lines(ns.file):
            print(line, file=sys.stderr)
        return EXIT_INVALID
    other = None
    if ns.compare is not None:
        try:
            other = (load(ns.compare), Path(ns.compare).name)
        except DocumentError as exc:
            for line in exc.lines(ns.compare):
                print(line, file=sys.stderr)
            return EXIT_INVALID
    options = ExportOptions(
        fmt=suffix[1:],
        page_size=ns.page_size,
        orientation=ns.orientation,
        margin_mm=ns.margin,
        scale=ns.scale,
        tile=ns.tile,
        dpi=ns.dpi,
        transparent=ns.transparent,
        author=ns.author,
        client=ns.client,
        personas=ns.personas,
        sources=ns.sources,
        insights=ns.insights,
        text_as_paths=ns.svg_text_as_paths,
        report=ns.report,
        handouts=ns.handouts,
        compare=other,
    )
    from .i18n import export_language, use_language

    use_language(export_language(doc.locale))  # page text in the interface's language
    try:
        export_map(doc, ns.output, options)
    except ExportError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SaveError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_INVALID
    finally:
        use_language(None)
    print(tr("cli", "wrote") + f" {ns.output}")
    return EXIT_OK


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper",
        usage="journeymapper [FILE] | journeymapper COMMAND ... (see --help)",
    )
    parser.add_argument("file", nargs="?", metavar="FILE")
    return parser


def cmd_validate(files: Sequence[str]) -> int:
    from .model.fastcheck import is_valid_file

    status = EXIT_OK
    for name in files:
        if is_valid_file(name):  # a quick yes; anything else is read and explained by load
            print(f"{name}: " + tr("cli", "valid"))
            continue
        from .io import load
        from .model import DocumentError

        try:
            load(name)
        except DocumentError as exc:
            status = EXIT_INVALID
            for line in exc.lines(name):
                print(line)
        else:
            print(f"{name}: " + tr("cli", "valid"))
    return status


def cmd_templates() -> int:
    from .templates import list_templates

    for info in list_templates():
        print(f"{info.name}  [{info.locale}] {info.title}: {info.description}")
    return EXIT_OK


def cmd_new(ns: argparse.Namespace) -> int:
    from .io import SaveError, save
    from .templates import UnknownTemplateError, blank_map, load_template

    output: str = ns.output
    target = Path(output)
    if target.exists() and not ns.force:
        print(
            f"journeymapper: {output}: " + tr("cli", "file exists; use --force to overwrite it"),
            file=sys.stderr,
        )
        return EXIT_INVALID
    if ns.template is not None and (ns.stages or ns.locale):
        print(
            "journeymapper: " + tr("cli", "--stages and --locale go with --blank"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if ns.locale is not None and not _LOCALE.fullmatch(ns.locale):
        print(
            f"journeymapper: {ns.locale}: "
            + tr("cli", 'not a language code such as "en" or "it-IT"'),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        if ns.blank:
            doc = blank_map(ns.locale or "en", ns.stages)
            what = tr("cli", "blank map")
        else:
            doc = load_template(ns.template)
            what = ns.template
    except UnknownTemplateError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        save(doc, target)
    except SaveError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(tr("cli", "wrote") + f" {output} ({what})")
    return EXIT_OK


#: the form of a map's language field (as in the file format)
_LOCALE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every OSError becomes a message naming the path, and exit 1."""
    try:
        return _main(argv)
    except BrokenPipeError:  # `journeymapper schema | head`
        return EXIT_OK
    except OSError as exc:
        from .io.save import explain

        where = exc.filename if exc.filename is not None else ""
        name = os.fsdecode(where) if isinstance(where, bytes | str) else str(where)
        prefix = f"journeymapper: {name}: " if name else "journeymapper: "
        print(prefix + explain(exc), file=sys.stderr)
        return EXIT_INVALID


def _main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and (args[0] in COMMANDS or args[0].startswith("-")):
            if args[0] == "validate":  # the one command scripts run on many files: kept light
                known, extra = validate_parser().parse_known_args(args[1:])
                if not extra:  # else the full parser says what is wrong, in its words
                    return cmd_validate(known.files)
            from . import desktop, present, upgrade
            from .analysis import cli as analysis_cli
            from .compare import command as compare_command
            from .interop import command as interop_command

            ns = build_parser().parse_args(args)
            if ns.command is None and ns.example:
                from . import startup

                startup.rest()
                from .app import run_gui

                return run_gui(example=True)
            if ns.command == "validate":
                return cmd_validate(ns.files)
            if ns.command == "schema":
                from .io import schema_text

                sys.stdout.write(schema_text())
                return EXIT_OK
            if ns.command == "templates":
                return cmd_templates()
            if ns.command == "new":
                return cmd_new(ns)
            if ns.command == "export":
                return cmd_export(ns)
            if ns.command == "upgrade":
                return upgrade.run(ns)
            if ns.command == "insights":
                return analysis_cli.run(ns)
            if ns.command == "present":
                return present.run(ns)
            if ns.command in compare_command.COMMANDS:
                return compare_command.run(ns)
            if ns.command == "install-desktop":
                return desktop.run(ns)
            if ns.command in interop_command.COMMANDS:
                return interop_command.run(ns)
            build_parser().print_help()
            return EXIT_USAGE
        ns = gui_parser().parse_args(args)
    except SystemExit as exc:  # argparse: --help/--version (0) and usage errors (2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    except BrokenPipeError:  # `journeymapper schema | head`
        return EXIT_OK
    # a map name (NAME.journey.json) that does not exist is offered as a new map
    if ns.file is not None and not Path(ns.file).exists() and not ns.file.endswith(".json"):
        print(
            f"journeymapper: {ns.file}: "
            + tr("cli", "no such file (commands are: {0}; see --help)").format(", ".join(COMMANDS)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    from . import startup

    startup.rest()
    from .app import run_gui

    return run_gui(ns.file)


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
