"""The readers' side: asking a question on a page, and the contact form.

Both are forms with a CSRF token, answered ``never_cache`` (never kept by the page cache).
Asking needs an account: an anonymous reader is sent to sign in and comes back to the form.
Both are rate-limited (``RATE_LIMITS["question"]`` per member and per address; the contact
form ``RATE_LIMITS["email"]`` per address, as every public form that sends email), have a
field people never see (a bot filling it is refused and nothing is sent), and save or send
nothing on bad input.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from editorial.ownership import owned_tree_for
from members.views import member_of
from qa import notify
from qa.faq import takes_questions
from qa.forms import ContactForm, QuestionForm
from qa.models import Question


def rate_limited(request, name, keys):
    """The 429 page if ``request`` is over ``RATE_LIMITS[name]`` for any of ``keys``, else None."""
    from django_ratelimit.core import is_ratelimited

    from portal.security.client_ip import client_ip
    from portal.security.ratelimits import period_seconds, too_many_requests

    rate = settings.RATE_LIMITS.get(name)
    if not rate:
        return None
    makers = {
        "member": lambda group, request: str(request.user.pk),
        "address": lambda group, request: client_ip(request),
    }
    for key in keys:
        if is_ratelimited(
            request, group=f"qa:{name}:{key}", key=makers[key], rate=rate, method=["POST"], increment=True
        ):
            return too_many_requests(request, period_seconds(rate))
    return None


@never_cache
def ask(request, page_id):
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        # A draft, a restricted page or no page at all: the same answer, nothing said about it.
        raise Http404
    page = page.specific
    if not takes_questions(page):
        return render(request, "qa/no_questions_here.html", {"page": page}, status=400)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = QuestionForm(request.POST or None)
    if request.method == "POST":
        refused = rate_limited(request, "question", ["member", "address"])
        if refused is not None:
            return refused
        if form.is_valid():
            with transaction.atomic():
                question = Question.objects.create(
                    member=member_of(request.user),
                    page=page,
                    tree=owned_tree_for(page),
                    language=translation.get_language(),
                    text=form.cleaned_data["text"],
                )
            notify.new_question(question)
            messages.success(
                request,
                _(
                    "Thank you: your question has been sent to the specialists of this page. "
                    "We will tell you by email when it is answered."
                ),
            )
            return redirect(page.url + "#questions")
    return render(request, "qa/ask.html", {"page": page, "form": form})


@never_cache
def contact(request):
    initial = {}
    if request.user.is_authenticated:
        initial = {"name": request.user.get_full_name(), "email": request.user.email}
    form = ContactForm(request.POST or None, initial=initial)
    if request.method == "POST":
        refused = rate_limited(request, "email", ["address"])
        if refused is not None:
            return refused
        if form.is_valid():
            data = form.cleaned_data
            notify.contact(data["name"], data["email"], data["subject"], data["message"], translation.get_language())
            messages.success(
                request,
                _("Thank you: your message has been sent to the site team. A copy is on its way to %(email)s.")
                % {"email": data["email"]},
            )
            return redirect("qa:contact")
    return render(request, "qa/contact.html", {"form": form})
