"""Signals during a batch: SIGTERM and SIGINT end it cleanly, and never in the middle of a record.

* :func:`stop_on_signals` turns SIGINT, SIGTERM and SIGHUP into an :class:`Interrupted`
  exception in the main thread. The exception unwinds the batch like Ctrl-C does: the pool's
  workers are ended and reaped, the output is closed, and the CLI exits with ``128 + signal``
  (130 for SIGINT, 143 for SIGTERM). Without it SIGTERM would end the parent at once and leave
  its workers to the parent-death watch (see :mod:`policyparse.batch.pool`).
* :func:`deferred_signals` holds those signals back while a record is written, so that an
  interrupted run never leaves half a line; the signal is handled as soon as the write is done.
  Only SIGKILL (which nothing can catch) can cut a line short, and ``--resume`` repairs that.
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
    """Block the stop signals for the duration (POSIX); pending ones are delivered at the end."""
    if not hasattr(signal, "pthread_sigmask") or not _in_main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


__all__ = ["STOP_SIGNALS", "Interrupted", "deferred_signals", "stop_on_signals"]
