"""The memory allocator of the ``policyparse`` program, set for large inputs.

glibc's ``malloc`` maps a block of 128 KiB or more on its own and unmaps it when it is freed,
but each time such a block is freed it raises that threshold to the block's size (up to
32 MiB). The strings of a long document are text-sized (several MB each) and are freed
between stages, so after the first one the next are carved from the heap, which does not
shrink, and later stages' memory is added on top: the peak of 10 MB of text through
``policyparse parse`` was 138 MB, 115 MB with the threshold held at 128 KiB. The program holds
it there when an input is large; a library caller's process is left as it is.
"""

from __future__ import annotations

import sys

#: Inputs of this many bytes or more get the setting (smaller ones gain nothing from it).
LARGE_INPUT = 1 << 20
#: ``M_MMAP_THRESHOLD`` of glibc's ``mallopt`` and the value it is held at.
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024


def hold_mmap_threshold(input_size: int) -> bool:
    """Hold glibc's mmap threshold at 128 KiB when ``input_size`` is large; whether it was set.

    Linux with glibc only; elsewhere, or if the C library has no ``mallopt``, nothing is done.
    """
    if input_size < LARGE_INPUT or not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
