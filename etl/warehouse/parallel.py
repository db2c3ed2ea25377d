"""Mapping work over processes with results handed back in submission order, a few at a time.

The build's output must not depend on the number of processes, so results are consumed in the
order the work was submitted, whatever order the workers finish in. At most `2 × jobs` pieces are
in flight: a slow consumer (the database writer) holds back reading instead of letting results
pile up in memory. With one job the work runs in the caller's process, with no pool at all.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _die_with_parent(parent: int) -> None:
    """Pool initializer: a worker ends when the build does, even when the build is `kill -9`ed.

    Forked workers share the call queue's pipe, so none of them sees it close when the parent dies;
    without this they would wait on it forever. Linux sends SIGKILL at the parent's death
    (PR_SET_PDEATHSIG); the getppid check covers a parent that died before the call.
    """
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _warm_up() -> int:
    """Load the extractor's reference data and morphology (before forking the workers)."""
    from etl.extract import extract, extract_events
    from etl.reference import load_fx_rates

    text = "Товарооборот Минска и Москвы в 2023 году составил 5 млрд долларов. Стороны подписали соглашение."
    extract(text, None)
    extract_events(text, None)
    load_fx_rates()
    return os.getpid()


class OrderedExecutor:
    """submit(fn, arg, then) runs fn(arg) in a worker and then(result) here, in submission order."""

    def __init__(self, jobs: int, in_flight_per_job: int = 2):
        self.jobs = max(1, jobs)
        self.limit = self.jobs * in_flight_per_job
        self.queue: deque[tuple[Future, Callable]] = deque()
        self.pool = None
        if self.jobs > 1:
            # fork: workers start in milliseconds with the extractor already loaded here (morphology,
            # reference data, compiled patterns), shared copy-on-write instead of loaded once per
            # worker. A fork pool starts every worker at its first submit: here, before the build
            # opens DuckDB, so no other thread exists to be forked.
            _warm_up()
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"),
                                            initializer=_die_with_parent, initargs=(os.getpid(),))
            self.pool.submit(os.getpid)

    def submit(self, fn: Callable, arg, then: Callable) -> None:
        if self.pool is None:
            then(fn(arg))
            return
        while len(self.queue) >= self.limit:
            self._take()
        self.queue.append((self.pool.submit(fn, arg), then))

    def _take(self) -> None:
        future, then = self.queue.popleft()
        then(future.result())

    def drain(self) -> None:
        """Wait for every piece in flight and hand over its result."""
        while self.queue:
            self._take()

    def close(self) -> None:
        if self.pool is not None:
            for future, _ in self.queue:
                future.cancel()
            self.queue.clear()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> OrderedExecutor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
