"""The `extractor` command: wires subcommands together, nothing more.

Each subcommand lives in `extractor/commands/<name>.py` and exposes
`register(subparsers)`, which adds its parser and sets `func`.  Errors meant
for the user (`UserError`) become one line on stderr and a non-zero exit,
never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from extractor import __version__
from extractor.errors import UserError

# Order is the order of `extractor --help`.
COMMANDS = (
    "run", "extract", "score", "normalize", "crawl", "export",
    "check", "audit", "serve", "train",
)


def build_parser() -> argparse.ArgumentParser:
    """Parser with every subcommand whose module is present."""
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Vietnamese trade-union news -> checkable statistics records.",
    )
    parser.add_argument("--version", action="version", version=f"unionstats {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"extractor.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"extractor.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        rc = args.func(args)
        return int(rc or 0)
    except UserError as exc:
        print(f"extractor {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"extractor {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `extractor extract ... | head`: the reader left; not an error.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except Exception as exc:  # last resort: one line, not a traceback
        if os.environ.get("UNIONSTATS_DEBUG"):
            raise
        print(
            f"extractor {args.command}: internal error: {type(exc).__name__}: {exc} "
            "(set UNIONSTATS_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        return 70
