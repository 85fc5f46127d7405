"""Hostile handouts for the linearity benchmark (bench_linear.py) and the importer's tests (issue 18, item 14)."""

from __future__ import annotations

import copy
import io

_HEAD = ["A Title", "", "Reading", "", "This is the reading text. It has two sentences.", "", "Questions", ""]


def questions_handout(lines: int) -> str:
    """A handout whose questions section is `lines` short lines with no punctuation at all."""
    return "\n".join(_HEAD + ["why is the sky blue and the sea"] * lines) + "\n"


def docx_list_handout(items: int, *, level: str = "0") -> bytes:
    """A Word handout whose questions are `items` automatically numbered list items at list level `level`."""
    import docx  # only this benchmark and its tests make Word files

    document = docx.Document()
    document.add_paragraph("A Title", style="Title")
    document.add_paragraph("Reading", style="Heading 1")
    document.add_paragraph("This is the reading text. It has two sentences.")
    document.add_paragraph("Questions", style="Heading 1")
    p = document.add_paragraph("Why is it so?", style="List Number")._p
    num_pr = p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", level)
    for _ in range(items - 1):
        p.addnext(copy.deepcopy(p))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
