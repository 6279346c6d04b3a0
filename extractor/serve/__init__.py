"""`extractor serve`: a small local web page for fact-checking and auditing.

app.py answers the questions (check a claim, show an article with its
figures, list audit findings) as JSON-ready dicts; render.py turns an
article and its records into HTML with every figure in a <mark>;
server.py serves both and the static page with the standard library's
ThreadingHTTPServer, bound to 127.0.0.1 unless told otherwise.
"""

from extractor.serve.server import make_server

__all__ = ["make_server"]
