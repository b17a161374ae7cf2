"""Publishing a wagtail-localize translation at once, inside a running transaction.

``Translation.save_target(publish=True)`` does not publish: it saves a revision and
defers ``revision.publish`` to ``transaction.on_commit``. When several translations are
saved in one transaction (a command, a data migration, a test), those deferred publishes
run at commit with revisions captured earlier, and restore stale tree columns: every
translated parent gets back the ``numchild`` it had before its children were added, and
Wagtail then serves those children as 404s. ``publish_translation`` saves the draft and
publishes its revision immediately, while it is current. Outside code paths that need
this (the demo loader) call it instead of ``save_target(publish=True)``.
"""


def publish_translation(translation, user=None):
    """Save ``translation``'s target from its current strings and publish it now; returns the target."""
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish(user=user)
    return type(target).objects.get(pk=target.pk)
