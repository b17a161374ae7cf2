"""The outside links of the portal's pages, and whether they still lead somewhere.

Links are gathered from live pages: the outside sources of themes' reading lists and
events' registration links. Each address is checked once (HEAD, then GET when the server
refuses HEAD or answers with an error), following redirects, within a timeout.
"""

import urllib.error
import urllib.request
from dataclasses import dataclass, field

USER_AGENT = "SocialSecurityForAll-LinkChecker/1.0"


@dataclass
class LinkUse:
    page: object
    field: str  # what the page calls the field ("further reading")


@dataclass
class LinkResult:
    url: str
    ok: bool
    status: int | None = None
    error: str = ""
    uses: list = field(default_factory=list)


def outside_links():
    """{url: [LinkUse]} for every outside link of a live page, in every language.

    The fields come from the page types: ``outside_link_fields``, declared on the class
    (a URL field, or a StreamField whose ``source`` blocks have a ``url``).
    """
    from wagtail.models import get_page_models

    links = {}
    for model in get_page_models():
        names = vars(model).get("outside_link_fields")
        if not names:
            continue
        for page in model.objects.live().select_related("locale").order_by("path", "locale_id"):
            for name in names:
                label = str(model._meta.get_field(name).verbose_name)
                for url in _urls(getattr(page, name)):
                    links.setdefault(url, []).append(LinkUse(page, label))
    return links


def _urls(value):
    if isinstance(value, str):
        return [value] if value else []
    return [block.value["url"] for block in value if block.block_type == "source" and block.value.get("url")]


def _request(url, method, timeout):
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http and https only, below)
        if method == "GET":
            response.read(1024)
        return response.status


def check_url(url, timeout=10):
    """A LinkResult for ``url``: ok when HEAD or GET ends (after redirects) with a status below 400."""
    if not url.lower().startswith(("http://", "https://")):
        return LinkResult(url, ok=False, error="not an http(s) address")
    last_error, status = "", None
    for method in ("HEAD", "GET"):
        try:
            status = _request(url, method, timeout)
            return LinkResult(url, ok=True, status=status)
        except urllib.error.HTTPError as error:
            status, last_error = error.code, f"HTTP {error.code}"
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            status, last_error = None, f"{type(reason).__name__}: {reason}" if str(reason) else type(reason).__name__
    return LinkResult(url, ok=False, status=status, error=last_error)
