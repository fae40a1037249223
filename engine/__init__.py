"""Gradient Lab's learning engine: deep learning from scratch, in NumPy.

Read it beside the lecture:
  activations.py  σ: identity, ReLU, sigmoid, tanh, softmax          (item 7)
  layers.py       the affine layer y = x W + b                        (item 7)
  losses.py       squared error, cross-entropy                        (items 8–9)
  optimizers.py   the gradient method and its refinements             (items 11, 15)
  spec.py         a network described as JSON
  presets.py      ready-made networks by name, fitted to the task
  network.py      the composite function f_Θ and backpropagation      (items 6, 15)
  training.py     mini-batch training, yielding progress records      (items 5, 8)
  gradcheck.py    backpropagation checked against central differences
  backprop.py     backpropagation recorded node by node, for the Backprop tool (item 15)
  landscape.py    the loss surface around θ: 2-D slices, curvature, how large α may be (items 10, 14, 15)
  expression.py   a safe formula language with exact (symbolic) derivatives
                  (its tree in expression_tree.py, the tidying of derivatives in expression_simplify.py)
  objectives.py   the functions the stepper minimises, with their gradients (items 11–14)
  descent.py      the gradient method one step at a time, and run(...) headless
  quadratic_model.py  the parametric model a x² + b x + c                (item 3)
  metrics.py      confusion matrix, smoothed curves, decision-region grid, CSV
  data/           toy data sets, the quadratic, train/validation split, picture folders
  npz.py          .npz archives read with their sizes checked before anything is decompressed
  safe_files.py   regular files only, sizes checked before reading, JSON within limits

Application tooling (the session file, the notebook export, the command line) is in lab/.

The engine never imports Qt: the GUI only shows and controls it.
"""
from . import activations, optimizers
from .gradcheck import GradientCheck, check_layer, check_network, gradient_check, numerical_gradient
from .network import Network
from .spec import SpecError, parameter_count, validate as validate_spec
from .training import BatchRecord, EpochRecord, History, Trainer, TrainingEnded, evaluate

__all__ = [
    "Network", "Trainer", "SpecError", "BatchRecord", "EpochRecord", "TrainingEnded", "History",
    "GradientCheck", "gradient_check", "check_layer", "check_network", "numerical_gradient",
    "evaluate", "parameter_count", "validate_spec", "activations", "optimizers",
]
