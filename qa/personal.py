"""A member's questions in their data download, and removed with the account if they ask (``members/signals.py``).

Kept (the default), a question stays with "former member" (``Question.member`` is set to null
with the account); a published answer is the specialists' FAQ entry and stays either way.
"""


def personal_data(sender, member, user, **kwargs):
    return {
        "questions": [
            {
                "page": question.page.title,
                "address": question.page.full_url,
                "language": question.language,
                "question": question.text,
                "state": question.state,
                "asked": question.created,
                "answered": question.answered,
                "reason_for_declining": question.reason or None,
            }
            for question in member.questions.select_related("page").order_by("created")
        ]
    }


def account_deleting(sender, member, user, remove_contributions=False, **kwargs):
    if remove_contributions:
        member.questions.all().delete()
