"""The names of a run's accuracies (and, short, of its loss and accuracy curves), the same in
every view: dashboard, run list, plots, pictures.

Three different numbers are all "accuracy":

- the training accuracy per batch, and its average over an epoch: the share of right answers
  on the mini-batches *while* the weights still changed (``BatchRecord`` / ``EpochRecord.accuracy``);
- the accuracy on all the data: every example judged with the same weights, those at the end
  of an epoch (the confusion matrix);
- the validation accuracy: the held-out examples the network never trained on.
"""
from PySide6.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate("Accuracy", text)


def epoch_average():
    return _tr("training accuracy (average over the epoch)")


def all_data():
    return _tr("accuracy on all the data (weights at the end of the epoch)")


def validation():
    return _tr("validation accuracy")


# the same three in a legend, under a plot titled "Loss" or "Accuracy"
def per_batch_short():
    return _tr("training, per batch (smoothed)")


def epoch_average_short():
    return _tr("training, average over the epoch")


def validation_short():
    return _tr("validation")


def percent(value):
    return f"{value:.1%}"
