"""unionstats: Vietnamese trade-union news -> checkable statistics records.

Data flows one way: fetch -> clean -> normalize -> segment -> extract ->
resolve -> store/score.  See README.md, section "Architecture".
"""

__version__ = "0.1.0"

# The extractors `--extractors` offers, and the one every entry point uses by
# default (`pipeline`, `batch.Options`, `extractor extract`): one place, so they
# cannot drift apart.  docs/ner.md says how the default is chosen.
EXTRACTOR_CHOICES = ("rules", "ner", "both")
DEFAULT_EXTRACTORS = "rules"
