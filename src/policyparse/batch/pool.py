"""Running a batch: in this process or in worker processes that never outlive it.

* :func:`run_batch` parses inputs in-process (one worker) or in a
  :class:`~concurrent.futures.ProcessPoolExecutor`, in input order or as they finish, and
  yields one outcome per input; a worker process that dies takes only its own input down.
* Workers **die with their parent**: on Linux each asks the kernel for SIGKILL when its parent
  dies (``prctl(PR_SET_PDEATHSIG)``), and on every platform a watch thread ends it when its
  parent process changes (``os.getppid()``). A parent stopped by SIGINT/SIGTERM (see
  :mod:`policyparse.batch.signals`) or by an exception ends and reaps them itself: the pool is
  started from a multiprocessing context that records the processes it starts, so they can be
  terminated without touching the pool's private state.
* Workers are **pre-warmed**: before they are forked the parent loads everything a parse can
  load lazily (:func:`warm_up`), so no worker loads a dictionary of its own.
* :func:`default_workers` picks the worker count from the work: small batches run in-process.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, cast

from policyparse.batch.inputs import Input, ParseOptions, size_of
from policyparse.batch.signals import STOP_SIGNALS
from policyparse.batch.work import Job, Outcome, RenderSpec, Worker, work

#: Small inputs travel to the workers in chunks of up to this many inputs …
CHUNK_MAX_INPUTS = 16
#: … or of about this many bytes, so that per-task overhead stays small for tiny files while
#: the last chunks are short enough for the workers to finish together.
CHUNK_MAX_BYTES = 64 * 1024
#: In ordered mode, at most this many finished outcomes wait for a slow one before them; past
#: it no new work is handed out until the slow input is done (memory stays bounded).
MAX_WAITING = 2048
#: Seconds between two looks of a worker's watch thread at its parent.
PARENT_WATCH_SECONDS = 0.5
#: ``prctl`` option number of ``PR_SET_PDEATHSIG`` (linux/prctl.h).
PR_SET_PDEATHSIG = 1

#: Work below which a batch runs in-process (see :func:`default_workers`): about the bytes the
#: parser reads in the time it takes to start and pre-warm a pool, times two.
PARALLEL_MIN_BYTES = 4_000_000
#: Bytes of input per extra worker: fewer would spend more on starting it than it saves.
BYTES_PER_WORKER = 1_000_000


# ---------------------------------------------------------------------------------------------
# How many workers


def available_cores() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def default_workers(
    n_inputs: int | None = None, total_bytes: int | None = None, *, cores: int | None = None
) -> int:
    """The worker count for a batch of ``n_inputs`` inputs of ``total_bytes`` bytes in all.

    Starting and pre-warming a pool costs about a second and a half of one core (the jieba
    dictionaries alone take 1.2 s); parsing reads roughly 2.5 MB of input a second per core.
    So a batch under :data:`PARALLEL_MIN_BYTES` runs in this process, and a larger one gets
    one worker per :data:`BYTES_PER_WORKER`, up to the cores and the inputs (measured on two
    cores: docs/batch.md). Without arguments: the number of cores.

    >>> default_workers(59, 1_500_000, cores=2), default_workers(359, 8_800_000, cores=2)
    (1, 2)
    """
    cores = cores or available_cores()
    if n_inputs is None or total_bytes is None:
        return cores
    if n_inputs < 2 or total_bytes < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(cores, n_inputs, total_bytes // BYTES_PER_WORKER))


# ---------------------------------------------------------------------------------------------
# Warm-up


#: A small notice touching every stage (metadata, headings, targets, tasks, agencies, articles).
_WARM_UP_TEXT = (
    "河北省人民政府办公厅关于加快推进新型智慧城市建设的指导意见\n冀政办字〔2019〕1号\n"
    "各市人民政府，省政府各部门：\n一、总体要求\n到2025年，城市治理覆盖率达到90%以上。\n"
    "二、重点任务\n（一）加强基础设施建设。（省发展改革委牵头，省财政厅、省工业和信息化厅配合）\n"
    "第一条 为了规范管理，制定本办法。\n第二条 县级以上地方人民政府市场监督管理部门负责本行政区域内的监督管理工作，"
    "由市发展改革委会同有关部门组织实施。\n河北省人民政府办公厅\n2019年2月19日\n"
)
_warmed: set[str] = set()


def _warm_steps(keywords: bool) -> dict[str, Any]:
    """What a parse may load lazily, by name: each a function of no argument."""
    from policyparse import normalize, tokenizer
    from policyparse.grammar._compile import compile_all
    from policyparse.io import decode, load_bytes
    from policyparse.pipeline import parse
    from policyparse.stages.tasks import words

    steps: dict[str, Any] = {
        "patterns": compile_all,
        "pipeline": lambda: parse(_WARM_UP_TEXT),
        "organs": tokenizer.organ_tokenizer,
        "task-words": words.table,
        "opencc": lambda: (normalize.to_simplified("國務院"), parse("國務院關於加強管理的通?（tōng）知\n")),
        "decode": lambda: load_bytes("国务院关于加强管理的通知。".encode("gb18030") * 4, name="a.txt"),
        "han": lambda: decode.plausibility("国"),
        "html": lambda: load_bytes("<html><body><p>通知</p></body></html>".encode(), name="a.html"),
        "docx": lambda: __import__("docx"),
    }
    if keywords:  # keywords use jieba's own dictionary and its tagger; nothing else does
        steps["jieba"] = tokenizer.get_tokenizer
        steps["jieba-pos"] = lambda: list(tokenizer.get_pos_tokenizer().cut("加强基础设施建设"))
        steps["keywords"] = lambda: parse(_WARM_UP_TEXT, keywords=True)
    return steps


def warm_up(*, keywords: bool = False) -> None:
    """Load, in this process, everything a parse can load lazily (patterns, word lists, the organ
    dictionary, OpenCC, the HTML, Word and encoding readers; jieba's tagger only for keywords), so that worker
    processes forked afterwards inherit it instead of each loading its own copy. Each step runs
    once per process; a step that fails is skipped (the worker then loads it if it needs it)."""
    for name, step in _warm_steps(keywords).items():
        if name in _warmed:
            continue
        _warmed.add(name)
        with contextlib.suppress(Exception):
            step()


# ---------------------------------------------------------------------------------------------
# Worker processes that die with their parent


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_WATCH_SECONDS)
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: nobody will read our results


def _worker_init(parent: int) -> None:
    """Run in each worker as it starts: signals, and death with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the group; the parent handles it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    if hasattr(signal, "pthread_sigmask"):
        # a worker forked while the parent held the stop signals back (writing a record) would
        # inherit the blocked mask and ignore the SIGTERM that ends it: the batch then hung
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the request above took effect
        os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent,), name="policyparse-parent-watch", daemon=True
    ).start()


class _RecordingContext:
    """A multiprocessing context that records the processes it starts (the pool's workers).

    ``ProcessPoolExecutor`` takes a context (``mp_context``) and starts its workers with
    ``context.Process``; recording them here lets a stopped batch end them at once through the
    public :class:`multiprocessing.Process` API.
    """

    def __init__(self, base: BaseContext) -> None:
        self._base = base
        self.processes: list[BaseProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> BaseProcess:
        process = cast(BaseProcess, self._base.Process(*args, **kwargs))  # type: ignore[attr-defined]
        self.processes.append(process)
        return process

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)


class _Pool:
    """A process pool whose workers die with this process and can be ended at once."""

    def __init__(self, workers: int) -> None:
        # On Linux the workers are forked: they start in milliseconds with the parser imported
        # and warm, and they do not re-import the caller's __main__ (spawn and forkserver do,
        # which breaks scripts without an ``if __name__ == "__main__":`` guard).
        base = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
        self.context = _RecordingContext(base)
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=cast(BaseContext, self.context),
            initializer=_worker_init,
            initargs=(os.getpid(),),
        )

    def submit(self, worker: Worker, chunk: list[Job]) -> Future[list[Outcome]]:
        """Hand one chunk to the pool."""
        return self.executor.submit(work_chunk, worker, chunk)

    def stop(self, *, finished: bool) -> None:
        """Shut the pool down; when the batch did not finish, cancel the work and end the workers now.

        Either way the pool's manager thread has ended on return, so nothing is left to race
        with the interpreter's exit, and every worker has been reaped.
        """
        if not finished:
            self.executor.shutdown(wait=False, cancel_futures=True)
            for process in self.context.processes:
                with contextlib.suppress(Exception):
                    if process.is_alive():
                        process.terminate()
            for process in self.context.processes:  # one that did not end is killed before the wait
                with contextlib.suppress(Exception):
                    process.join(timeout=5)
                    if process.is_alive():
                        process.kill()
        self.executor.shutdown(wait=True)
        for process in self.context.processes:
            with contextlib.suppress(Exception):
                process.join(timeout=5)


def work_chunk(worker: Worker, chunk: list[Job]) -> list[Outcome]:
    """Run ``worker`` on each job of a chunk (in a worker process)."""
    return [worker(job) for job in chunk]


# ---------------------------------------------------------------------------------------------
# Scheduling


def _died(job: Job) -> Outcome:
    index, item = job[0], job[1]
    return Outcome(
        index, item.path, item.key, False, "the worker process died while parsing this input", exit_code=1
    )


def _isolate(job: Job, worker: Worker) -> Outcome:
    """Run one job alone in a fresh process: after a pool broke, this finds the input that broke it."""
    pool = _Pool(1)
    try:
        return pool.submit(worker, [job]).result()[0]
    except BrokenProcessPool:
        return _died(job)
    finally:
        pool.stop(finished=True)


def _chunks(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    """Consecutive jobs grouped by size: a large file alone, many small ones together."""
    chunk: list[Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        size += size_of(job[1])
        if len(chunk) >= CHUNK_MAX_INPUTS or size >= CHUNK_MAX_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Reorder:
    """Releases outcomes in input order (or at once, when not ``ordered``)."""

    def __init__(self, ordered: bool) -> None:
        self.ordered = ordered
        self.waiting: dict[int, Outcome] = {}
        self.next_index = 0

    def push(self, outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
        """Take finished outcomes; yield those that may go out now."""
        if not self.ordered:
            yield from outcomes
            return
        for outcome in outcomes:
            self.waiting[outcome.index] = outcome
        while self.next_index in self.waiting:
            yield self.waiting.pop(self.next_index)
            self.next_index += 1

    def full(self) -> bool:
        """Whether too many outcomes wait for an earlier one."""
        return len(self.waiting) >= MAX_WAITING


def _run_parallel(
    jobs: Iterator[Job], workers: int, worker: Worker, ordered: bool, options: ParseOptions
) -> Iterator[Outcome]:
    window = workers * 3  # bounded number of chunks in flight: memory stays flat for 10^6 files
    if sys.platform.startswith("linux"):
        warm_up(keywords=options.keywords)
    pool = _Pool(workers)
    chunks = _chunks(jobs)
    in_flight: dict[Future[list[Outcome]], list[Job]] = {}
    reorder = _Reorder(ordered)
    finished = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < window and not reorder.full():
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                in_flight[pool.submit(worker, chunk)] = chunk
            if not in_flight:
                yield from sorted(
                    reorder.waiting.values(), key=lambda outcome: outcome.index
                )  # none expected
                finished = True
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken = True  # the chunk stays in flight and is re-examined below
                    continue
                del in_flight[future]
                yield from reorder.push(results)
            if broken:
                suspects = [job for chunk in in_flight.values() for job in chunk]
                in_flight.clear()
                pool.stop(finished=False)
                for job in suspects:
                    yield from reorder.push([_isolate(job, worker)])
                pool = _Pool(workers)
    finally:
        pool.stop(finished=finished)


#: The options and rendering :func:`run_batch` uses by default.
DEFAULT_OPTIONS = ParseOptions()
DEFAULT_SPEC = RenderSpec()


def run_batch(
    inputs: Iterable[Input],
    options: ParseOptions = DEFAULT_OPTIONS,
    *,
    spec: RenderSpec = DEFAULT_SPEC,
    workers: int = 1,
    ordered: bool = True,
    worker: Worker = work,
) -> Iterator[Outcome]:
    """Parse ``inputs`` and yield one :class:`~policyparse.batch.work.Outcome` each.

    Args:
        inputs: What to parse (from :func:`~policyparse.batch.inputs.discover`).
        options: Passed to the parser for every input.
        spec: How each notice is rendered in the worker (serialising is part of the parallel work).
        workers: Processes to use; ``1`` parses in this process (see :func:`default_workers`).
        ordered: Yield outcomes in input order (``True``) or as they finish.
        worker: The function run per input (a top-level function, so it can be pickled).

    Closing the generator early (an exception in the consumer, a broken pipe, a stop signal
    turned into an exception) cancels the pending work, ends the workers and reaps them before
    it returns.
    """
    jobs = ((index, item, options, spec) for index, item in enumerate(inputs))
    if workers <= 1:
        for job in jobs:
            yield worker(job)
        return
    yield from _run_parallel(jobs, workers, worker, ordered, options)


__all__ = [
    "CHUNK_MAX_BYTES",
    "CHUNK_MAX_INPUTS",
    "MAX_WAITING",
    "available_cores",
    "default_workers",
    "run_batch",
    "warm_up",
    "work_chunk",
]
