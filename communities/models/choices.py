"""A community's privacy choices (used by the page type and by the rules of ``communities/access.py``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Access(models.TextChoices):
    PRIVATE = "private", _("Private: by invitation only")
    SEMI_PRIVATE = "semi-private", _("Semi-private: joining asks the managers")
    PUBLIC = "public", _("Public: anyone joins at once; content for members only")
    OPEN = "open", _("Open: anyone reads; only members post")
