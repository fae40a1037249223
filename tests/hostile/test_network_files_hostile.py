"""Hostile network files (Training → Load a network (.npz)): Network.load checks what session
files check, before any weight is read (issue 17, item 2). A network that loads can always be
saved in a session and reopened."""
import io
import json
import os
import zipfile
from unittest import mock

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

import hostile
from session_corpus import npy_header

from engine import Network

SPEC = {"input_size": 2, "layers": [{"units": 8, "activation": "relu"}, {"units": 2, "activation": "softmax"}],
        "loss": "cross_entropy"}


def _load(window, path):
    """Training → Export / load… → Load a network (.npz)…, picking ``path``."""
    menu = window.tools["training"].buttons.export_button.menu()
    network = window.session.network
    with mock.patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        next(a for a in menu.actions() if a.text() == "Load a network (.npz)…").trigger()
    return window.session.network is not network


hostile.OPENERS["network"] = hostile.Opener(open=_load, message=lambda w: w.tools["training"].last_message)


def good_params():
    return {k: v.copy() for k, v in Network.from_spec(SPEC, seed=1).params.items()}


def saved(path, params=None, spec=SPEC, **extra):
    np.savez(path, __spec__=np.array(json.dumps(spec)), **(good_params() if params is None else params), **extra)


def changed(change):
    params = good_params()
    change(params)
    return params


def zip_bomb(path, megabytes=64):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("__spec__.npy", _npy(np.array(json.dumps(SPEC))))
        with archive.open("W1.npy", "w", force_zip64=True) as member:
            member.write(npy_header((megabytes * 2**18,)))
            for _ in range(megabytes):
                member.write(bytes(2**20))


def _npy(array):
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def declared_10_12(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("__spec__.npy", _npy(np.array(json.dumps(SPEC))))
        for name in ("W1", "b1", "W2", "b2"):
            archive.writestr(f"{name}.npy", npy_header((10**12,)) + bytes(16))


CASES = [
    ("NaN weight", lambda p: saved(p, changed(lambda w: w["W1"].__setitem__((0, 0), np.nan)))),
    ("infinite bias", lambda p: saved(p, changed(lambda w: w["b1"].__setitem__(0, np.inf)))),
    ("integer weights", lambda p: saved(p, changed(lambda w: w.update(W1=w["W1"].astype(np.int64))))),
    ("boolean weights", lambda p: saved(p, changed(lambda w: w.update(W2=w["W2"] > 0)))),
    ("complex weights", lambda p: saved(p, changed(lambda w: w.update(b2=w["b2"].astype(np.complex128))))),
    ("an extra array", lambda p: saved(p, extra=np.zeros(3))),
    ("a missing array", lambda p: saved(p, changed(lambda w: w.pop("b2")))),
    ("a transposed matrix", lambda p: saved(p, changed(lambda w: w.update(W1=w["W1"].T.copy())))),
    ("no spec", lambda p: np.savez(p, **good_params())),
    ("a spec that is not JSON", lambda p: np.savez(p, __spec__=np.array("{no"), **good_params())),
    ("a spec of numbers", lambda p: np.savez(p, __spec__=np.arange(3), **good_params())),
    ("a spec nested 100000 deep", lambda p: np.savez(p, __spec__=np.array("[" * 100_000), **good_params())),
    ("a description beside it that is not JSON", lambda p: saved(p, __meta__=np.array("{no"))),
    ("a description beside it of numbers", lambda p: saved(p, __meta__=np.arange(3))),
    ("a description beside it that is a list", lambda p: saved(p, __meta__=np.array("[1]"))),
    ("a spec of 10^12 units", lambda p: saved(p, spec=dict(SPEC, layers=[{"units": 10**12, "activation": "relu"},
                                                                         SPEC["layers"][1]]))),
    ("a zip bomb of 64 MB", zip_bomb),
    ("arrays declaring 10^12 elements", declared_10_12),
    ("not a zip", lambda p: p.write_bytes(b"PK\x03\x04 not really")),
    ("an empty file", lambda p: p.write_bytes(b"")),
    ("a pickle", lambda p: np.savez(p, __spec__=np.array(json.dumps(SPEC)), W1=np.array([{"a": 1}], dtype=object))),
]
OPENS = {"float16 weights": lambda p: saved(p, changed(lambda w: w.update(W1=w["W1"].astype(np.float16)))),
         "a good network": saved}


@pytest.mark.parametrize("name,make", CASES, ids=[c[0] for c in CASES])
def test_a_hostile_network_file_is_refused_with_a_message_and_nothing_changes(shared_window, tmp_path, name, make):
    path = tmp_path / "net.npz"
    make(path)
    hostile.check_open(shared_window, "network", path, name, expect="refused")
    _, seconds, peak = hostile.measured(lambda: pytest.raises(ValueError, Network.load, path), memory=True,
                                        what=name)
    hostile.record("network read", name, "refused", seconds, peak)
    assert peak < 10 * os.path.getsize(path) + 32 * 2**20, f"{name}: {peak / 2**20:.0f} MB to refuse it"


@pytest.mark.parametrize("name", list(OPENS))
def test_a_network_that_loads_can_be_saved_in_a_session_and_reopened(shared_window, tmp_path, name):
    path = tmp_path / "net.npz"
    OPENS[name](path)
    before = shared_window.session.network
    try:
        hostile.check_open(shared_window, "network", path, name, expect="opened", tmp_path=tmp_path)
    finally:
        shared_window.session.set_network(before)
