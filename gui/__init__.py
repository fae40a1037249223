"""Gradient Lab's Qt user interface: views that show and control the engine."""
