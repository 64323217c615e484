"""Compiling patterns: once, on first use, and only here.

Every pattern of policyparse is declared in a module of :mod:`policyparse.grammar` with
:func:`pattern`, which returns a :class:`LazyPattern`: the source is kept, and the
:mod:`regex` pattern is compiled the first time a method is used. Importing policyparse
therefore compiles nothing, a parse compiles only what it uses, and :func:`compile_all`
compiles everything at once (a batch worker does this before its first document, so that
no document pays for it). :data:`REGISTRY` lists every pattern for the integrity tests.
A compiled :mod:`regex` pattern is kept between runs (:mod:`policyparse.grammar._cache`), so
a later process reads it instead of compiling it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

import regex

if TYPE_CHECKING:  # pragma: no cover - typing only
    from policyparse.grammar._cache import PatternCache

    Pattern = regex.Pattern[str]
    BytesPattern = regex.Pattern[bytes]

#: Every pattern declared with :func:`pattern`, in declaration order.
REGISTRY: list[LazyPattern] = []

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A :mod:`regex` pattern compiled on first use; it answers like the compiled pattern.

    The first method looked up compiles the source and stores the compiled pattern's bound
    methods on the instance, so later calls cost what a call on the compiled pattern costs.
    """

    __slots__ = ("__dict__", "build", "flags", "plain", "source")

    def __init__(
        self,
        source: str | bytes,
        flags: int = 0,
        *,
        plain: bool = False,
        build: Callable[[], str] | None = None,
    ) -> None:
        self.source = source
        self.flags = flags
        self.plain = plain
        #: Makes the source on first use (see :func:`built_plain_pattern`); then ``None``.
        self.build = build

    @property
    def pattern(self) -> str | bytes:
        """The source, as :attr:`regex.Pattern.pattern` gives it."""
        self._make_source()
        return self.source

    def _make_source(self) -> None:
        """Make the source of a pattern built from data (once)."""
        if self.build is not None:
            self.source, self.build = self.build(), None

    def compiled(self) -> regex.Pattern[str] | regex.Pattern[bytes]:
        """The compiled pattern (compiling it now if needed)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            self._make_source()
            found = re.compile(cast(str, self.source), self.flags) if self.plain else _compile_regex(self)
            self.__dict__["_compiled"] = found
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
        return cast("regex.Pattern[str] | regex.Pattern[bytes]", found)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"pattern({self.source!r})"


#: Compiled patterns kept between runs (:mod:`policyparse.grammar._cache`), opened on first use.
_CACHE: list[PatternCache] = []


def _compile_regex(lazy: LazyPattern) -> Any:
    """A :mod:`regex` pattern from the cache of compiled patterns, or compiled (and cached) now."""
    if not _CACHE:
        from policyparse.grammar._cache import open_cache

        _CACHE.append(open_cache())
    cache = _CACHE[0]
    found = cache.get(lazy.source, lazy.flags)
    if found is None:
        found = regex.compile(lazy.source, lazy.flags)
        cache.add(lazy.source, lazy.flags, found)
    return found


def pattern(source: str, flags: int = 0) -> Pattern:
    """Declare a pattern (compiled on first use); typed as a compiled :mod:`regex` pattern."""
    lazy = LazyPattern(source, flags)
    REGISTRY.append(lazy)
    return cast("Pattern", lazy)


def bytes_pattern(source: bytes, flags: int = 0) -> BytesPattern:
    """Declare a pattern over bytes (compiled on first use), for what is read before decoding."""
    lazy = LazyPattern(source, flags)
    REGISTRY.append(lazy)
    return cast("BytesPattern", lazy)


def plain_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Declare a pattern for the standard :mod:`re` engine (compiled on first use).

    Only for the few whole-text scans where speed matters and no :mod:`regex` feature is
    used (``\\p{…}`` classes, variable look-behind): :mod:`re` scans a simple character class
    several times faster and compiles it sooner.
    """
    lazy = LazyPattern(source, flags, plain=True)
    REGISTRY.append(lazy)
    return cast("re.Pattern[str]", lazy)


def built_plain_pattern(build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """Declare a pattern for the standard :mod:`re` engine whose source ``build`` makes from data
    on first use (as :func:`plain_pattern`): a character class of thousands of code points,
    which importing policyparse should not pay for, and which :mod:`re` matches in a lookup
    per character where :mod:`regex` searches its ranges."""
    lazy = LazyPattern("", flags, plain=True, build=build)
    REGISTRY.append(lazy)
    return cast("re.Pattern[str]", lazy)


def alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """``a|b|c`` of ``words``, longest first (so that the longest word wins), escaped by default."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) if escape else word for word in ordered)


def compile_all() -> int:
    """Compile every declared pattern now; returns how many there are."""
    for lazy in REGISTRY:
        lazy.compiled()
    return len(REGISTRY)


#: Flags re-exported so that stage modules never import :mod:`regex` to spell them.
MULTILINE = regex.MULTILINE
IGNORECASE = regex.IGNORECASE
REVERSE = regex.REVERSE
DOTALL = regex.DOTALL
