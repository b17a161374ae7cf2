"""An owner's answer becomes a FAQ entry; its translations are drafts for the translators.

``publish_answer`` (one transaction): the entry is created in the language the question was
asked in and published (the owner's answer is the publication the issue asks for: no text of a
page changes, and the answer is the owner's to give); wagtail-localize's translation of the entry
into every other locale is created at once as a draft (``Translation.save_target(publish=False)``,
what its "Translate" action does), so translators find it in Snippets → FAQ entries in their
language and translate it in wagtail-localize's editor, then submit it through "Moderated
publishing" like the glossary. The member is told once it is saved (``notify.py``).
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from members.sanitise import plain_text, rich_text_paragraphs
from qa.models import FaqEntry, Question


class AlreadyAnswered(Exception):
    pass


def publish_answer(question, user, question_text, answer_text):
    from qa import notify

    with transaction.atomic():
        locked = Question.objects.select_for_update().get(pk=question.pk)
        if locked.state != Question.NEW:
            raise AlreadyAnswered
        now = timezone.now()
        locale = Locale.objects.get(language_code=question.language)
        entry = FaqEntry(
            locale=locale,
            question=plain_text(question_text),
            answer=rich_text_paragraphs(answer_text),
            page=question.page,
            first_published=now,
            live=False,
        )
        entry.save()
        revision = entry.save_revision(user=user, log_action=True)
        # The owner may publish answers (admin_views.may_answer checked it), not FAQ entries at large.
        revision.publish(user=user, skip_permission_checks=True)
        create_translations(entry, user)
        Question.objects.filter(pk=question.pk).update(
            state=Question.PUBLISHED, answered=now, answered_by=user, entry=entry
        )
    question.refresh_from_db()
    notify.answered(question)
    return entry


def create_translations(entry, user):
    """Draft translations of ``entry`` in every other locale (wagtail-localize), for the translators."""
    source, _created = TranslationSource.get_or_create_from_instance(entry)
    for locale in Locale.objects.exclude(pk=entry.locale_id):
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(user=user, publish=False)


def decline(question, user, reason):
    from qa import notify

    with transaction.atomic():
        updated = Question.objects.filter(pk=question.pk, state=Question.NEW).update(
            state=Question.DECLINED, answered=timezone.now(), answered_by=user, reason=plain_text(reason)
        )
        if not updated:
            raise AlreadyAnswered
    question.refresh_from_db()
    notify.declined(question)
