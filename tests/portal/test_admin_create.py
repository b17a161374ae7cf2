"""Every page type can be created through the Wagtail admin; bad input is refused with clear errors."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from casestudies.models import CaseStudyPage
from countries.models import CountryPage, RegionPage
from home.models import StandardPage
from news.models import EventPage, NewsPage
from resources.models import ResourcePage
from tests.factories import CountryPageFactory, ResourcePageFactory, build_trees
from themes.models import ThemePage

pytestmark = pytest.mark.factories


def tags_data(**extra):
    return {"countries": [], "themes": [], **extra}


class SuperuserAdminTestCase(WagtailPageTestCase):
    """Logged in to the admin as a superuser (role-specific rights are tested elsewhere)."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
        cls.trees = build_trees()
        cls.c102 = ResourcePageFactory(parent=cls.trees.section("resources"), title="Convenio 102")
        cls.ecuador = CountryPageFactory(parent=cls.trees.section("countries"), title="Ecuador")
        cls.belgium = CountryPageFactory(parent=cls.trees.section("countries"), title="Bélgica")

    def setUp(self):
        self.client.force_login(self.user)


class AdminCreateTests(SuperuserAdminTestCase):
    def test_standard_page(self):
        self.assertCanCreate(
            self.trees.home(),
            StandardPage,
            nested_form_data(
                {
                    "title": "Glosario",
                    "slug": "glosario",
                    "intro": "Términos.",
                    "body": streamfield([("heading", "Cobertura"), ("paragraph", rich_text("<p>Texto.</p>"))]),
                }
            ),
        )

    def test_region_and_country(self):
        self.assertCanCreate(
            self.trees.section("regions"),
            RegionPage,
            nested_form_data({"title": "Oceanía", "slug": "oceania", "summary": "x", "body": rich_text("<p>x</p>")}),
        )
        self.assertCanCreate(
            self.trees.section("countries"),
            CountryPage,
            nested_form_data(
                {
                    "title": "Argentina",
                    "slug": "argentina",
                    "iso_code": "ar",
                    "summary": "Perfil.",
                    "coverage": rich_text("<p>Cobertura.</p>"),
                    "initiatives": rich_text(""),
                    "expenditure_reviews": rich_text(""),
                    "legal_framework": rich_text(""),
                }
            ),
        )
        argentina = CountryPage.objects.get(slug="argentina", locale__language_code="es")
        self.assertEqual(argentina.iso_code, "AR")
        # Locale synchronisation: it has its place in the English and French trees at once (an alias).
        copies = CountryPage.objects.filter(translation_key=argentina.translation_key).exclude(pk=argentina.pk)
        self.assertEqual(sorted(copy.locale.language_code for copy in copies), ["en", "fr"])
        self.assertTrue(all(copy.alias_of_id == argentina.pk for copy in copies))

    def test_theme(self):
        self.assertCanCreate(
            self.trees.section("themes"),
            ThemePage,
            nested_form_data(
                {
                    "title": "Desempleo",
                    "slug": "desempleo",
                    "summary": "x",
                    "synthesis": rich_text("<p>x</p>"),
                    "policy_documents": streamfield(
                        [
                            ("page", {"page": self.c102.pk, "note": "Parte IV"}),
                            (
                                "source",
                                {"title": "Informe", "url": "https://example.org/", "publisher": "OIT", "year": "2020"},
                            ),
                        ]
                    ),
                    "further_reading": streamfield([]),
                }
            ),
        )
        created = ThemePage.objects.get(slug="desempleo", locale__language_code="es")
        assert [block.block_type for block in created.policy_documents] == ["page", "source"]
        assert created.policy_documents[0].value["page"].pk == self.c102.pk
        assert created.policy_documents[1].value["year"] == 2020

    def test_case_study(self):
        self.assertCanCreate(
            self.trees.section("casestudies"),
            CaseStudyPage,
            nested_form_data(
                tags_data(
                    title="Ventanilla única",
                    slug="ventanilla-unica",
                    institution="IESS",
                    country=self.ecuador.pk,
                    implemented_since=2019,
                    summary=rich_text("<p>Resumen.</p>"),
                )
            ),
        )

    def test_resource(self):
        self.assertCanCreate(
            self.trees.section("resources"),
            ResourcePage,
            nested_form_data(
                tags_data(
                    title="Guía",
                    slug="guia",
                    resource_type="tool",
                    year=2021,
                    document_language="es",
                    summary=rich_text("<p>Guía.</p>"),
                    documents={"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
                )
            ),
        )

    def test_news_and_event(self):
        self.assertCanCreate(
            self.trees.section("news"),
            NewsPage,
            nested_form_data(
                tags_data(title="Nota", slug="nota", date="2026-05-01", summary="x", body=rich_text("<p>x</p>"))
            ),
        )
        self.assertCanCreate(
            self.trees.section("news"),
            EventPage,
            nested_form_data(
                tags_data(
                    title="Taller",
                    slug="taller",
                    event_type="workshop",
                    start_date="2026-06-01",
                    end_date="2026-06-03",
                    location="Quito",
                    summary="x",
                    date="2026-06-01",
                )
            ),
        )
        self.assertEqual(
            EventPage.objects.get(slug="taller", locale__language_code="es").date, datetime.date(2026, 6, 1)
        )


class InvalidInputTests(SuperuserAdminTestCase):
    """Bad input gets a clear error in the editor's language and nothing is saved."""

    def post_create(self, parent, model, data, language="en"):
        url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
        return self.client.post(url, nested_form_data(data), HTTP_ACCEPT_LANGUAGE=language)

    def country_data(self, **overrides):
        data = {
            "title": "Otro",
            "slug": "otro",
            "iso_code": "BE",
            "summary": "x",
            "coverage": rich_text(""),
            "initiatives": rich_text(""),
            "expenditure_reviews": rich_text(""),
            "legal_framework": rich_text(""),
        }
        data.update(overrides)
        return data

    def assert_refused(self, response, model, field, message):
        self.assertEqual(response.status_code, 200, "the form must be shown again, not saved")
        errors = response.context["form"].errors
        self.assertIn(field, errors)
        self.assertIn(message, " ".join(errors[field]))

    def test_duplicate_iso_code_in_the_same_locale(self):
        before = CountryPage.objects.count()
        code = self.belgium.iso_code
        response = self.post_create(
            self.trees.section("countries"), CountryPage, self.country_data(iso_code=code.lower())
        )
        self.assert_refused(
            response, CountryPage, "iso_code", f"Another country page in this language already uses the code {code}"
        )
        self.assertEqual(CountryPage.objects.count(), before)

    def test_malformed_iso_code(self):
        before = CountryPage.objects.count()
        for code in ("XX", "B1", "Z"):
            with self.subTest(code=code):
                response = self.post_create(
                    self.trees.section("countries"), CountryPage, self.country_data(iso_code=code)
                )
                self.assert_refused(response, CountryPage, "iso_code", "is not an ISO 3166-1 alpha-2 country code")
        self.assertEqual(CountryPage.objects.count(), before)

    def test_error_in_the_editors_language(self):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "fr"
        profile.save()
        response = self.post_create(
            self.trees.section("countries"), CountryPage, self.country_data(iso_code="XX"), language="fr"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            "n’est pas un code de pays ISO 3166-1 alpha-2", " ".join(response.context["form"].errors["iso_code"])
        )

    def test_event_ending_before_it_starts(self):
        before = EventPage.objects.count()
        response = self.post_create(
            self.trees.section("news"),
            EventPage,
            tags_data(
                title="Taller",
                slug="taller",
                event_type="workshop",
                start_date="2026-06-03",
                end_date="2026-06-01",
                date="2026-06-03",
                summary="x",
            ),
        )
        self.assert_refused(response, EventPage, "end_date", "The event cannot end before it starts.")
        self.assertEqual(EventPage.objects.count(), before)

    def test_case_study_year_in_the_future(self):
        before = CaseStudyPage.objects.count()
        next_year = datetime.date.today().year + 1
        response = self.post_create(
            self.trees.section("casestudies"),
            CaseStudyPage,
            tags_data(
                title="Futuro",
                slug="futuro",
                institution="X",
                implemented_since=next_year,
                summary=rich_text("<p>x</p>"),
            ),
        )
        self.assert_refused(response, CaseStudyPage, "implemented_since", "The year cannot be in the future")
        self.assertEqual(CaseStudyPage.objects.count(), before)


class EventTimesInTheAdminTests(SuperuserAdminTestCase):
    """An event's times, time zone and registration link through the page editor."""

    post_create = InvalidInputTests.post_create
    assert_refused = InvalidInputTests.assert_refused

    def event_data(self, **overrides):
        data = tags_data(
            title="Seminario",
            slug="seminario",
            event_type="webinar",
            start_date="2026-06-03",
            end_date="2026-06-03",
            date="2026-06-03",
            summary="x",
            online="on",
            start_time="15:00",
            end_time="16:30",
            time_zone="America/Lima",
            registration_url="https://example.org/inscripcion",
        )
        data.update(overrides)
        return data

    def test_times_without_a_time_zone_are_refused_in_the_editors_language(self):
        before = EventPage.objects.count()
        response = self.post_create(self.trees.section("news"), EventPage, self.event_data(time_zone=""), language="fr")
        self.assert_refused(response, EventPage, "time_zone", "Choisissez le fuseau horaire des heures.")
        response = self.post_create(
            self.trees.section("news"), EventPage, self.event_data(registration_url="inscripción")
        )
        self.assert_refused(response, EventPage, "registration_url", "Enter a valid URL.")
        self.assertEqual(EventPage.objects.count(), before)

    def test_event_with_times_is_created(self):
        self.assertCanCreate(self.trees.section("news"), EventPage, nested_form_data(self.event_data()))
        event = EventPage.objects.get(slug="seminario", locale__language_code="es")
        self.assertEqual((event.start_time, event.end_time), (datetime.time(15), datetime.time(16, 30)))
        self.assertEqual(event.starts_at.utcoffset(), datetime.timedelta(hours=-5))
        self.assertEqual(event.registration_url, "https://example.org/inscripcion")
