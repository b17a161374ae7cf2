"""The hook for the mail provider's bounce and complaint webhook (cannot be exercised here without one).

``POST /bulletin/bounces/<BULLETIN_BOUNCE_WEBHOOK_SECRET>/`` with a JSON body
``{"email": "…", "kind": "hard" | "complaint", "detail": "…"}`` (or a list of such objects)
marks each known address as bouncing: a ``Bounce`` row, after which no bulletin is sent to it,
and the ``subscriber_bounced`` signal (sender ``Bounce``, ``subscriber``, ``kind``) for other
code to act on. Soft bounces (a full mailbox) are the provider's to retry: send only permanent
failures and complaints. Most providers post their own format: a small adapter view that
reads it and calls ``mark_bouncing()`` is all a new provider needs. A wrong secret, or none set
(the hook is then off), answers 403; a body it cannot read, 400.
"""

import json

from django.conf import settings
from django.dispatch import Signal
from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bulletin.models import Bounce, BounceKind
from feeds.models import Subscriber

subscriber_bounced = Signal()


def mark_bouncing(email, kind, detail=""):
    """Mark ``email`` as bouncing; returns the subscriber, or None for an unknown address."""
    subscriber = Subscriber.objects.filter(email=email.strip().lower()).first()
    if subscriber is None:
        return None
    Bounce.objects.update_or_create(subscriber=subscriber, defaults={"kind": kind, "detail": detail[:2000]})
    subscriber_bounced.send(sender=Bounce, subscriber=subscriber, kind=kind)
    return subscriber


@csrf_exempt
@require_POST
def webhook(request, secret):
    expected = getattr(settings, "BULLETIN_BOUNCE_WEBHOOK_SECRET", "")
    if not expected or not constant_time_compare(secret, expected):
        return HttpResponseForbidden("unknown webhook")
    try:
        payload = json.loads(request.body)
        reports = payload if isinstance(payload, list) else [payload]
        parsed = [(str(r["email"]), str(r["kind"]), str(r.get("detail", ""))) for r in reports]
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("expected JSON {email, kind, detail}")
    if any(kind not in BounceKind.values for _email, kind, _detail in parsed):
        return HttpResponseBadRequest(f"kind must be one of {', '.join(BounceKind.values)}")
    marked = sum(mark_bouncing(*report) is not None for report in parsed)
    return JsonResponse({"marked": marked, "unknown": len(parsed) - marked})
