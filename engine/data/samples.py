"""Sample picture folders made from pictures scikit-image ships: nothing is downloaded.

    faces/      face/  not face/            200 photographs of 25×25 pixels (skimage lfw_subset)
    textures/   brick/ grass/ gravel/       64×64 patches cut from three 512×512 photographs

``sample_folder(name, data_dir)`` writes one of them as ordinary class folders of PNG files
under ``data_dir/samples/`` the first time it is asked for, and returns its path; the user
opens it with the same loader as any folder of their own. The engine knows nothing of Qt:
the GUI passes its data folder (QStandardPaths.AppDataLocation) as ``data_dir``.
"""
import os
import shutil
import tempfile

import numpy as np

PATCH = 64  # texture patches are PATCH × PATCH pixels, cut without overlap


def _faces():
    """lfw_subset: the first 100 pictures are faces, the next 100 are not (skimage docs)."""
    from skimage import data
    pictures = data.lfw_subset()  # (200, 25, 25) float in [0, 1]
    return {"face": pictures[:100], "not face": pictures[100:]}


def _textures():
    from skimage import data
    classes = {}
    for name in ("brick", "grass", "gravel"):
        photo = getattr(data, name)()  # (512, 512) uint8
        h, w = photo.shape
        classes[name] = [photo[r:r + PATCH, c:c + PATCH]
                         for r in range(0, h - PATCH + 1, PATCH) for c in range(0, w - PATCH + 1, PATCH)]
    return classes


SAMPLES = {
    "faces": ("faces vs. not faces: 200 photographs of 25×25 pixels (scikit-image lfw_subset)", _faces),
    "textures": ("brick, grass and gravel: 64×64 patches of three photographs (scikit-image)", _textures),
}

# Samples kept on purpose although a network of affine layers stays near chance on them: a
# texture is a pattern that can be anywhere in the picture, and no single pixel value tells it;
# networks that compare neighbouring pixels (convolutions) come after the lecture. The GUI says so.
HARD_SAMPLES = ("textures",)


def is_hard_sample(folder):
    """True if ``folder`` is one of the HARD_SAMPLES as ``sample_folder`` writes it."""
    parts = os.path.normpath(os.fspath(folder)).split(os.sep)
    return len(parts) >= 2 and parts[-2] == "samples" and parts[-1] in HARD_SAMPLES


def _to_uint8(picture):
    a = np.asarray(picture)
    if a.dtype != np.uint8:
        a = np.round(np.clip(a, 0, 1) * 255).astype(np.uint8)
    return a


def _complete(folder, classes):
    return all(os.path.isdir(os.path.join(folder, name))
               and len(os.listdir(os.path.join(folder, name))) == len(pictures)
               for name, pictures in classes.items())


def sample_folder(name, data_dir):
    """The path of sample ``name`` ('faces' or 'textures') under data_dir, written if missing."""
    if name not in SAMPLES:
        raise ValueError(f"unknown sample {name!r}; choose one of {', '.join(SAMPLES)}")
    classes = SAMPLES[name][1]()
    root = os.path.join(os.fspath(data_dir), "samples")
    folder = os.path.join(root, name)
    if os.path.isdir(folder) and _complete(folder, classes):
        return folder
    os.makedirs(root, exist_ok=True)
    # Write into a temporary folder and rename it in place: a half-written sample (the
    # program stopped midway) is never mistaken for a complete one.
    work = tempfile.mkdtemp(prefix=f".{name}-", dir=root)
    from PIL import Image      # (Pillow imported when the first sample is written)
    try:
        for class_name, pictures in classes.items():
            os.makedirs(os.path.join(work, class_name))
            for k, picture in enumerate(pictures):
                Image.fromarray(_to_uint8(picture)).save(os.path.join(work, class_name, f"{name}_{k:03d}.png"))
        if os.path.exists(folder):
            shutil.rmtree(folder)
        os.replace(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return folder
