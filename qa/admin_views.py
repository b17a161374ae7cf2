"""Questions in the Wagtail admin: the owners of a tree (and the Editors) read and answer them.

A specialist sees the questions asked on the trees they own, oldest first; an editor (or a
superuser) sees every question. Opening or answering a question of another tree is refused
(403). "Publish the answer" makes the FAQ entry (``publishing.py``); "Decline" needs a reason,
which the member receives.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from editorial.roles import EDITORS
from qa.forms import AnswerForm, DeclineForm
from qa.models import Question
from qa.notify import answerers
from qa.publishing import AlreadyAnswered, decline, publish_answer


def sees_every_question(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=EDITORS).exists())


def questions_for(user):
    """The questions ``user`` answers: their trees' (unowned ones go to the Editors), or all for editors."""
    if sees_every_question(user):
        return Question.objects.all()
    return Question.objects.filter(tree__owners=user)


def can_answer_questions(user):
    from editorial.ownership import trees_owned_by

    return user.is_active and (sees_every_question(user) or trees_owned_by(user).exists())


def may_answer(user, question):
    return sees_every_question(user) or (question.tree_id and question.tree.owners.filter(pk=user.pk).exists())


def index(request):
    if not can_answer_questions(request.user):
        raise PermissionDenied
    state = request.GET.get("state", Question.NEW)
    if state not in dict(Question.STATES):
        state = Question.NEW
    questions = (
        questions_for(request.user)
        .filter(state=state)
        .select_related("page", "member__user")
        .order_by("created" if state == Question.NEW else "-answered")
    )
    page = Paginator(questions, 25).get_page(request.GET.get("p"))
    return render(request, "qa/admin/index.html", {"questions": page, "state": state, "states": Question.STATES})


def answer(request, pk):
    question = get_object_or_404(Question.objects.select_related("page", "member__user", "tree", "entry"), pk=pk)
    if not may_answer(request.user, question):
        # A 403 that says whose question it is (Wagtail turns PermissionDenied into a redirect home).
        return render(
            request, "qa/admin/refused.html", {"question": question, "owners": answerers(question)}, status=403
        )
    action = request.POST.get("action")
    answer_form = AnswerForm(request.POST if action == "publish" else None, initial={"question": question.text})
    decline_form = DeclineForm(request.POST if action == "decline" else None)
    if request.method == "POST" and question.state == Question.NEW:
        try:
            if action == "publish" and answer_form.is_valid():
                publish_answer(
                    question, request.user, answer_form.cleaned_data["question"], answer_form.cleaned_data["answer"]
                )
                messages.success(
                    request,
                    _(
                        "The answer is published on the page and in the FAQ; the member has been told. "
                        "Its translations await the translators."
                    ),
                )
                return redirect("qa_questions:answer", question.pk)
            if action == "decline" and decline_form.is_valid():
                decline(question, request.user, decline_form.cleaned_data["reason"])
                messages.success(request, _("Question declined; the member has been told why."))
                return redirect("qa_questions:index")
        except AlreadyAnswered:
            messages.error(request, _("Someone else has already answered this question."))
            return redirect("qa_questions:answer", question.pk)
    page = question.page.specific_deferred
    return render(
        request,
        "qa/admin/answer.html",
        {
            "question": question,
            "page": page,
            "answer_form": answer_form,
            "decline_form": decline_form,
            "entry_url": AdminURLFinder(request.user).get_edit_url(question.entry) if question.entry_id else None,
        },
    )


def overdue(user, before):
    """Unanswered questions of ``user``'s trees asked before ``before`` (count, the oldest ten)."""
    questions = questions_for(user).filter(Q(state=Question.NEW), created__lt=before).select_related("page")
    return questions.count(), list(questions.order_by("created")[:10])
