"""The digest as a django-tasks task: ``manage.py send_digest`` enqueues it (cron is the scheduler).

django-tasks has no scheduler: cron (or a systemd timer) runs ``manage.py send_digest`` daily;
the command enqueues this task on the configured backend (``TASKS``; without one, django-tasks'
immediate backend runs it at once, in the command's process) or runs it in the process with
``--now``. Enqueued twice, it sends nobody two digests: each subscriber's ``last_digest_at``
says a digest is not due again before its day or week.
"""

from django_tasks import task

from feeds.digest import send_digests


@task()
def send_digests_task(frequency=None):
    """Send every due digest (of one rhythm, ``"daily"``/``"weekly"``, when given); ``{"sent", "empty"}``."""
    sent, empty = send_digests(frequency=frequency)
    return {"sent": sent, "empty": empty}
