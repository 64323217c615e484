"""Write ``src/policyparse/lexicon/plain_chars.txt``: for each script, the characters that score
in full in a plausibility test, as a character class body (see :mod:`policyparse.lexicon.han`).

Run after a change to ``PLAUSIBLE_SYMBOLS`` or ``COMMON_HAN_RANGES``; ``tests/test_fast_normalize.py``
fails while the file and the derivation differ.
"""

from __future__ import annotations

from pathlib import Path

from policyparse.lexicon.han import PLAIN_CHARS_FILE, SCRIPTS, plain_class_body

TARGET = Path(__file__).resolve().parents[1] / "src" / "policyparse" / "lexicon" / PLAIN_CHARS_FILE

if __name__ == "__main__":
    lines = [f"{codec}\t{plain_class_body(codec)}" for codec in SCRIPTS]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
