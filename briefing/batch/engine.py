"""Where the per-story tasks run: inline, a local process pool (the default), or a Dask cluster."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context

from briefing.batch.work import StoryJob, StoryResult, brief_story, one_blas_thread
from briefing.errors import BriefingError

LOCAL_CLUSTER = "local"  # --scheduler local: an in-process Dask cluster (tests, and trying Dask without one)
MAX_LOCAL_WORKERS = 8
CONNECT_TIMEOUT = "10s"  # an unreachable scheduler is reported after this, not waited on forever


def run_jobs(jobs: Sequence[StoryJob], scheduler: str | None = None, workers: int | None = None) -> Iterator[StoryResult]:
    """Each job's result, as each finishes; a task that crashes its worker comes back as that story's error."""
    if not jobs:
        return iter(())
    if scheduler:
        return _on_dask(jobs, scheduler, workers)
    count = workers or min(os.cpu_count() or 1, MAX_LOCAL_WORKERS)
    if count < 2 or len(jobs) < 2:
        return (brief_story(job) for job in jobs)
    return _in_pool(jobs, min(count, len(jobs)))


def _in_pool(jobs: Sequence[StoryJob], workers: int) -> Iterator[StoryResult]:
    """A process pool; 'spawn' because the parent may run a progress thread, which a fork would copy mid-lock."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=one_blas_thread) as pool:
        futures = {pool.submit(brief_story, job): job for job in jobs}
        yield from _collect(futures, as_completed(futures))


def _on_dask(jobs: Sequence[StoryJob], scheduler: str, workers: int | None) -> Iterator[StoryResult]:
    """The tasks on a Dask cluster: an existing scheduler's address, or 'local' for an in-process cluster."""
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError:
        raise BriefingError(None, "--scheduler needs Dask: pip install 'briefing[dask]'") from None
    cluster = None
    try:
        if scheduler == LOCAL_CLUSTER:
            # Threads in this process: starts in a fraction of a second, and needs no picklable __main__.
            cluster = LocalCluster(processes=False, n_workers=1, threads_per_worker=workers or 2,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise BriefingError(None, f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        if cluster is None:  # a real cluster's worker processes brief stories side by side (not our in-process one)
            client.run(one_blas_thread)
        futures = client.map(brief_story, list(jobs), key=[f"brief-{job.story_id}" for job in jobs], pure=False)
        yield from _collect(dict(zip(futures, jobs, strict=True)), dask_completed(futures))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(futures: dict, finished: Iterator) -> Iterator[StoryResult]:
    """Results as they finish; a future that raised (a worker died) becomes that story's error."""
    for future in finished:
        try:
            yield future.result()
        except Exception as exc:  # noqa: BLE001 - the story fails, the batch goes on
            yield StoryResult(futures[future].story_id, error=f"its worker failed: {type(exc).__name__}: {exc}")

