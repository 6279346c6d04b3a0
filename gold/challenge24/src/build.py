"""challenge24: build ../articles.jsonl from a1,a2,a3,a4, checked by gold/tooling/checks.py.
-v lists every digit string that is not gold; -g lists the gold; -s prints the statistics."""
import sys

import lib, a1, a2, a3, a4  # noqa: E401 (lib puts gold/tooling on the path)
from checks import check_and_write

docs = [lib.build(*a) for a in a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS]
NODATELINE = {'ad20'}   # excerpt scraped without a dateline
PRE = {'ad11', 'ad12', 'ad13', 'ad14'}   # 2023-2025 articles that mention an upcoming merger
for d in docs:
    if d['published']:
        assert ('2023-01-01' <= d['published'] < '2025-07-01') == (d['id'] in PRE), d['id']
        assert d['published'] <= '2026-12-31', d['id']
check_and_write(docs, 'ad', 20, sys.argv, chars=(400, 3500),
                records=(3, 15), nodateline=NODATELINE)
