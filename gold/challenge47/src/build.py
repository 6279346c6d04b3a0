"""challenge47 (recent news rich in time phrases): build ../articles.jsonl from a1,a2,a3,a4, checked by gold/tooling/checks.py.
-v lists every digit string that is not gold; -g lists the gold; -s prints the statistics."""
import sys

import lib, a1, a2, a3, a4  # noqa: E401 (lib puts gold/tooling on the path)
from checks import check_and_write

docs = [lib.build(*a) for a in a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS]
NODATELINE = {'bz17', 'bz18', 'bz20'}   # undated pages (published null)
for d in docs:     # the pages listed without a dateline are the undated ones
    assert (d['published'] is None) == (d['id'] in NODATELINE), d['id']
check_and_write(docs, 'bz', 20, sys.argv, chars=(400, 3500), records=(3, 20), nodateline=NODATELINE)
