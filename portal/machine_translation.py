"""Optional machine translation in wagtail-localize's translation editor, chosen by environment variables.

Off unless ``MACHINE_TRANSLATION`` names a service:

- ``deepl``: DeepL, with ``DEEPL_API_KEY`` (keys ending in ``:fx`` use the free API);
- ``libretranslate``: a LibreTranslate server at ``LIBRETRANSLATE_URL``, with
  ``LIBRETRANSLATE_API_KEY`` if that server asks for one.

A value that cannot work stops the settings from loading, rather than failing later in
front of a translator.
"""

from django.core.exceptions import ImproperlyConfigured

DEEPL_TRANSLATOR = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
LIBRETRANSLATE_TRANSLATOR = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
SERVICES = ("deepl", "libretranslate")


def machine_translator_setting(env):
    """The ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` value the environment asks for, or None when off.

    ``env`` is an ``environs.Env``.
    """
    service = env.str("MACHINE_TRANSLATION", "").strip().lower()
    if not service:
        return None
    if service == "deepl":
        auth_key = env.str("DEEPL_API_KEY", "").strip()
        if not auth_key:
            raise ImproperlyConfigured("MACHINE_TRANSLATION=deepl needs DEEPL_API_KEY (the key of your DeepL account).")
        return {"CLASS": DEEPL_TRANSLATOR, "OPTIONS": {"AUTH_KEY": auth_key}}
    if service == "libretranslate":
        url = env.str("LIBRETRANSLATE_URL", "").strip().rstrip("/")
        if not url:
            raise ImproperlyConfigured(
                "MACHINE_TRANSLATION=libretranslate needs LIBRETRANSLATE_URL "
                "(the address of the server, for example https://libretranslate.example.org)."
            )
        return {
            "CLASS": LIBRETRANSLATE_TRANSLATOR,
            "OPTIONS": {"LIBRETRANSLATE_URL": url, "API_KEY": env.str("LIBRETRANSLATE_API_KEY", "").strip()},
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATION={service!r} is not supported: leave it empty (off) or use one of {', '.join(SERVICES)}."
    )
