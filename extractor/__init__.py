"""unionstats: Vietnamese trade-union news -> checkable statistics records.

Data flows one way: fetch -> clean -> normalize -> segment -> extract ->
resolve -> store/score.  See README.md, section "Architecture".
"""

__version__ = "0.1.0"

# The extractors `--extractors` offers, and the one the commands run by default
# (`extractor extract`, `extractor run`): the one that scores best on articles
# no extractor was fitted to (docs/ner.md says how that was measured).  The
# library calls (`pipeline.load_resources`, `batch.Options`) default to
# LIBRARY_EXTRACTORS, the rules alone: fast, and what the rule tests pin down.
EXTRACTOR_CHOICES = ("rules", "ner", "both")
DEFAULT_EXTRACTORS = "rules"
LIBRARY_EXTRACTORS = "rules"
