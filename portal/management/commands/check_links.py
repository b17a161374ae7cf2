"""manage.py check_links: report the outside links of live pages that no longer work.

Exits with status 1 when a link is broken, so that a scheduled run can alert someone.
"""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from portal.links import check_url, outside_links


class Command(BaseCommand):
    help = (
        "Check the outside links of live pages (themes' reading lists, events' registration links): "
        "HEAD, then GET, within a timeout. Lists each broken link with the pages and fields that use it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10, help="Seconds to wait for each server (default 10).")

    def handle(self, *args, timeout, **options):
        links = outside_links()
        broken = []
        for url, uses in links.items():
            result = check_url(url, timeout=timeout)
            result.uses = uses
            if not result.ok:
                broken.append(result)
            elif options["verbosity"] > 1:
                self.stdout.write(f"ok      {url} ({result.status})")
        for result in broken:
            self.stdout.write(self.style.ERROR(f"BROKEN  {result.url} ({result.error})"))
            for use in result.uses:
                page = use.page
                edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
                self.stdout.write(
                    f"        {page.title} [{page.locale.language_code}] {page.get_url() or page.url_path}"
                    f" (edit: {edit}): {use.field}"
                )
        summary = f"{len(links)} links checked, {len(broken)} broken."
        if broken:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
