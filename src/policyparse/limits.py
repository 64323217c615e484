"""Input size limits, apart from the modules that apply them so that reading them loads nothing."""

from __future__ import annotations

#: Default input size limit in characters (about 20 MB of Chinese text).
DEFAULT_MAX_CHARS = 20_000_000
