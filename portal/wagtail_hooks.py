from wagtail import hooks

from portal import page_cache


@hooks.register("before_serve_page")
def keep_restricted_pages_out_of_the_cache(page, request, serve_args, serve_kwargs):
    """A page behind a view restriction (password, login, groups) is never stored in the shared page cache."""
    if page_cache.enabled() and page.get_view_restrictions().exists():
        page_cache.do_not_cache(request)
