"""Keep a formula's sets, brackets and fractions on one line in the lesson's word-wrapped text.

Qt wraps rich text at spaces and after "/", so "Θ = {a, b, c}" could end one line with "{a,"
and "(∂f/∂x₁, ∂f/∂x₂)" could break after a slash. ``keep_formulas_together(html)`` wraps every
outermost group in (), {} or |…| (with the characters glued to it, as in "∇f(x)" or
"(…)<sup>T</sup>") and every word with a "/" in a ``white-space: nowrap`` span, with a word
joiner after each "/", "|" and "-" (Qt breaks after them even inside nowrap). A bracket of
words, "(the right answer)", wraps as usual. Lines may still break between the parts of a
formula ("Θ =" | "{a, b, c}"), never inside one. Pure Python: no Qt.
"""
import re

NOWRAP = '<span style="white-space:nowrap">'
_PIECE = re.compile(r"<[^>]*>|&[#\w]+;|.", re.S)     # a tag, an entity, or one character
_OPEN, _CLOSE = {"(": ")", "{": "}"}, {")", "}"}
WORD_JOINED = {c: c + "\u2060" for c in "/|-"}     # Qt breaks after these even in nowrap


def _pieces(html):
    return _PIECE.findall(html)


def _is_text(piece):
    return not piece.startswith("<")


def _glued(piece):
    """A piece that belongs to the formula word it touches (not a space, not Japanese text)."""
    if not _is_text(piece):
        return True                         # tags such as <sub>, <sup>, <b> stay with it
    if piece in ("&nbsp;",):
        return False
    return not piece.isspace() and ord(piece[0]) < 0x2E80


def _group_end(pieces, start):
    """Index of the piece closing the group opened at ``start`` (or None if unclosed)."""
    opener = pieces[start]
    if opener == "|":
        for k in range(start + 1, len(pieces)):
            if pieces[k] == "|":
                return k
        return None
    depth = 0
    for k in range(start, len(pieces)):
        if pieces[k] in _OPEN:
            depth += 1
        elif pieces[k] in _CLOSE:
            depth -= 1
            if depth == 0:
                return k
    return None


def _is_prose(pieces):
    """A bracket of words, "(the right answer)": it may wrap like the text around it."""
    plain = "".join(p for p in pieces if _is_text(p) and not p.startswith("&"))
    return len(re.findall(r"[A-Za-z]{3,}", plain)) >= 2


def keep_formulas_together(html):
    """``html`` with each bracket group and each fraction word in a nowrap span."""
    pieces = _pieces(html)
    spans = []                              # (first, last) piece indices to keep together
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        end = None
        if piece in _OPEN or piece == "|":
            end = _group_end(pieces, k)
            if end is not None and _is_prose(pieces[k:end + 1]):
                end = None
        elif piece == "/":
            end = k
        if end is None:
            k += 1
            continue
        first, last = k, end
        while first > 0 and _glued(pieces[first - 1]):
            first -= 1
        while last + 1 < len(pieces) and _glued(pieces[last + 1]):
            last += 1
            if pieces[last] in _OPEN or pieces[last] == "|":      # the next group joins in
                group_end = _group_end(pieces, last)
                if group_end is None:
                    break
                last = group_end
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]))
        else:
            spans.append((first, last))
        k = last + 1
    if not spans:
        return html
    out, position = [], 0
    for first, last in spans:
        out.append("".join(pieces[position:first]))
        # nowrap turns spaces into no-break spaces, but Qt would still break after a "/":
        # a word joiner (U+2060) after it forbids that
        out.append(NOWRAP + "".join(WORD_JOINED.get(p, p) for p in pieces[first:last + 1]) + "</span>")
        position = last + 1
    out.append("".join(pieces[position:]))
    return "".join(out)
