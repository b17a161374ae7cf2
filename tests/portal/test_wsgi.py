"""config/wsgi.py: the production application, with the garbage collector's long-lived objects frozen."""

import gc
from unittest import mock


def test_it_freezes_after_loading_and_after_the_first_requests():
    from config.wsgi import FreezeAfterWarmUp

    calls = []

    def app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        return [b"ok"]

    with mock.patch.object(gc, "freeze") as freeze, mock.patch.object(gc, "collect") as collect:
        wrapped = FreezeAfterWarmUp(app, after_requests=(1, 3))
        assert freeze.call_count == 1 and collect.call_count == 1  # once loaded
        answers = [wrapped({"PATH_INFO": f"/{n}"}, None) for n in range(5)]
    assert answers == [[b"ok"]] * 5 and calls == ["/0", "/1", "/2", "/3", "/4"]
    assert freeze.call_count == 3  # loaded, after the 1st and after the 3rd request
    gc.unfreeze()


def test_a_failing_request_still_counts_and_raises():
    from config.wsgi import FreezeAfterWarmUp

    def app(environ, start_response):
        raise RuntimeError("boom")

    with mock.patch.object(gc, "freeze") as freeze, mock.patch.object(gc, "collect"):
        wrapped = FreezeAfterWarmUp(app, after_requests=(1,))
        try:
            wrapped({}, None)
        except RuntimeError:
            pass
        else:
            raise AssertionError("the error was swallowed")
    assert freeze.call_count == 2 and wrapped.served == 1
    gc.unfreeze()
