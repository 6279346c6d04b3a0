"""`extractor normalize FILE|- [--diff]`: print the repaired text, or the list of corrections."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("normalize", help="repair damaged Vietnamese text (encodings, Unicode, diacritics, typos)")
    p.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    p.add_argument("--diff", action="store_true",
                   help="list each correction instead: offset, original, replacement, reason (tab-separated)")
    p.set_defaults(func=run)


def _read(name: str) -> bytes:
    """Bytes of FILE or stdin; one clear line when they cannot be read."""
    from extractor.errors import InputError

    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None


def run(args: argparse.Namespace) -> int:
    from extractor.errors import InputError
    from extractor.normalize import decode_bytes, repair

    name = "<stdin>" if args.file == "-" else args.file
    try:
        text, _encoding = decode_bytes(_read(args.file))
    except InputError as exc:
        msg = str(exc)
        raise InputError(msg if msg.startswith(name) else f"{name}: {msg}") from None
    rep = repair(text)
    if args.diff:
        for c in rep.corrections:
            print(f"{c.start}\t{_show(c.original)}\t{_show(c.replacement)}\t{c.reason}")
    else:
        sys.stdout.write(rep.text)
    return 0


def _show(s: str) -> str:
    """Invisible characters made visible in the diff listing."""
    return s.encode("unicode_escape").decode("ascii") if (not s.isprintable() or not s.strip()) else s
