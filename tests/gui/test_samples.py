"""The textures sample is kept as a hard case on purpose, and the Pictures tool says why."""
import numpy as np

from engine import Network, Trainer
from engine.data import load_image_folder, sample_folder



def validation_accuracy(folder):
    data = load_image_folder(folder, size=16)
    spec = {"input_size": data.X.shape[1], "layers": [{"units": 32, "activation": "relu"},
                                                     {"units": len(data.class_names), "activation": "softmax"}]}
    net = Network.from_spec(spec, seed=0)
    history = Trainer(net, optimizer="adam", lr=0.003, batch_size=16, epochs=25, seed=0,
                      validation_fraction=0.25).fit(data.X, data.y)
    return history.epochs[-1].val_accuracy


def test_a_small_network_learns_the_faces_but_stays_near_chance_on_the_textures(tmp_path):
    """What the Pictures tool tells the student about the textures is true."""
    assert validation_accuracy(sample_folder("faces", tmp_path)) >= 0.8
    assert validation_accuracy(sample_folder("textures", tmp_path)) < 0.55      # chance: 1/3


def test_loading_the_textures_sample_says_it_is_a_hard_case_and_why(qtbot, window):
    tool = window.tools["pictures"]
    job = tool.open_sample("textures")
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert tool.session.dataset.class_names == ["brick", "grass", "gravel"]
    message = tool.message.text()                 # the line under the buttons, which stays
    assert "hard case on purpose" in message and "near chance" in message and "convolutions" in message
    assert "near chance" in tool.evaluation_panel.heading.text()    # until the network is evaluated
    job = tool.open_sample("faces")
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert "hard case" not in tool.message.text() and "hard case" not in tool.evaluation_panel.heading.text()
