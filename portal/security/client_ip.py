"""The reader's address, the same for the login lockout and the rate limits.

``CLIENT_IP_PROXY_COUNT`` (settings, env) says how many proxies of our own stand in front of
the app: 0 means REMOTE_ADDR is the reader; with N, the address N hops from the right of
X-Forwarded-For is taken, so a reader cannot choose their own address by sending the header.
"""

from django.conf import settings


def client_ip(request):
    proxies = getattr(settings, "CLIENT_IP_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"
