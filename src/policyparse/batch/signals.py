"""Signals during a batch: SIGTERM and SIGINT end it cleanly, and never in the middle of a record.

* :func:`stop_on_signals` turns SIGINT, SIGTERM and SIGHUP into an :class:`Interrupted`
  exception in the main thread. The exception unwinds the batch like Ctrl-C does: the pool's
  workers are ended and reaped, the output is closed, and the CLI exits with ``128 + signal``
  (130 for SIGINT, 143 for SIGTERM). Without it SIGTERM would end the parent at once and leave
  its workers to the parent-death watch (see :mod:`policyparse.batch.pool`).
* :func:`deferred_signals` holds those signals back while a record is written, so that an
  interrupted run never leaves half a line; the signal is handled as soon as the write is done.
  Only SIGKILL (which nothing can catch) can cut a line short, and ``--resume`` repairs that.
  Blocking the signals in the main thread is not enough: a signal sent to the process goes to
  any thread that does not block it (a progress bar's refresh thread), and Python then runs the
  handler in the main thread mid-write. So the handler itself also holds a signal back while a
  record is being written, and :func:`deferred_signals` raises it again when the write is done.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

#: The signals that stop a batch cleanly.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(KeyboardInterrupt):
    """A batch stopped by a signal; ``exit_code`` is the shell's ``128 + signal number``."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.exit_code = 128 + signum
        super().__init__(f"stopped by {signal.Signals(signum).name}")


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class _Held:
    """How many :func:`deferred_signals` blocks are open, and a stop signal that came meanwhile."""

    depth = 0
    pending: int | None = None


_HELD = _Held()


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Raise :class:`Interrupted` in the main thread on the first SIGINT, SIGTERM or SIGHUP.

    Later signals are ignored while the batch winds down (ending the workers takes a moment).
    The previous handlers are restored on exit. Outside the main thread this does nothing.
    """
    if not _in_main_thread():
        yield
        return
    fired = False

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        if fired:
            return
        if _HELD.depth:  # a record is being written: stop once it is whole
            _HELD.pending = signum
            return
        fired = True
        raise Interrupted(signum)

    previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
    for signum in STOP_SIGNALS:
        signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold the stop signals back for the duration; one that came meanwhile is raised at the end.

    The signals are blocked in the calling thread (POSIX), and the handler of
    :func:`stop_on_signals` keeps one that another thread received for the end.
    """
    if not _in_main_thread():
        yield
        return
    previous = (
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS) if hasattr(signal, "pthread_sigmask") else None
    )
    _HELD.depth += 1
    try:
        yield
    finally:
        _HELD.depth -= 1
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        if not _HELD.depth and _HELD.pending is not None:
            signum, _HELD.pending = _HELD.pending, None
            signal.raise_signal(signum)


__all__ = ["STOP_SIGNALS", "Interrupted", "deferred_signals", "stop_on_signals"]
