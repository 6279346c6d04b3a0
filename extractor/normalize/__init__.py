"""Repair damaged Vietnamese text, keeping a map back to the original offsets.

    from extractor.normalize import repair
    rep = repair("Kêt nạp mới 5.821 đoàn viên")
    rep.text                      # 'Kết nạp mới 5.821 đoàn viên'
    rep.span_to_original(0, 3)    # offsets into the original text

See docs/normalize.md.
"""

from extractor.normalize.legacy import decode_bytes, fix_legacy_text
from extractor.normalize.model import RepairModel, load_model
from extractor.normalize.offsets import Correction, Repaired
from extractor.normalize.repair import repair

__all__ = ["Correction", "Repaired", "RepairModel", "decode_bytes", "fix_legacy_text", "load_model", "repair"]
