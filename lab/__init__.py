"""Gradient Lab's application tooling, beside the lecture in engine/: no Qt, no printing from the engine.

    session_file   the session file (.gradlab): JSON, versioned, arrays as base64 of .npz;
                   the one reader and writer, used by the desktop app and the notebook export
    tool_parts     each tool's part of a session checked, as plain values
    notebook       the notebook export (Google Colab, PyTorch), ``main.py export-notebook``
    notebook_texts the notebooks' explanations in English and Japanese
    numpy_source   a formula's expression tree as NumPy source text
    cli            ``main.py train`` and ``main.py predict``: NumPy only

See docs/lab.md.
"""
