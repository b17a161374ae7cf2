"""People as the editorial screens show them: by their full name, never by a login name alone.

Wherever the admin offers a choice of users (the specialist responsible for a country, the
owners of a tree, the audit report's and tree list's filters), each is labelled with the
person's full name, falling back to the username for an account without one.
"""

import django_filters
import django_filters.fields
from django import forms
from django.contrib.auth import get_user_model


def display_name(user):
    """The person's full name, or their username when the account has none."""
    return user.get_full_name().strip() or user.get_username()


def contact_name(user):
    """``display_name`` followed by the email address in angle brackets, when there is one."""
    name = display_name(user)
    return f"{name} <{user.email}>" if user.email else name


def by_name(queryset):
    """Users in the order people look for them: by last name, then first name, then username."""
    return queryset.order_by("last_name", "first_name", get_user_model().USERNAME_FIELD)


class PersonChoiceField(forms.ModelChoiceField):
    """A choice of one user, labelled with their full name."""

    def label_from_instance(self, user):
        return display_name(user)


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several users, labelled with their full names."""

    def label_from_instance(self, user):
        return display_name(user)


class PersonFilter(django_filters.ModelChoiceFilter):
    """A filter on one user, its choices labelled with full names."""

    class field_class(django_filters.fields.ModelChoiceField):
        def label_from_instance(self, user):
            return display_name(user)


class PeopleFilter(django_filters.ModelMultipleChoiceFilter):
    """A filter on several users, its choices labelled with full names."""

    class field_class(django_filters.fields.ModelMultipleChoiceField):
        def label_from_instance(self, user):
            return display_name(user)
