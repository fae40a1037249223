"""The pictures tool: open a folder of pictures, see them as vectors, evaluate and predict."""
from .tool import PicturesTool

__all__ = ["PicturesTool"]
