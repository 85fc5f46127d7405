"""Write the corpus: each topic of topics.py laid out in the styles of fifteen kinds of ESL site.

    python tests/data/handouts/corpus/make_corpus.py

Writes NN_style_topic.txt (or .docx) and NN_style_topic.gold.json beside this file. The gold
comes from the topic's content, so it says what a teacher meant, not what the importer finds.
Every third handout (k == 2 below) is in the check set: see README.md.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from topics import TOPICS  # noqa: E402

Topic = dict[str, Any]
Gold = dict[str, Any]


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


def _gold(t: Topic, *, terms: bool = True, questions: list[str] | None = None, discussion: bool = True,
          warmup: bool = False, choice: bool = False, true_false: bool = False, matching: bool = False) -> Gold:
    qs = list(t["questions"]) if questions is None else questions
    exercises: list[dict[str, Any]] = []
    if choice:
        qs += [stem for stem, _, _ in t["choice"]]
        exercises += [{"kind": "choice", "text": stem, "options": opts} for stem, opts, _ in t["choice"]]
    if matching:
        exercises.append({"kind": "matching", "pairs": [[term, d] for term, _, d, _ in t["terms"]]})
    if true_false:
        qs += list(t["true_false"])
    paras = t["paragraphs"]
    return {"title": t["title"], "terms": [x[0] for x in t["terms"]] if terms else [],
            "questions": {"comprehension": qs, "discussion": list(t["discussion"]) if discussion else [],
                          "warmup": list(t["warmup"]) if warmup else []},
            "exercises": exercises,
            "reading_first": _sentences(paras[0])[0], "reading_last": _sentences(paras[-1])[-1]}


def _wrap(text: str, width: int = 72) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + [line] if line else out


def _letters(options: list[str], fmt: str = "{l}) {o}") -> list[str]:
    return [fmt.format(l="abcd"[i], L="ABCD"[i], o=o) for i, o in enumerate(options)]


# --- the styles --------------------------------------------------------------------------------

def news_site_chrome(t: Topic, k: int) -> tuple[str, Gold]:
    """Site navigation, a posting date and time, author and level lines, a colon glossary, share buttons."""
    lines = ["Home | Lessons | Grammar | Vocabulary | Contact", "Skip to content", "",
             f"Posted on 12 March 2024 at 08:{10 + k}", t["title"], f"Level: {t['level']}",
             "Author: Sam Green", "", "Vocabulary", ""]
    lines += [f"{term}: {d}" for term, _, d, _ in t["terms"]] + ["", "Reading", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Comprehension Questions", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Discussion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    lines += ["", "Share this:", "Facebook", "Twitter", "Like this:", "Leave a Reply"]
    return "\n".join(lines), _gold(t)


def pdf_viewer(t: Topic, k: int) -> tuple[str, Gold]:
    """A document viewer's page counter and tracking id; capitalised words only; running headers and footers mid-text."""
    head = f"ESL Reading Lessons — {t['title']}"
    lines = ["Page 1 / 2", f"doc-id: 7f3a9c{k}e21", "", t["title"].upper(), "", "KEY WORDS", ""]
    lines += [f"{i}. {term.capitalize()}" for i, (term, *_) in enumerate(t["terms"], 1)]
    lines += ["", "READ THE TEXT", ""]
    for i, p in enumerate(t["paragraphs"]):
        lines += _wrap(p) + [""]
        if i == 1:
            lines += ["www.esl-reading-lessons.example        Page 1", "", head, ""]
    lines += ["QUESTIONS", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Talk about it", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    lines += ["", "www.esl-reading-lessons.example        Page 2"]
    return "\n".join(lines), _gold(t)


def matching_exercise(t: Topic, k: int) -> tuple[str, Gold]:
    """Numbered terms with scrambled lettered meanings; a true/false exercise after the reading."""
    terms = t["terms"]
    order = list(range(len(terms)))[::-1] if k != 1 else list(range(1, len(terms))) + [0]
    lines = [t["title"], "", "Exercise 1. Match the words (1-%d) with their meanings (a-%s)." % (len(terms), "abcdefgh"[len(terms) - 1]), ""]
    lines += [f"{i}. {term}" for i, (term, *_) in enumerate(terms, 1)] + [""]
    lines += [f"{'abcdefgh'[j]}. {terms[o][2]}" for j, o in enumerate(order)] + [""]
    lines += ["Exercise 2. Read the article.", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Exercise 3. True or false?", ""] + [f"{i}. {s}" for i, s in enumerate(t["true_false"], 1)]
    lines += ["", "Exercise 4. Answer the questions.", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Exercise 5. Discuss with a partner.", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    if k == 1:  # one of the three prints its answer key (the others leave the pairs to the teacher)
        lines += ["", "Answer key", "", "Exercise 1: " + ", ".join(f"{i + 1}-{'abcdefgh'[order.index(i)]}"
                                                                  for i in range(len(terms)))]
    return "\n".join(lines), _gold(t, true_false=True, matching=True)


def preview_sentences(t: Topic, k: int) -> tuple[str, Gold]:
    """A vocabulary preview giving each word with a sentence that uses it; multiple choice A-D."""
    lines = [f"{t['title']} ({t['level']})", "", "Vocabulary preview", "Read the words and the example sentences.", ""]
    lines += [f"{term} — {ex}" for term, _, _, ex in t["terms"]] + ["", "Article", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Multiple choice", "Choose the best answer.", ""]
    for i, (stem, opts, _) in enumerate(t["choice"], 1):
        lines += [f"{i}. {stem}", *_letters(opts, "{L}. {o}"), ""]
    lines += ["Questions for discussion", ""] + [f"- {q}" for q in t["discussion"]]
    return "\n".join(lines), _gold(t, questions=[], choice=True)


def glossary_after_reading(t: Topic, k: int) -> tuple[str, Gold]:
    """The reading first, then "Words to know" with definitions, then questions."""
    lines = [t["title"], "", "By Anna Lee", "", "Read the story below.", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Words to know", ""] + [f"{term} - {d}" for term, _, d, _ in t["terms"]]
    lines += ["", "Check your understanding", ""] + [f"{i}) {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Let's talk", ""] + [f"{'abc'[i]}) {q}" for i, q in enumerate(t["discussion"])]
    return "\n".join(lines), _gold(t)


def pronunciation_glossary(t: Topic, k: int) -> tuple[str, Gold]:
    """A glossary with pronunciations and parts of speech."""
    lines = [t["title"], f"Lesson plan · {t['level']} · 45 minutes", "", "Glossary", ""]
    lines += [f"{term} /{term.replace(' ', '.')}/ ({pos}) {d}" for term, pos, d, _ in t["terms"]]
    lines += ["", "Text", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Comprehension", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Discussion questions", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    return "\n".join(lines), _gold(t)


def warm_up_first(t: Topic, k: int) -> tuple[str, Gold]:
    """Numbered warm-up questions before the vocabulary and the reading."""
    lines = [t["title"], "", "Warm-up", ""] + [f"{i}. {q}" for i, q in enumerate(t["warmup"], 1)]
    lines += ["", "Vocabulary", ""] + [f"{term} = {d}" for term, _, d, _ in t["terms"]] + ["", "Reading", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Comprehension questions", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Discussion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    return "\n".join(lines), _gold(t, warmup=True)


def numbered_paragraphs(t: Topic, k: int) -> tuple[str, Gold]:
    """The reading's paragraphs numbered (labels, not questions); a vocabulary list of words."""
    lines = [t["title"], "", "New words", ""] + [term for term, *_ in t["terms"]] + ["", "Read the text.", ""]
    for i, p in enumerate(t["paragraphs"], 1):
        lines += [f"{i}  {p}", ""]
    lines += ["Answer these questions.", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Your opinion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    return "\n".join(lines), _gold(t)


def dialogue(t: Topic, k: int) -> tuple[str, Gold]:
    """The reading as a dialogue with short turns."""
    lines = [t["title"], "", "Vocabulary", ""] + [f"{term}: {d}" for term, _, d, _ in t["terms"]]
    lines += ["", "Dialogue", ""]
    speakers = ("Anna", "Ben")
    turns = [s for p in t["paragraphs"] for s in _sentences(p)]
    for i, s in enumerate(turns):
        lines.append(f"{speakers[i % 2]}: {s}")
    lines += ["", "Questions", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Discussion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    g = _gold(t)
    g["reading_first"], g["reading_last"] = turns[0], turns[-1]
    return "\n".join(lines), g


def listening_script(t: Topic, k: int) -> tuple[str, Gold]:
    """A listening lesson: the script, a gap fill, answers below."""
    lines = [f"Listening: {t['title']}", f"Level {t['level']}", "", "Key vocabulary", ""]
    lines += [f"• {term} ({pos}) – {d}" for term, pos, d, _ in t["terms"]]
    lines += ["", "Listening script", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Listen again and answer (answers below).", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Speaking", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    lines += ["", "Answers", ""] + [f"{i}. Answers will vary." for i in range(1, len(t["questions"]) + 1)]
    g = _gold(t)
    g["title"] = t["title"]
    return "\n".join(lines), g


def pull_quote(t: Topic, k: int) -> tuple[str, Gold]:
    """PDF text with a pull quote interleaved line by line and drop capitals split from their words."""
    quote = _sentences(t["paragraphs"][1])[0]
    lines = [t["title"], "", "Vocabulary", ""] + [f"{term} ({pos}): {d}" for term, pos, d, _ in t["terms"]] + [""]
    first = t["paragraphs"][0]
    lines += [first[0], ""] + _wrap(first[1:]) + [""]
    second = _wrap(t["paragraphs"][1], 60)
    qwords = _wrap(f"“{quote}”", 24)
    for i, line in enumerate(second):
        lines.append(line)
        if i < len(qwords):
            lines.append(qwords[i])
    lines.append("")
    for p in t["paragraphs"][2:]:
        lines += _wrap(p) + [""]
    lines += ["Comprehension", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "Discussion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    return "\n".join(lines), _gold(t)


def terms_in_questions(t: Topic, k: int) -> tuple[str, Gold]:
    """No word list: the terms are asked about inside the questions ("What does … mean?")."""
    asked = [term for term, *_ in t["terms"][:3]]
    lines = [t["title"], "", "Read the text and answer the questions.", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    vocab_qs = [f'What does "{w}" mean in the text?' for w in asked]
    qs = list(t["questions"]) + vocab_qs
    lines += ["Questions", ""] + [f"{i}. {q}" for i, q in enumerate(qs, 1)]
    lines += ["", "Discussion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    g = _gold(t, questions=qs)
    g["terms"] = asked
    return "\n".join(lines), g


def word_document(t: Topic, k: int) -> tuple[str, Gold]:
    """A Word file: headings, a vocabulary table, automatically numbered lists (built in make_docx)."""
    return "", _gold(t, warmup=True, choice=True)


def answer_key(t: Topic, k: int) -> tuple[str, Gold]:
    """Multiple choice with a), an answer key at the end, comments after it."""
    lines = ["ESL Lounge › Reading › " + t["title"], "", t["title"], "A lesson for intermediate students about "
             + t["title"].lower() + ".", "", "Vocabulary", ""]
    lines += [f"{i}. {term} ({pos}) {d}" for i, (term, pos, d, _) in enumerate(t["terms"], 1)]
    lines += ["", "Reading", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["Choose the correct answer.", ""]
    for i, (stem, opts, _) in enumerate(t["choice"], 1):
        lines += [f"{i}. {stem}", *_letters(opts), ""]
    lines += ["Discussion", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    lines += ["", "Answer key: " + " ".join(f"{i}-{a}" for i, (_, _, a) in enumerate(t["choice"], 1)), "",
              "3 comments", "Reply", "Posted by a teacher: Great lesson, thanks!"]
    return "\n".join(lines), _gold(t, questions=[], choice=True)


def lead_in_tabbed(t: Topic, k: int) -> tuple[str, Gold]:
    """Pre-reading (lead-in) questions, a tab-separated vocabulary table, after-reading true/false."""
    lines = [t["title"], f"Level: {t['level']}", "", "Before you read", ""]
    lines += [f"{i}. {q}" for i, q in enumerate(t["warmup"], 1)] + ["", "Word\tMeaning"]
    lines += [f"{term}\t{d}" for term, _, d, _ in t["terms"]] + ["", "Reading text", ""]
    for p in t["paragraphs"]:
        lines += [p, ""]
    lines += ["After reading", "", "A. True or false?", ""] + [f"{i}. {s} ____" for i, s in enumerate(t["true_false"], 1)]
    lines += ["", "B. Answer the questions.", ""] + [f"{i}. {q}" for i, q in enumerate(t["questions"], 1)]
    lines += ["", "C. Discuss.", ""] + [f"{i}. {q}" for i, q in enumerate(t["discussion"], 1)]
    return "\n".join(lines), _gold(t, warmup=True, true_false=True)


STYLES: list[Callable[[Topic, int], tuple[str, Gold]]] = [
    news_site_chrome, pdf_viewer, matching_exercise, preview_sentences, glossary_after_reading,
    pronunciation_glossary, warm_up_first, numbered_paragraphs, dialogue, listening_script, pull_quote,
    terms_in_questions, word_document, answer_key, lead_in_tabbed,
]


def make_docx(t: Topic, path: Path) -> None:
    """The Word style: Title, headings, a vocabulary table, numbered and lettered lists."""
    import docx

    doc = docx.Document()
    doc.add_paragraph(t["title"], style="Title")
    doc.add_paragraph(f"Level {t['level']}")
    doc.add_paragraph("Warm-up", style="Heading 1")
    for q in t["warmup"]:
        doc.add_paragraph(q, style="List Number")
    doc.add_paragraph("Vocabulary", style="Heading 1")
    table = doc.add_table(rows=0, cols=2)
    for term, _, d, _ in t["terms"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = term, d
    doc.add_paragraph("Reading", style="Heading 1")
    for p in t["paragraphs"]:
        doc.add_paragraph(p)
    doc.add_paragraph("Comprehension", style="Heading 1")
    for q in t["questions"]:
        doc.add_paragraph(q, style="List Number 2")
    for stem, opts, _ in t["choice"]:
        doc.add_paragraph(stem, style="List Number 2")
        doc.add_paragraph("   " + "   ".join(_letters(opts)))
    doc.add_paragraph("Discussion", style="Heading 1")
    for q in t["discussion"]:
        doc.add_paragraph(q, style="List Bullet")
    doc.save(str(path))


def main() -> None:
    for old in HERE.glob("[0-9][0-9]_*"):
        old.unlink()
    n = 0
    for s, style in enumerate(STYLES):
        for k in range(3):
            t = TOPICS[(s * 5 + k * 4) % len(TOPICS)]
            n += 1
            stem = f"{n:02d}_{style.__name__}_{_slug(t['title'])[:24].rstrip('-')}"
            text, gold = style(t, k)
            gold = {"style": style.__name__, "set": "check" if k == 2 else "tuning", **gold}
            if style is word_document:
                make_docx(t, HERE / f"{stem}.docx")
            else:
                (HERE / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
            (HERE / f"{stem}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    print(f"{n} handouts in {len(STYLES)} styles")


if __name__ == "__main__":
    main()
