"""The abstract page every page type of the portal extends, and the rich text it offers editors."""

from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import page_urls, shared_data
from portal.edit_conflicts import PageForm
from portal.visibility import PortalPageManager, restricted_paths

# The rich text features editors get in body fields.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


def rich_text(verbose_name, **kwargs):
    """A rich text section field; blank unless told otherwise."""
    kwargs.setdefault("blank", True)
    return RichTextField(verbose_name=verbose_name, features=RICH_TEXT_FEATURES, **kwargs)


def page_type_name(model):
    """What readers call pages of ``model`` ("Good practice", "Resource"), capitalised, in the active language.

    A page type's ``reader_type_label``, else its verbose name.
    """
    name = str(getattr(model, "reader_type_label", None) or model._meta.verbose_name)
    return name[:1].upper() + name[1:]


def live_homes():
    """{language code: live home page} of every locale (shared data): pages of the type declaring ``locale_home``."""
    model = next(model for model in get_page_models() if getattr(model, "locale_home", False))
    return shared_data.remember(
        "homes",
        lambda: {page.locale.language_code: page for page in model.objects.live().select_related("locale")},
    )


def active_locale():
    """``Locale.get_active()``, read from the live home pages (``live_homes``) when the language has one.

    Every public page reads the home pages anyway (the frame, the site's root page), so the
    reader's locale costs no query of its own; a language without a live home page falls
    back to Wagtail's own lookup.
    """
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return Locale.get_active()
    home = live_homes().get(code)
    return home.locale if home is not None else Locale.get_active()


def owned_tree_page_models():
    """The page types that may sit inside an owned tree, as they declare (``allowed_in_owned_trees``)."""
    return [model for model in get_page_models() if getattr(model, "allowed_in_owned_trees", False)]


def owned_tree_root_models():
    """The page types whose pages root an owned tree, as they declare (``ownable_tree_root``)."""
    return [model for model in get_page_models() if getattr(model, "ownable_tree_root", False)]


class BasePage(Page):
    """Every page type of the portal extends this one.

    It declares the translatable fields of Wagtail's own Page so that each page type
    extends an explicit list instead of relying on wagtail-localize's guesses.
    """

    #: What readers call this kind of page (search results, the type facet); the model's name by default.
    reader_type_label = None

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus", overridable=False),
    ]

    #: May also sit inside an owned tree (a country, region or theme: a page type with
    #: ``ownable_tree_root``, see editorial/models.py), besides its ``parent_page_types``.
    allowed_in_owned_trees = False

    objects = PortalPageManager()
    # Refuses a save based on an older revision than the latest (portal/edit_conflicts.py).
    base_form_class = PageForm

    class Meta:
        abstract = True

    @classmethod
    def clean_subpage_models(cls):
        """Wagtail's ``subpage_types``; an owned tree's root also accepts every page type allowed in owned trees.

        ``subpage_types = None`` on a portal page type means: the page types that name it in
        their own ``parent_page_types`` (the home page and its sections), not every page type.
        """
        if getattr(cls, "subpage_types", None) is None:
            return [
                model
                for model in get_page_models()
                if getattr(model, "parent_page_types", None) is not None and cls in model.clean_parent_page_models()
            ]
        models = super().clean_subpage_models()
        if getattr(cls, "ownable_tree_root", False):
            models = models + [model for model in owned_tree_page_models() if model not in models]
        return models

    @classmethod
    def clean_parent_page_models(cls):
        """Wagtail's ``parent_page_types``; a page type allowed in owned trees also goes below every tree root."""
        models = super().clean_parent_page_models()
        if cls.allowed_in_owned_trees:
            models = models + [model for model in owned_tree_root_models() if model not in models]
        return models

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, their ids kept as shared data.

        A public page (nearly all) then costs no query here: the empty list gives
        ``PageViewRestriction.objects.none()``. Still a queryset, as Wagtail's callers expect.
        """
        from wagtail.models import PageViewRestriction

        def build():
            # No restricted page is this page or above it (the paths are read once per request).
            if not any(self.path.startswith(path) for path in restricted_paths()):
                return []
            return list(super(BasePage, self).get_view_restrictions().values_list("pk", flat=True))

        ids = shared_data.remember(f"restrictions:{self.pk}", build)
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()

    def get_url_parts(self, request=None):
        """Wagtail's, with the URL reversal remembered per process (``portal/page_urls.py``)."""
        return page_urls.url_parts(self, request)

    def get_listing_summary(self):
        """The short text shown for this page in listings and search results."""
        return getattr(self, "summary", "") or getattr(self, "intro", "") or self.search_description
