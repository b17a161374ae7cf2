"""Machine translation: off by default, DeepL or LibreTranslate by environment variable, loud when misconfigured."""

import runpy

import pytest
from django.core.exceptions import ImproperlyConfigured
from environs import Env

import config.settings.base
from portal.machine_translation import DEEPL_TRANSLATOR, LIBRETRANSLATE_TRANSLATOR, machine_translator_setting

VARIABLES = ("MACHINE_TRANSLATION", "DEEPL_API_KEY", "LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY")


@pytest.fixture
def environment(monkeypatch):
    """Start from none of the variables set; return a function that sets some."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)

    def set_variables(**values):
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        return Env()

    return set_variables


def load_base_settings():
    """Run config/settings/base.py afresh, as Django does at start-up, and return its settings."""
    return runpy.run_path(config.settings.base.__file__)


def test_off_by_default(environment):
    assert machine_translator_setting(environment()) is None
    assert machine_translator_setting(environment(MACHINE_TRANSLATION="")) is None
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in load_base_settings()


def test_deepl(environment):
    env = environment(MACHINE_TRANSLATION="deepl", DEEPL_API_KEY="secret:fx")
    assert machine_translator_setting(env) == {"CLASS": DEEPL_TRANSLATOR, "OPTIONS": {"AUTH_KEY": "secret:fx"}}


def test_libretranslate_with_and_without_api_key(environment):
    env = environment(MACHINE_TRANSLATION="LibreTranslate", LIBRETRANSLATE_URL="https://lt.example.org/")
    assert machine_translator_setting(env) == {
        "CLASS": LIBRETRANSLATE_TRANSLATOR,
        "OPTIONS": {"LIBRETRANSLATE_URL": "https://lt.example.org", "API_KEY": ""},
    }
    env = environment(LIBRETRANSLATE_API_KEY="k3y")
    assert machine_translator_setting(env)["OPTIONS"]["API_KEY"] == "k3y"


def test_settings_hand_the_mapping_to_wagtail_localize(environment):
    environment(MACHINE_TRANSLATION="deepl", DEEPL_API_KEY="secret")
    settings = load_base_settings()
    assert settings["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"] == {
        "CLASS": DEEPL_TRANSLATOR,
        "OPTIONS": {"AUTH_KEY": "secret"},
    }


def test_the_classes_exist_and_accept_the_options(environment):
    from django.utils.module_loading import import_string

    deepl = machine_translator_setting(environment(MACHINE_TRANSLATION="deepl", DEEPL_API_KEY="secret:fx"))
    translator = import_string(deepl["CLASS"])(deepl["OPTIONS"])
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
    libre = machine_translator_setting(
        environment(MACHINE_TRANSLATION="libretranslate", LIBRETRANSLATE_URL="https://lt.example.org")
    )
    assert import_string(libre["CLASS"])(libre["OPTIONS"]).get_api_endpoint() == "https://lt.example.org"


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"MACHINE_TRANSLATION": "google"}, "MACHINE_TRANSLATION"),
        ({"MACHINE_TRANSLATION": "deepl"}, "DEEPL_API_KEY"),
        ({"MACHINE_TRANSLATION": "deepl", "DEEPL_API_KEY": "  "}, "DEEPL_API_KEY"),
        ({"MACHINE_TRANSLATION": "libretranslate", "LIBRETRANSLATE_API_KEY": "k"}, "LIBRETRANSLATE_URL"),
    ],
)
def test_bad_values_stop_the_settings_from_loading(environment, values, named):
    with pytest.raises(ImproperlyConfigured, match=named):
        machine_translator_setting(environment(**values))
    with pytest.raises(ImproperlyConfigured, match=named):
        load_base_settings()
