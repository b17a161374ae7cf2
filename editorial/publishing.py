"""What happens when the review approves: the page goes live.

Wagtail's default finish action publishes the latest revision *as the approving user*
and so requires reviewers to hold the "publish" page permission, which would also let
them publish, unpublish, move and delete pages directly, outside the workflow. Here the
approval itself is the authority: the latest revision (the one the reviewer saw and
approved; the four-eyes task refuses anyone who wrote a revision since submission) is
published on the reviewer's behalf and logged as theirs, and reviewers keep no page
rights of their own. Configured by ``WAGTAIL_FINISH_WORKFLOW_ACTION`` in settings.

The approval is a review: a page with a "last reviewed" date (a country profile) is
published with today's date (``reviewed.stamp_review``).
"""


def publish_on_approval(workflow_state, user=None):
    # Imported here: Wagtail imports this module while its models load, before its admin can be.
    from editorial.reviewed import stamp_review

    revision = stamp_review(workflow_state.content_object.get_latest_revision())
    revision.publish(user=user, skip_permission_checks=True)
