"""The ``journeymapper`` command: the GUI when given no sub-command, tools otherwise.

Exit codes: 0 success, 1 invalid input or document, 2 usage. Errors the user can cause
print a plain message, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, upgrade
from .analysis import cli as analysis_cli
from .compare import command as compare_command
from .export.common import PAGE_SIZE_CHOICES
from .i18n import tr
from .io import SaveError, load, save, schema_text
from .model import DocumentError
from .templates import UnknownTemplateError, list_templates, load_template

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
    *compare_command.COMMANDS,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper",
        description=tr(
            "cli",
            "Customer-journey map editor. With no command, opens the editor "
            "(on FILE, or on the built-in example map).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"journeymapper {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help=tr("cli", "check journey map files; one line per problem"))
    p.add_argument("files", nargs="+", metavar="FILE")

    sub.add_parser("schema", help=tr("cli", "print the JSON Schema of the file format"))
    sub.add_parser("templates", help=tr("cli", "list the built-in templates"))

    p = sub.add_parser("new", help=tr("cli", "write a new journey map from a template"))
    p.add_argument(
        "--template",
        "-t",
        required=True,
        metavar="NAME",
        help=tr("cli", "template name (see 'journeymapper templates')"),
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("cli", "file to write"))
    p.add_argument("--force", action="store_true", help=tr("cli", "overwrite FILE if it exists"))
    p = sub.add_parser(
        "export",
        help=tr("cli", "export a map as a PDF poster or a PNG image (format from OUT's suffix)"),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT", help=tr("cli", "OUT.pdf or OUT.png")
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
    p.add_argument("--transparent", action="store_true", help=tr("cli", "PNG without a background"))
    p.add_argument("--author", help=tr("cli", "PDF: author shown in the title block"))
    p.add_argument("--client", help=tr("cli", "PDF: client shown in the title block"))
    p.add_argument(
        "--personas", action="store_true", help=tr("cli", "PDF: add a page for each persona")
    )
    p.add_argument(
        "--sources",
        action="store_true",
        help=tr("cli", "PDF: add a page listing the evidence; cards show their sources' numbers"),
    )
    upgrade.add_parser(sub)
    analysis_cli.add_parser(sub)
    compare_command.add_parsers(sub)
    return parser


def cmd_export(ns: argparse.Namespace) -> int:
    from .export import ExportError, ExportOptions, export_map

    suffix = Path(ns.output).suffix.lower()
    if suffix not in (".pdf", ".png"):
        print(
            f"journeymapper: {ns.output}: "
            + tr("cli", "the output must end in .pdf or .png (the format comes from the suffix)"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        doc = load(ns.file)
    except DocumentError as exc:
        for line in exc.lines(ns.file):
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
    )
    try:
        export_map(doc, ns.output, options)
    except ExportError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SaveError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_INVALID
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
    status = EXIT_OK
    for name in files:
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
    for info in list_templates():
        print(f"{info.name}  [{info.locale}] {info.title}: {info.description}")
    return EXIT_OK


def cmd_new(template: str, output: str, force: bool) -> int:
    target = Path(output)
    if target.exists() and not force:
        print(
            f"journeymapper: {output}: " + tr("cli", "file exists; use --force to overwrite it"),
            file=sys.stderr,
        )
        return EXIT_INVALID
    try:
        doc = load_template(template)
    except UnknownTemplateError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        save(doc, target)
    except SaveError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(tr("cli", "wrote") + f" {output} ({template})")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and (args[0] in COMMANDS or args[0].startswith("-")):
            ns = build_parser().parse_args(args)
            if ns.command == "validate":
                return cmd_validate(ns.files)
            if ns.command == "schema":
                sys.stdout.write(schema_text())
                return EXIT_OK
            if ns.command == "templates":
                return cmd_templates()
            if ns.command == "new":
                return cmd_new(ns.template, ns.output, ns.force)
            if ns.command == "export":
                return cmd_export(ns)
            if ns.command == "upgrade":
                return upgrade.run(ns)
            if ns.command == "insights":
                return analysis_cli.run(ns)
            if ns.command in compare_command.COMMANDS:
                return compare_command.run(ns)
            build_parser().print_help()
            return EXIT_USAGE
        ns = gui_parser().parse_args(args)
    except SystemExit as exc:  # argparse: --help/--version (0) and usage errors (2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    except BrokenPipeError:  # `journeymapper schema | head`
        return EXIT_OK
    if ns.file is not None and not Path(ns.file).exists():
        print(
            f"journeymapper: {ns.file}: "
            + tr("cli", "no such file (commands are: {0}; see --help)").format(", ".join(COMMANDS)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    from .app import run_gui

    return run_gui(ns.file)


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
