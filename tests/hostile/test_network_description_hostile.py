"""The builder's Load network description on hostile files: refused with a message, nothing changed,
never frozen (each case under a time limit)."""
import json
import os
import time

import pytest

from engine import SpecError, validate_spec
from files_timeout import finishes_within, watched_fifo

GOOD_LAYER = {"units": 4, "activation": "relu"}
OUT = {"units": 2, "activation": "softmax"}


def spec_with(**changes):
    spec = {"input_size": 2, "layers": [GOOD_LAYER, OUT], "loss": "cross_entropy"}
    spec.update(changes)
    return spec


HOSTILE_TEXTS = {
    "200 layers": json.dumps(spec_with(layers=[GOOD_LAYER] * 200 + [OUT])),
    "deep nesting": '{"input_size": 2, "layers": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "nesting below the recursion limit": '{"input_size": 2, "x": ' + "[" * 900 + "]" * 900 + "}",
    "5,000-digit integer": '{"input_size": ' + "9" * 5000 + ', "layers": [{"units": 2}]}',
    "activation as a list": json.dumps(spec_with(layers=[{"units": 4, "activation": ["relu"]}, OUT])),
    "activation as an object": json.dumps(spec_with(layers=[{"units": 4, "activation": {"a": 1}}, OUT])),
    "loss as a list": json.dumps(spec_with(loss=["cross_entropy"])),
    "init as a number": json.dumps(spec_with(init=3)),
    "units as text": json.dumps(spec_with(layers=[{"units": "4"}, OUT])),
    "a list, not an object": "[1, 2, 3]",
    "NaN units": '{"input_size": 2, "layers": [{"units": NaN}]}',
    "not UTF-8": b"\xff\xfe{".decode("latin-1"),
}


@pytest.fixture
def builder(qapp, qtbot):
    from gui.builder import BuilderTool
    from gui.session import Session
    widget = BuilderTool(Session())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.mark.parametrize("name", list(HOSTILE_TEXTS))
def test_a_hostile_network_description_is_refused_with_a_message_and_changes_nothing(builder, tmp_path, name):
    path = tmp_path / "network.json"
    path.write_bytes(HOSTILE_TEXTS[name].encode("latin-1" if name == "not UTF-8" else "utf-8"))
    before = json.dumps(builder.session.spec, sort_keys=True)
    started = time.perf_counter()
    assert not builder.load_spec(str(path))
    assert time.perf_counter() - started < 5
    assert builder.message.isVisibleTo(builder)
    print(name, "->", builder.message.text())
    assert " is not " in builder.message.text()
    assert json.dumps(builder.session.spec, sort_keys=True) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_as_network_description_is_refused_at_once(builder, tmp_path):
    path = tmp_path / "network.json"
    hung = watched_fifo(path, seconds=3)        # unblocks a reader still waiting after 3 s
    assert not builder.load_spec(str(path))
    assert not hung.is_set(), "Load network description waited for a writer on a FIFO"
    assert "not a file" in builder.message.text()


@pytest.mark.parametrize("spec", [spec_with(layers=[{"units": 4, "activation": ["relu"]}, OUT]),
                                  spec_with(loss=["x"]), spec_with(init={}),
                                  spec_with(layers=[GOOD_LAYER] * 10_000 + [OUT])])
def test_the_engine_refuses_wrong_types_and_too_many_layers_with_a_spec_error(spec):
    with pytest.raises(SpecError):
        finishes_within(5, validate_spec, spec)
