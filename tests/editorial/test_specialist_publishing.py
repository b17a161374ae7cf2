"""Specialists publish what they know in the trees they own (issue 16).

Good practices, resources, evaluations, news and events are written inside the owner's
country, region or theme (Wagtail's page permissions on the tree are the right to do so),
submitted for review, and once approved appear on that page and in the library listings.

It stays on the demo content for now (marked ``demo``): its ``WagtailPageTestCase`` class is a
Django ``TestCase``, whose ``tearDownClass`` closes the database connection; on PostgreSQL that
drops a factory scene built once for the module (tests/editorial/conftest.py) under the tests
that follow it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from casestudies.models import CaseStudyPage
from home.models import StandardPage
from news.models import EventPage, NewsPage
from resources.models import ResourcePage
from tests.editorial.test_workflow import act, refused
from tests.factories import NewsPageFactory, ResourcePageFactory
from tests.helpers import demo_page, form_fields

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


# The demo accounts (the shared fixtures of tests/editorial/conftest.py build a factory scene instead).
@pytest.fixture
def specialist():
    return get_user_model().objects.get(username="specialist")


@pytest.fixture
def reviewer():
    return get_user_model().objects.get(username="reviewer")


@pytest.fixture
def editor():
    return get_user_model().objects.get(username="editor")


def with_tags(data, countries=(), themes=()):
    """Form data with the tag checkboxes as a browser posts them (``nested_form_data`` would number them)."""
    return {**data, "countries": [page.pk for page in countries], "themes": [page.pk for page in themes]}


def good_practice_data(countries=(), **extra):
    data = nested_form_data(
        {
            "title": "Afiliación digital de trabajadoras del hogar",
            "slug": "afiliacion-digital-trabajadoras-hogar",
            "institution": "IESS",
            "implemented_since": 2021,
            "summary": rich_text("<p>Registro en línea y pago compartido.</p>"),
            **extra,
        }
    )
    return with_tags(data, countries)


class SpecialistCreatesInOwnTreeTests(WagtailPageTestCase):
    """The demo specialist owns Belgium, Ecuador and Peru; not Zambia."""

    def assertCanCreateDraft(self, parent, child_model, data):
        """``assertCanCreate`` for a user who may not publish: the page is saved as a draft below ``parent``.

        Wagtail's assertion, without publishing, expects to be sent to the editor of the newest
        page in the database; here locale synchronisation has already made the page's English and
        French copies, which are newer. This finds the page by its slug below ``parent`` instead.
        """
        self.assertCanCreateAt(parent.specific_class, child_model)
        data.setdefault("slug", slugify(data["title"]))
        url = reverse(
            "wagtailadmin_pages:add", args=[child_model._meta.app_label, child_model._meta.model_name, parent.pk]
        )
        response = self.client.post(url, data)
        if response.status_code != 302:
            form = response.context["form"] if response.context and "form" in response.context else None
            self.fail(
                f"Creating a {child_model.__name__} failed: {form.errors.as_data() if form else response.status_code}"
            )
        page = child_model.objects.child_of(parent).get(slug=data["slug"])
        # Saved: back to its editor; submitted: to the parent's listing, as Wagtail does.
        leaves = "action-submit" in data
        expected = (
            reverse("wagtailadmin_explore", args=[parent.pk])
            if leaves
            else reverse("wagtailadmin_pages:edit", args=[page.pk])
        )
        self.assertRedirects(response, expected, fetch_redirect_response=False)
        return page

    def setUp(self):
        self.specialist = get_user_model().objects.get(username="specialist")
        self.client.force_login(self.specialist)
        self.ecuador = demo_page("country-ec")

    def test_rights_on_own_and_foreign_country(self):
        own = self.ecuador.permissions_for_user(self.specialist)
        foreign = demo_page("country-zm").permissions_for_user(self.specialist)
        self.assertTrue(own.can_add_subpage())
        self.assertFalse(own.can_publish_subpage())
        self.assertFalse(foreign.can_add_subpage())
        for model in (CaseStudyPage, ResourcePage, NewsPage, EventPage, StandardPage):
            with self.subTest(model=model.__name__):
                self.assertIn(model, self.ecuador.specific_class.creatable_subpage_models())
                self.assertTrue(model.can_create_at(self.ecuador))

    def test_can_create_and_submit_a_good_practice_under_ecuador(self):
        data = good_practice_data(country=self.ecuador.pk, countries=[self.ecuador])
        data["action-submit"] = "action-submit"
        page = self.assertCanCreateDraft(self.ecuador, CaseStudyPage, data)
        self.assertEqual(page.get_parent().pk, self.ecuador.pk)
        self.assertFalse(page.live)  # specialists never publish
        self.assertTrue(page.workflow_in_progress)  # it waits for a reviewer
        self.assertEqual(list(page.countries.all()), [self.ecuador])

    def test_can_create_an_evaluation_and_an_event_under_ecuador(self):
        self.assertCanCreateDraft(
            self.ecuador,
            ResourcePage,
            nested_form_data(
                {
                    "title": "Evaluación final del programa de extensión",
                    "resource_type": "evaluation",
                    "year": 2024,
                    "document_language": "es",
                    "summary": rich_text("<p>Evaluación independiente.</p>"),
                    "documents-TOTAL_FORMS": 0,
                    "documents-INITIAL_FORMS": 0,
                    "documents-MIN_NUM_FORMS": 0,
                    "documents-MAX_NUM_FORMS": 1000,
                }
            )
            | with_tags({}, countries=[self.ecuador]),
        )
        self.assertCanCreateDraft(
            self.ecuador,
            EventPage,
            nested_form_data(
                {
                    "title": "Curso de Quito sobre cobertura",
                    "event_type": "course",
                    "start_date": "2027-03-01",
                    "end_date": "2027-03-05",
                    "location": "Quito",
                    "summary": "Curso.",
                }
            )
            | with_tags({}, countries=[self.ecuador]),
        )
        self.assertEqual(ResourcePage.objects.child_of(self.ecuador).get().resource_type, "evaluation")
        self.assertEqual(EventPage.objects.child_of(self.ecuador).get().location, "Quito")

    def test_cannot_create_under_zambia(self):
        zambia = demo_page("country-zm")
        url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", zambia.pk])
        before = CaseStudyPage.objects.count()
        response = self.client.post(url, good_practice_data(country=zambia.pk))
        self.assertTrue(refused(response))
        self.assertEqual(CaseStudyPage.objects.count(), before)
        self.assertTrue(refused(self.client.get(reverse("wagtailadmin_pages:add_subpage", args=[zambia.pk]))))

    def test_cannot_publish_in_own_tree(self):
        data = good_practice_data(country=self.ecuador.pk)
        data["action-publish"] = "action-publish"
        page = self.assertCanCreateDraft(self.ecuador, CaseStudyPage, data)  # publishing asked, draft saved
        self.assertFalse(page.live)
        self.assertFalse(page.workflow_in_progress)


def test_new_page_starts_tagged_with_its_country(client, specialist):
    """The add form under Ecuador has Ecuador ticked; posted as a browser would, the page is tagged with it."""
    ecuador = demo_page("country-ec")
    client.force_login(specialist)
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", ecuador.pk])
    fields = form_fields(client.get(url).content.decode())
    assert fields["countries"] == [str(ecuador.pk)]
    assert fields["country"] == [str(ecuador.pk)]
    assert "themes" not in fields
    fields.update(
        title=["Ventanilla única"],
        slug=["ventanilla-unica-ec"],
        institution=["IESS"],
        implemented_since=["2020"],
    )
    response = client.post(url, fields)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CaseStudyPage.objects.child_of(ecuador).get(slug="ventanilla-unica-ec")
    assert list(page.countries.all()) == [ecuador]
    assert page.country == ecuador


def test_theme_page_preticks_its_theme(admin_client):
    theme = demo_page("theme-floor")
    fields = form_fields(
        admin_client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", theme.pk])).content.decode()
    )
    assert fields["themes"] == [str(theme.pk)]
    assert "countries" not in fields


def publish(page, user):
    page.save_revision(user=user).publish(user=user)
    return type(page).objects.get(pk=page.pk)


def create_in_admin(client, user, parent, model, changes, action="action-submit"):
    """Open the add form below ``parent`` as ``user``, fill it in and post it as a browser would."""
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
    fields = form_fields(client.get(url).content.decode())
    fields.update({name: [value] for name, value in changes.items()})
    fields[action] = ["1"]
    response = client.post(url, fields)
    assert response.status_code == 302, response.content.decode()[:3000]
    return model.objects.child_of(parent).get(slug=changes["slug"])


def test_once_approved_it_is_on_ecuadors_page_and_in_the_library(client, specialist, reviewer, empty_cache):
    ecuador = demo_page("country-ec")
    practice = create_in_admin(
        client,
        specialist,
        ecuador,
        CaseStudyPage,
        {
            "title": "Seguro campesino digital",
            "slug": "seguro-campesino-digital",
            "institution": "IESS",
            "implemented_since": "2022",
        },
    )
    assert practice.workflow_in_progress
    client.logout()
    library = demo_page("casestudies")

    # Submitted: readers see it nowhere yet.
    assert "Seguro campesino digital" not in client.get(ecuador.url).content.decode()
    assert "Seguro campesino digital" not in client.get(library.url).content.decode()

    assert act(client, reviewer, practice, "approve").status_code == 302
    client.logout()
    practice = CaseStudyPage.objects.get(pk=practice.pk)
    assert practice.live

    country_html = client.get(ecuador.url).content.decode()
    assert practice.url in country_html
    listing = client.get(library.url).content.decode()
    assert practice.url in listing
    assert practice.url in client.get(library.url + "?country=EC").content.decode()
    assert practice.url not in client.get(library.url + "?country=BE").content.decode()
    # The English tree has it too (its copy under the English Ecuador, until translated).
    english = CaseStudyPage.objects.get(translation_key=practice.translation_key, locale__language_code="en")
    assert english.live
    assert english.url in client.get(demo_page("casestudies", "en").url).content.decode()
    assert english.url in client.get(demo_page("country-ec", "en").url).content.decode()


def test_country_page_lists_pages_below_it_even_untagged(client, editor, empty_cache):
    ecuador = demo_page("country-ec")
    news = publish(NewsPageFactory(parent=ecuador, title="Nueva ley de pensiones"), editor)
    resource = publish(ResourcePageFactory(parent=ecuador, title="Informe actuarial 2025"), editor)
    info = StandardPage(title="Historia del IESS", slug="historia-iess", intro="De 1928 a hoy.")
    ecuador.add_child(instance=info)
    publish(info, editor)
    html = client.get(ecuador.url).content.decode()
    assert news.url in html and resource.url in html
    # The general pages below it, which nothing else linked to.
    assert info.url in html and "De 1928 a hoy." in html
    # Not on another country's page.
    other = client.get(demo_page("country-be").url).content.decode()
    assert news.url not in other and info.url not in other
    # In the news listing, wherever it sits.
    assert news.url in client.get(demo_page("news").url).content.decode()
    assert resource.url in client.get(demo_page("resources").url).content.decode()


def test_region_and_theme_pages_list_pages_below_them(client, editor, empty_cache):
    region = demo_page("region-americas")
    theme = demo_page("theme-floor")
    in_region = publish(NewsPageFactory(parent=region, title="Foro regional de seguridad social"), editor)
    in_theme = publish(ResourcePageFactory(parent=theme, title="Guía del piso de protección"), editor)
    assert in_region.url in client.get(region.url).content.decode()
    theme_html = client.get(theme.url).content.decode()
    assert in_theme.url in theme_html and in_region.url not in theme_html


def test_drafts_below_a_country_are_not_listed(client, editor, empty_cache):
    ecuador = demo_page("country-ec")
    draft = NewsPageFactory(parent=ecuador, title="Borrador sin aprobar", live=False)
    draft.save_revision(user=editor)
    assert "Borrador sin aprobar" not in client.get(ecuador.url).content.decode()
    assert "Borrador sin aprobar" not in client.get(demo_page("news").url).content.decode()


def test_foreign_tree_pages_move_with_their_tree(specialist):
    """A page below Ecuador is Ecuador's: its owner edits it; the Chile owner does not."""
    ecuador = demo_page("country-ec")
    page = NewsPageFactory(parent=ecuador, title="Aviso")
    assert page.permissions_for_user(specialist).can_edit()
    assert not Page.objects.get(pk=page.pk).permissions_for_user(specialist).can_publish()
