"""The Loss landscape tool: the loss around the network's own weights (engine/landscape.py)."""
from .tool import LandscapeTool

__all__ = ["LandscapeTool"]
