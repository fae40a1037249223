"""Data sets: the 2-D toy sets, the lecture's quadratic, folders of pictures (images.py) with
their bundled samples (samples.py), and the train/validation split.

A data set is always ``(X, y, class_names)``: X: (N, n) float32; y: (N,) int class labels
(classification) or (N, 1) float32 targets (regression, class_names empty).
"""
from .dataset import Dataset
from .images import (ImageFolder, ImageFolderError, LoadProgress, SkippedFile, iter_load_image_folder,
                     load_image_folder, load_picture)
from .samples import SAMPLES, sample_folder
from .split import train_validation_split
from .toy import TOY_SETS, make_toy, quadratic

__all__ = ["Dataset", "ImageFolder", "ImageFolderError", "LoadProgress", "SkippedFile",
           "iter_load_image_folder", "load_image_folder", "load_picture", "SAMPLES", "sample_folder",
           "TOY_SETS", "make_toy", "quadratic", "train_validation_split"]
