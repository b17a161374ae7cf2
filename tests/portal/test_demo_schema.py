"""The declared format of the demo data files matches the page models it fills."""

import pytest
from django.apps import apps
from wagtail.fields import RichTextField, StreamField

from demo import schema
from themes.models import GlossaryTerm


@pytest.mark.parametrize("page_type", schema.PAGE_TYPES)
def test_every_declared_field_is_a_field_of_the_page_model(page_type):
    model = apps.get_model(page_type)
    texts, sync = schema.PAGE_TYPES[page_type]
    for name in [*texts.model_fields, *sync.model_fields]:
        model._meta.get_field(name)  # raises FieldDoesNotExist
    for name, declared in texts.model_fields.items():
        model_field = model._meta.get_field(name)
        if isinstance(model_field, StreamField):
            assert declared.annotation in (schema.StandardBody, schema.Sources), (page_type, name)
        elif isinstance(model_field, RichTextField):
            assert declared.annotation == schema.RichText, (page_type, name)
        else:
            assert declared.annotation in (str, schema.Title, schema.Slug), (page_type, name)


def test_every_field_the_model_requires_is_required_by_the_schema():
    for page_type, (texts, sync) in schema.PAGE_TYPES.items():
        model = apps.get_model(page_type)
        declared = {**texts.model_fields, **sync.model_fields}
        for name, field in declared.items():
            model_field = model._meta.get_field(name)
            if not model_field.blank and not model_field.has_default():
                assert field.is_required(), (page_type, name)
    for name, field in schema.GlossaryTexts.model_fields.items():
        assert field.is_required() == (not GlossaryTerm._meta.get_field(name).blank), name
