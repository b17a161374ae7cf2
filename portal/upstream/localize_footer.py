"""wagtail-localize's translation editor footer, replaced for those who submit instead of publish.

Gap in wagtail-localize (1.14, its React translation editor's footer, in
``wagtail_localize/static/wagtail_localize/js/wagtail-localize.js``): the footer builds its actions
from the props' ``perms`` and ``links`` in a fixed order, "Stop Synced translation" first and
"Publish in …" last, and always makes the LAST one the main button (``const l=i.pop()`` in the
bundle). Nothing in the props adds an action or chooses the main
one. For anyone without the publish right (translators, specialists) the main button is therefore
the destructive "Stop synchronising translations" (or Delete, Lock…), and the natural action of a
translator, submitting the translation for review, is not in the footer at all.
Upstream: wagtail/wagtail-localize, the React ``TranslationEditor``'s footer; no issue
on it was found in its tracker (December 2026): one is to be filed.

Workaround: for those users the portal's copy of the editor template
(``templates/wagtail_localize/admin/edit_translation.html``) renders the footer itself, with
Wagtail's own footer components: "Submit for review" as the main button (the portal's
``translation_review.submit_translation_for_review``), the other actions (stop synchronising,
lock or unlock, unpublish, delete, as wagtail-localize offers them to that user) in the "More
actions" menu, and the preview beside it. The editor's container carries the class
``portal-own-footer``, under which ``portal/static/editorial/admin.css`` hides the React footer.
Users who may publish keep wagtail-localize's footer ("Publish in …" is its main button).
The same holds for translatable snippets reviewed through the workflow (FAQ entries, glossary
terms): wagtail-localize offers their translators, who may change but not publish them, only
"Stop synchronising"; the portal's footer submits them for review too (the same view).

Also in that bundle, not passed through its ``gettext`` and so English in every admin language
(nothing in the props or catalogues reaches them; rebuilding the bundle is the only fix):
- the heading above the texts, ``${sourceLocale.displayName} to ${locale.displayName}
  translation`` ("Espagnol to Français translation"): the two names come from the props, already
  in the user's language, the words " to " and " translation" are hard-coded;
- "More actions", the screen-reader label of the footer's menu toggle (the portal's own footer,
  above, uses Wagtail's translated one, so only publishers still meet it).
Upstream: wagtail/wagtail-localize, the React ``TranslationEditor``; no issue on it was found in
its tracker (December 2026): one is to be filed.

tests/upstream/test_localize_footer.py fails when the bundle no longer behaves this way (then
check whether this module is still needed), and checks the footer each role sees.
"""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Page, PreviewableMixin, WorkflowMixin
from wagtail.snippets.permissions import get_permission_name

# What the tests look for in wagtail-localize's bundle: the behaviour worked around or documented here.
BUNDLE = "wagtail_localize/js/wagtail-localize.js"
BUNDLE_MAIN_ACTION_IS_LAST = "const l=i.pop();"
BUNDLE_STOP_FIRST = 'let i=[t().createElement("button"'
BUNDLE_HARD_CODED = ("to ${r.locale.displayName} translation`", '"w-sr-only"},"More actions")')


def reviewed_snippet(instance):
    """Whether ``instance`` is a snippet whose changes go through a review workflow (FAQ entries, glossary terms)."""
    return (
        not isinstance(instance, Page)
        and isinstance(instance, WorkflowMixin)
        and isinstance(instance, DraftStateMixin)
        and instance.get_workflow() is not None
    )


def may_publish_snippet(user, instance):
    """wagtail-localize's own test for its "Publish in …" action on a snippet."""
    return user.is_superuser or user.has_perm(get_permission_name("publish", type(instance)))


def replaces_footer(instance, page_perms, user=None):
    """Whether the portal renders the footer: pages (or reviewed snippets) whose user may not publish them."""
    if isinstance(instance, Page):
        return page_perms is not None and not page_perms.can_publish()
    return user is not None and reviewed_snippet(instance) and not may_publish_snippet(user, instance)


def snippet_edit_url(instance):
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)])


def _submit_action(translation):
    return {
        "label": _("Submit for review"),
        "url": reverse("editorial_submit_translation", args=[translation.pk]),
        "icon": "resubmit",
        "method": "post",
        "name": "editorial-submit-translation",
    }


def _stop_action(translation, edit_url):
    return {
        "label": _("Stop synchronising this translation"),
        "url": reverse("wagtail_localize:stop_translation", args=[translation.pk])
        + "?"
        + urlencode({"next": edit_url}),
        "icon": "cross",
        "method": "post",
        "name": "localize-stop-translation",
    }


def snippet_footer(translation, instance, user):
    """The footer's actions for a user who may change but not publish the reviewed snippet ``instance``."""
    edit_url = snippet_edit_url(instance)
    policy = instance.snippet_viewset.permission_policy
    main = None
    if policy.user_has_permission_for_instance(user, "change", instance) and not instance.workflow_in_progress:
        main = _submit_action(translation)
    others = [_stop_action(translation, edit_url)]
    if policy.user_has_permission_for_instance(user, "delete", instance):
        url = reverse(instance.snippet_viewset.get_url_name("delete"), args=[quote(instance.pk)])
        others.append({"label": _("Delete"), "url": url, "icon": "bin", "method": "get", "name": "delete"})
    preview = None
    if isinstance(instance, PreviewableMixin) and instance.preview_modes:
        preview = {
            "label": _("Preview"),
            "url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
            "icon": "view",
            "method": "get",
            "name": "preview",
        }
    # In review: nothing to submit and no preview; the footer says so rather than showing an empty button.
    status = _("Awaiting review") if instance.workflow_in_progress else None
    return {"main": main, "others": others, "preview": preview, "next": edit_url, "status": status}


def footer(translation, instance, page_perms):
    """The footer's actions for a user who may not publish ``instance``: the main one, the others, the preview.

    Each action is a dict: ``label``, ``url``, ``icon``, ``method`` ("post" for a form, "get" for a
    link) and ``name`` (the button's name, for tests and styling).
    """
    edit_url = reverse("wagtailadmin_pages:edit", args=[instance.pk])
    with_next = "?" + urlencode({"next": edit_url})
    main = None
    if page_perms.can_edit() and page_perms.can_submit_for_moderation():
        main = _submit_action(translation)
    others = [_stop_action(translation, edit_url)]
    locked = instance.locked
    if page_perms.can_lock() and not locked:
        others.append(
            {
                "label": _("Lock"),
                "url": reverse("wagtailadmin_pages:lock", args=[instance.pk]) + with_next,
                "icon": "lock",
                "method": "post",
                "name": "lock",
            }
        )
    if page_perms.can_unlock() and locked:
        others.append(
            {
                "label": _("Unlock"),
                "url": reverse("wagtailadmin_pages:unlock", args=[instance.pk]) + with_next,
                "icon": "lock-open",
                "method": "post",
                "name": "unlock",
            }
        )
    if page_perms.can_unpublish() and instance.live:
        url = reverse("wagtailadmin_pages:unpublish", args=[instance.pk])
        others.append({"label": _("Unpublish"), "url": url, "icon": "download", "method": "get", "name": "unpublish"})
    if page_perms.can_delete():
        url = reverse("wagtailadmin_pages:delete", args=[instance.pk])
        others.append({"label": _("Delete"), "url": url, "icon": "bin", "method": "get", "name": "delete"})
    preview = None
    if instance.preview_modes:
        preview = {
            "label": _("Preview"),
            "url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
            "icon": "view",
            "method": "get",
            "name": "preview",
        }
    return {"main": main, "others": others, "preview": preview, "next": edit_url}
