"""Run a hostile case under a time limit (no pytest-timeout here): in a daemon thread, so a
case that hangs fails the test instead of hanging the suite."""
import threading


def finishes_within(seconds, function, *args, **kwargs):
    """function(*args, **kwargs)'s result, or AssertionError if it has not returned in time.
    An exception it raises is raised here."""
    box = {}

    def run():
        try:
            box["value"] = function(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{getattr(function, '__name__', function)} still running after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]
