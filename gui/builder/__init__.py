"""The network builder: compose a network layer by layer and see the function it makes."""
from .tool import BuilderTool

__all__ = ["BuilderTool"]
