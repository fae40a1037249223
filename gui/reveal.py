"""Predict, then reveal: a tool asks its gate before an action that shows something a student
may be asked to predict first.

A tool keeps ``self.gate = RevealGate()`` and, when the student presses a button or key that
reveals ("step": the stepper moves on; "start": training starts; "backward": the Backprop walk
goes into the backward pass), calls ``gate.passes(action, proceed)``. True: go on. False: a
question is being asked first, and ``proceed()`` is called once it is answered or skipped. The
window gives the gate its ``guard`` (the lesson's, gui/lesson/predictions.py); with none, every
action passes. The tools' own API (the lesson, tests, screenshots) never asks.
"""


class RevealGate:
    def __init__(self):
        self.guard = None        # guard(action, proceed) -> bool

    def passes(self, action, proceed):
        return self.guard is None or bool(self.guard(action, proceed))
