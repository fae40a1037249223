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


def watched_fifo(path, seconds=5):
    """Make a FIFO at ``path`` that cannot hang a test: if someone is still blocked opening or
    reading it after ``seconds``, a writer opens it and closes it at once, so the reader sees
    the end of the file. Returns a threading.Event set when that had to happen (a failure)."""
    import os
    os.mkfifo(path)
    fired = threading.Event()

    def unblock():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)   # succeeds only if a reader waits
        except OSError:
            return
        fired.set()
        os.close(fd)

    timer = threading.Timer(seconds, unblock)
    timer.daemon = True
    timer.start()
    return fired
