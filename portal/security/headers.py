"""Security headers: Content-Security-Policy (django-csp), Permissions-Policy, and private
caching of restricted documents.

- **Public site**: scripts, styles, fonts, images and requests from the portal's own origin
  only; no inline script or style (the templates have none: scripts are static files that
  read their settings from ``data-`` attributes); frames only from the video hosts that the
  "Embedded media" block shows (``CSP_FRAME_SRC``); the portal may frame itself (the admin's
  preview), no one else may frame it.
- **Admin** (``/admin/``, ``/django-admin/``): the same, but ``'unsafe-inline'`` for scripts
  and styles, ``data:``/``blob:`` images and same-origin frames. Reason: Wagtail 8 and
  wagtail-localize still write inline ``<script>`` blocks (date pickers, inline panels, the
  translation editor) and ``style`` attributes (Draftail, the page editor's React parts) and
  take no nonce; the admin is reached only by signed-in staff, and its previews render the
  public templates. When Wagtail takes nonces, tighten this.
- **Permissions-Policy**: the portal uses no camera, microphone, location, payment, USB…; the
  header says so, so that nothing embedded can ask for them either.
- **Restricted documents**: Wagtail serves documents without ``Cache-Control``; for one
  in a collection with a view restriction, ``private_restricted_documents`` marks the answer
  ``private`` so that no proxy or CDN keeps a copy for the next reader.
"""

from functools import wraps

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model

from portal.security.lockout import is_admin_path

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy (ADMIN_CONTENT_SECURITY_POLICY) for admin paths."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            admin = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(default_config(admin), parts.update, parts.replace, parts.nonce)
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def private_restricted_documents(view):
    """Wraps Wagtail's document views: the answer for a restricted document is private."""

    @wraps(view)
    def serve(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # wagtaildocs_serve takes (document_id, document_filename), positionally.
        document_id = kwargs.get("document_id", args[0] if args else None)
        if document_id is not None and response.status_code in (200, 206, 302, 304):
            document = get_document_model().objects.filter(pk=document_id).select_related("collection").first()
            if document is not None and document.collection.get_view_restrictions().exists():
                patch_cache_control(response, private=True)
        return response

    return serve
