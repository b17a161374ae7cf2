"""A community's files: categories its managers define, and the files members share (``communities/files.py``).

The file itself is a Wagtail document in the community's own private collection
(``FileCollection``): a collection restricted to the community's Django group, so that
Wagtail's document serving refuses it to anyone else. Like discussions, categories and files
belong to the canonical community page.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FileCollection(models.Model):
    """The private Wagtail collection holding a community's files (made at its first upload)."""

    community = models.OneToOneField(
        "communities.CommunityPage",
        on_delete=models.CASCADE,
        related_name="file_collection",
        verbose_name=_("community"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.CASCADE, related_name="+", verbose_name=_("collection")
    )

    class Meta:
        verbose_name = _("community file collection")
        verbose_name_plural = _("community file collections")

    def __str__(self):
        return str(self.collection)


class FileCategory(models.Model):
    community = models.ForeignKey(
        "communities.CommunityPage",
        on_delete=models.CASCADE,
        related_name="file_categories",
        verbose_name=_("community"),
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("file category")
        verbose_name_plural = _("file categories")
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["community", "name"], name="one_file_category_name")]

    def __str__(self):
        return self.name


class CommunityFile(models.Model):
    """A file shared in a community: its document (title, file, size), category, uploader and date."""

    community = models.ForeignKey(
        "communities.CommunityPage", on_delete=models.CASCADE, related_name="files", verbose_name=_("community")
    )
    category = models.ForeignKey(
        FileCategory, on_delete=models.RESTRICT, related_name="files", verbose_name=_("category")
    )
    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="community_file", verbose_name=_("document")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("uploaded by")
    )
    created_at = models.DateTimeField(_("shared"), default=timezone.now)

    class Meta:
        verbose_name = _("community file")
        verbose_name_plural = _("community files")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.document.title

    @property
    def title(self):
        return self.document.title
