"""`extractor serve`: the fact-checking page on http://127.0.0.1:PORT/."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="a local web page to check claims, read articles and audit findings")
    p.add_argument("--db", default="unionstats.sqlite", help="SQLite file (default: %(default)s)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: %(default)s, this machine only)")
    p.add_argument("--port", type=int, default=8765, help="port (default: %(default)s; 0 = any free port)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractor.serve import make_server

    server = make_server(args.db, args.host, args.port)
    host, port = server.server_address[:2]
    print(f"serving {args.db} on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
