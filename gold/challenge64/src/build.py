"""challenge64 (dev-like exam 8): build ../articles.jsonl from a1,a2,a3,a4, checked by gold/tooling/checks.py.
-v lists every digit string that is not gold; -g lists the gold; -s prints the statistics."""
import sys

import lib, a1, a2, a3, a4  # noqa: E401 (lib puts gold/tooling on the path)
from checks import check_and_write

docs = [lib.build(*a) for a in a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS]
NODATELINE = {'cq01'}   # the nld.com.vn page keeps no dateline in its scraped text, as the dev nld pages
check_and_write(docs, 'cq', 20, sys.argv, chars=(400, 3500), records=(3, 20), nodateline=NODATELINE)
