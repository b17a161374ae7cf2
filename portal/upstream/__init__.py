"""Every workaround of a gap in Wagtail or wagtail-localize, one module per gap, and nothing else.

The rule (docs/architecture.md, "Upstream workarounds"): the portal never replaces an
attribute of an upstream class or module at run time and never edits an upstream private
registry. Where Wagtail offers a hook, a subclass, a setting or a registry function, the
portal uses it; the code that works around a gap lives here, names the gap and what it
waits for, and tests/editorial/test_upstream_gaps.py holds one test per gap that FAILS when
upstream closes it (then delete the workaround and its test).

``explorer_listing`` — the page explorer without queries per row.
  1. wagtail-localize 1.14's "More" buttons (``page_listing_more_buttons``) query the
     database for every row. Mechanism used: the ``construct_explorer_page_queryset`` and
     ``construct_page_listing_buttons`` hooks. Waits for: an annotation in wagtail-localize,
     as Wagtail's simple_translation does since wagtail/wagtail#12226 (no issue filed yet).
  2. Wagtail 8's ``PagePermissionTester.can_delete`` queries the subtree for every row.
     Mechanism used: a ``PagePermissionTester`` subclass given to the explorer's rows.
     Waits for: the listing to pass row data to the tester (wagtail/wagtail#12226 left it).
  3. Wagtail 8's ``PagePermissionPolicy.explorable_instances`` ORs one queryset per
     permission row. Mechanism used: a ``PagePermissionPolicy`` subclass registered with
     ``wagtail.permissions.register_permission_policy``. Waits for: wagtail/wagtail#14593.

``localize_gaps`` — wagtail-localize's own admin strings in the user's language.
  4. ``StringTranslation.get_comment`` formats dates with ``strftime("%B")`` (English).
     Mechanism used: a template override and a view mounted ahead of wagtail-localize's URL.
  5. Its Reports menu label is translated once per process (``gettext``, not lazy).
     Mechanism used: the ``construct_reports_menu`` hook.
  Both wait for a wagtail-localize release (no issue filed yet).

``localize_footer`` — the translation editor's main button for those who may not publish.
  6. wagtail-localize 1.14's React footer always makes its last action the main button, so a
     translator's main button was "Stop synchronising"; its props cannot add or order
     actions. Mechanism used: the portal's copy of the editor template draws its own footer
     (Wagtail's components) for users who may not publish. "Espagnol to Français
     translation" and "More actions" are hard-coded in the bundle. Waits for: a
     wagtail-localize release (no issue filed yet). Tested in tests/upstream/test_localize_footer.py.
     The same footer serves snippets reviewed through the workflow (FAQ entries, glossary
     terms), whose translators had only "Stop synchronising" (tests/qa/test_faq_translation_review.py).

``sitemap_alternates`` — ``hreflang`` alternates in the sitemap.
  7. Wagtail's ``Sitemap`` gives no alternates for a page's language versions, and its public
     extension points see one page at a time. Mechanism used: a mixin redefining Django's
     ``Sitemap._urls`` for a whole paginator page (``portal/sitemaps.py`` uses it). Waits for:
     Wagtail's sitemap to support translations (no issue filed yet). Tested in
     tests/upstream/test_sitemap_alternates.py.

``rich_text`` — an empty rich text field sent before Draftail's script ran.
  8. Wagtail 8 renders an empty value as a content state with one empty paragraph, replaced
     by ``null`` only once the editor's script has started; a form sent earlier stores
     ``<p data-block-key="…"></p>``, counts as changed, and an approval from the editor saved
     a revision in the reviewer's name that the four-eyes rule then refused. Mechanism used:
     a widget subclass set as the default editor (``WAGTAILADMIN_RICH_TEXT_EDITORS``). Waits
     for: the server rendering ``null`` for empty values (the case of wagtail/wagtail#4549,
     fixed there for validation only). Tested in tests/editorial/test_review_access.py.

``localize_snippet_status`` — the status panel of a snippet's translation editor.
  9. wagtail-localize 1.14 gives a snippet's translation editor Wagtail's generic
     ``StatusSidePanel``, without the workflow URLs the snippets' own panel takes from the
     view: once a FAQ entry's translation was submitted, its editor answered 500. Mechanism
     used: the portal's copy of the editor template renders the snippets' own
     ``SnippetStatusSidePanel`` with those URLs. Waits for: a wagtail-localize release (no
     issue filed yet). Tested in tests/qa/test_faq_translation_review.py.

Kept beside their feature, as they are data or Django mechanisms rather than code around a gap:
``portal/wagtail_catalogue`` (the admin strings Wagtail's es/fr catalogues lack, a
supplement catalogue in ``LOCALE_PATHS``) and ``editorial/notifications.py``
(Wagtail's workflow e-mails, disconnected by the ``dispatch_uid`` Wagtail gives them).
"""
