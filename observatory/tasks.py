"""The admin import of a checked file, as a django-tasks task that reports its progress.

``import_figures`` runs ``importer.run`` on the file the editor checked (kept in Django's cache by
``admin_views``) and writes its progress — the phase, the lines done, the total — to the cache
under the job's key, where the progress view reads it. With django-tasks' default
``ImmediateBackend`` (no ``TASKS`` setting) the task runs within the confirming request and the
progress page shows the finished import; with a background backend and its worker it runs
there, and the page refreshes itself (no script) until it is done. The import stays
all-or-nothing: one transaction, whatever the number of steps reported.
"""

from django.core.cache import cache
from django_tasks import task

PROGRESS_SECONDS = 3600


def progress_key(user_id, job):
    return f"observatory:import-progress:{user_id}:{job}"


def set_progress(user_id, job, **state):
    cache.set(progress_key(user_id, job), state, PROGRESS_SECONDS)


@task()
def import_figures(user_id, job, pending_key):
    from observatory import importer

    pending = cache.get(pending_key)
    if pending is None:
        set_progress(user_id, job, phase="failed", done=0, total=0, name="", summary="", errors=[])
        return False
    name = pending["name"]

    def progress(phase, done, total):
        set_progress(user_id, job, phase=phase, done=done, total=total, name=name, summary="", errors=[])

    report = importer.run(pending["text"], progress=progress)
    cache.delete(pending_key)
    set_progress(
        user_id,
        job,
        phase="done" if report.ok else "failed",
        done=report.lines,
        total=report.lines,
        name=name,
        summary=report.summary(),
        errors=[str(error) for error in report.errors],
    )
    return report.ok
