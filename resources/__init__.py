"""Data files shipped with Gradient Lab: translations, the lesson, icons."""
