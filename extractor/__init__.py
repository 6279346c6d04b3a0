"""unionstats: Vietnamese trade-union news -> checkable statistics records.

Data flows one way: fetch -> clean -> normalize -> segment -> extract ->
resolve -> store/score.  See README.md, section "Architecture".
"""

__version__ = "0.1.0"
