"""Specialists publish what they know in the trees they own (issue 16).

Good practices, resources, evaluations, news and events are written inside the owner's
country, region or theme (Wagtail's page permissions on the tree are the right to do so),
submitted for review, and once approved appear on that page and in the library listings.

Its scene is tests/editorial/conftest.py's (the specialist owns Belgium, Ecuador and Peru, not
Zambia). The cases are pytest functions, not a ``WagtailPageTestCase``: that class is a Django
``TestCase``, whose ``tearDownClass`` closes the database connection, and on PostgreSQL that
would drop the scene, built once for the module, under the tests that follow it.
"""

import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text

from casestudies.models import CaseStudyPage
from home.models import StandardPage
from news.models import EventPage, NewsPage
from resources.models import ResourcePage
from tests.editorial.test_workflow import act, refused
from tests.factories import NewsPageFactory, ResourcePageFactory
from tests.helpers import form_fields

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


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


def create_draft(client, parent, child_model, data):
    """Create a page below ``parent`` in the admin as a user who may not publish: saved as a draft.

    Like Wagtail's ``assertCanCreate`` without publishing, except that Wagtail's expects to be sent
    to the editor of the newest page in the database; here locale synchronisation has already made
    the page's English and French copies, which are newer. This finds the page by its slug below
    ``parent`` instead.
    """
    assert child_model in parent.specific_class.allowed_subpage_models()
    data.setdefault("slug", slugify(data["title"]))
    url = reverse("wagtailadmin_pages:add", args=[child_model._meta.app_label, child_model._meta.model_name, parent.pk])
    response = client.post(url, data)
    if response.status_code != 302:
        form = response.context["form"] if response.context and "form" in response.context else None
        pytest.fail(
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
    assert response["Location"] == expected
    return page


@pytest.fixture
def ecuador(client, specialist, scene_page):
    """Ecuador, owned by the specialist, who is logged in."""
    client.force_login(specialist)
    return scene_page("country-ec")


def test_rights_on_own_and_foreign_country(specialist, ecuador, scene_page):
    own = ecuador.permissions_for_user(specialist)
    foreign = scene_page("country-zm").permissions_for_user(specialist)
    assert own.can_add_subpage()
    assert not own.can_publish_subpage()
    assert not foreign.can_add_subpage()
    for model in (CaseStudyPage, ResourcePage, NewsPage, EventPage, StandardPage):
        assert model in ecuador.specific_class.creatable_subpage_models(), model.__name__
        assert model.can_create_at(ecuador), model.__name__


def test_can_create_and_submit_a_good_practice_under_ecuador(client, ecuador):
    data = good_practice_data(country=ecuador.pk, countries=[ecuador])
    data["action-submit"] = "action-submit"
    page = create_draft(client, ecuador, CaseStudyPage, data)
    assert page.get_parent().pk == ecuador.pk
    assert not page.live  # specialists never publish
    assert page.workflow_in_progress  # it waits for a reviewer
    assert list(page.countries.all()) == [ecuador]


def test_can_create_an_evaluation_and_an_event_under_ecuador(client, ecuador):
    create_draft(
        client,
        ecuador,
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
        | with_tags({}, countries=[ecuador]),
    )
    create_draft(
        client,
        ecuador,
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
        | with_tags({}, countries=[ecuador]),
    )
    assert ResourcePage.objects.child_of(ecuador).get().resource_type == "evaluation"
    assert EventPage.objects.child_of(ecuador).get().location == "Quito"


def test_cannot_create_under_zambia(client, ecuador, scene_page):
    zambia = scene_page("country-zm")
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", zambia.pk])
    before = CaseStudyPage.objects.count()
    response = client.post(url, good_practice_data(country=zambia.pk))
    assert refused(response)
    assert CaseStudyPage.objects.count() == before
    assert refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=[zambia.pk])))


def test_cannot_publish_in_own_tree(client, ecuador):
    data = good_practice_data(country=ecuador.pk)
    data["action-publish"] = "action-publish"
    page = create_draft(client, ecuador, CaseStudyPage, data)  # publishing asked, draft saved
    assert not page.live
    assert not page.workflow_in_progress


def test_new_page_starts_tagged_with_its_country(client, specialist, scene_page):
    """The add form under Ecuador has Ecuador ticked; posted as a browser would, the page is tagged with it."""
    ecuador = scene_page("country-ec")
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


def test_theme_page_preticks_its_theme(admin_client, scene_page):
    theme = scene_page("theme-floor")
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


def test_once_approved_it_is_on_ecuadors_page_and_in_the_library(client, specialist, reviewer, scene_page, empty_cache):
    ecuador = scene_page("country-ec")
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
    library = scene_page("casestudies")

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
    assert practice.url in client.get(library.url + f"?country={ecuador.iso_code}").content.decode()
    belgium = scene_page("country-be").iso_code
    assert practice.url not in client.get(library.url + f"?country={belgium}").content.decode()
    # The English tree has it too (its copy under the English Ecuador, until translated).
    english = CaseStudyPage.objects.get(translation_key=practice.translation_key, locale__language_code="en")
    assert english.live
    assert english.url in client.get(scene_page("casestudies", "en").url).content.decode()
    assert english.url in client.get(scene_page("country-ec", "en").url).content.decode()


def test_country_page_lists_pages_below_it_even_untagged(client, editor, scene_page, empty_cache):
    ecuador = scene_page("country-ec")
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
    other = client.get(scene_page("country-be").url).content.decode()
    assert news.url not in other and info.url not in other
    # In the news listing, wherever it sits.
    assert news.url in client.get(scene_page("news").url).content.decode()
    assert resource.url in client.get(scene_page("resources").url).content.decode()


def test_region_and_theme_pages_list_pages_below_them(client, editor, scene_page, empty_cache):
    region = scene_page("region-americas")
    theme = scene_page("theme-floor")
    in_region = publish(NewsPageFactory(parent=region, title="Foro regional de seguridad social"), editor)
    in_theme = publish(ResourcePageFactory(parent=theme, title="Guía del piso de protección"), editor)
    assert in_region.url in client.get(region.url).content.decode()
    theme_html = client.get(theme.url).content.decode()
    assert in_theme.url in theme_html and in_region.url not in theme_html


def test_drafts_below_a_country_are_not_listed(client, editor, scene_page, empty_cache):
    ecuador = scene_page("country-ec")
    draft = NewsPageFactory(parent=ecuador, title="Borrador sin aprobar", live=False)
    draft.save_revision(user=editor)
    assert "Borrador sin aprobar" not in client.get(ecuador.url).content.decode()
    assert "Borrador sin aprobar" not in client.get(scene_page("news").url).content.decode()


def test_foreign_tree_pages_move_with_their_tree(specialist, scene_page):
    """A page below Ecuador is Ecuador's: its owner edits it; the Chile owner does not."""
    ecuador = scene_page("country-ec")
    page = NewsPageFactory(parent=ecuador, title="Aviso")
    assert page.permissions_for_user(specialist).can_edit()
    assert not Page.objects.get(pk=page.pk).permissions_for_user(specialist).can_publish()
