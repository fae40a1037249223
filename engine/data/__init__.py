"""Data sets: the 2-D toy sets, the lecture's quadratic, and the train/validation split.

A data set is always ``(X, y, class_names)``: X: (N, n) float32; y: (N,) int class labels
(classification) or (N, 1) float32 targets (regression, class_names empty).
"""
from .dataset import Dataset
from .split import train_validation_split
from .toy import TOY_SETS, make_toy, quadratic

__all__ = ["Dataset", "TOY_SETS", "make_toy", "quadratic", "train_validation_split"]
