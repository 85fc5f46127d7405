"""Import a handout (text or Word) as a lesson: `import_handout(text_or_path) -> ImportResult`."""

from __future__ import annotations

import re
from pathlib import Path

from presenter.handout.checks import check_lesson
from presenter.handout.debris import mark_debris
from presenter.handout.sources.decode import decode_handout_bytes, normalize_text
from presenter.handout.sources.docx_text import docx_to_text
from presenter.handout.errors import ImportFailed
from presenter.handout.letter import mark_letter
from presenter.handout.exercise_keys import settle_keys, split_answer_key
from presenter.handout.exercises import Matching, matching_exercise, with_meanings
from presenter.handout.layout import blocks, column_tables, join_drop_capitals, mark_repeated_headers, mark_running_headers
from presenter.handout.info import is_metadata, is_source, level_of
from presenter.handout.lines import Line, make_lines, word_count
from presenter.handout.matching import ReadingIndex
from presenter.handout.answers import keyed
from presenter.handout.asides import glossaries_in_talk, questions_asides
from presenter.handout.item_parts import questions_part, talk_part
from presenter.handout.questions import is_instruction
from presenter.handout.quiz_forms import is_score
from presenter.handout.edges import trim_regions
from presenter.handout.reading import ReadingBuilder, believed_speakers, is_subheading, with_notes, wrapped_width
from presenter.handout.result import DroppedLine, ImportResult, ImportWarning, short
from presenter.handout.segment import Region, regions_of
from presenter.handout.units import units_of
from presenter.handout.sources.source import MAX_LINES, names_a_file, read_handout_file
from presenter.handout.title_choice import choose_title
from presenter.handout.title import fallback_title, find_title, split_level, title_case
from presenter.handout.vocab_found import stray_glossaries
from presenter.handout.vocab_region import asked_terms, unique_entries, vocabulary_region
from presenter.lesson.model import Lesson, Prompt, Question, VocabEntry
from presenter.lesson.parser import parse_lesson
from presenter.lesson.writer import write_lesson_markdown
from presenter.handout.roles import Part, Role

_ZIP = b"PK\x03\x04"

# "1  In the north…", "[1] In…", "(1) In…" ("1." is a list)
_PARAGRAPH_NUMBER = re.compile(r"^[\[(]?(\d{1,2})[\])]?\s+(?=[A-Z“\"‘'])")


def import_handout(source: str | Path | bytes, *, name: str = "", define: bool = False,
                   suggest: int = 0) -> ImportResult:
    """Import a handout (a Path, a file's name, a file's bytes, or its text) as a lesson; ImportFailed if it can't."""
    # A Path, or a one-line str naming an existing .txt/.docx file, is read from disk; bytes are a file's content
    # (.docx recognised by its content); any other str is the handout's text. With `define`, terms without a
    # definition get a suggested one (handout.define); with `suggest`, a handout with no word list gets that many of
    # its reading's rarest words (handout.suggest). ImportFailed, and only that, when it holds no reading.
    encoding, warning = "utf-8", ""
    if isinstance(source, str) and names_a_file(source):
        source = Path(source)  # a dialog may hand over the chosen file's name as text
    if isinstance(source, Path):
        name = name or source.stem
        source = read_handout_file(source)
    if isinstance(source, bytes):
        if source.startswith(_ZIP):
            text, encoding = docx_to_text(source), "docx"
        else:
            decoded = decode_handout_bytes(source)
            text, encoding, warning = decoded.text, decoded.encoding, decoded.warning
    else:
        text = source
    result = import_text(text, name=name, encoding=encoding, decode_warning=warning, define=define, suggest=suggest)
    if encoding == "docx" and isinstance(source, bytes):
        from presenter.handout.sources.docx_images import with_pictures

        result = with_pictures(result, source)
    return result


def import_text(text: str, *, name: str = "", encoding: str = "utf-8", decode_warning: str = "",
                define: bool = False, suggest: int = 0) -> ImportResult:
    """Import a handout's text (see import_handout)."""
    text = normalize_text(text)
    if text.count("\n") >= MAX_LINES:
        raise ImportFailed(f"the handout has {text.count(chr(10)) + 1:,} lines; a handout must have fewer than "
                           f"{MAX_LINES:,} (split it into lessons)")
    lines = column_tables(join_drop_capitals(make_lines(text)))
    if not any(ln.text for ln in lines):
        raise ImportFailed("the handout is empty")
    return _Importer(lines, text, name, encoding, decode_warning, (define, suggest)).run()


class _Importer:
    """One import: the handout's lines and what has been found in them so far."""

    def __init__(self, lines: list[Line], text: str, name: str, encoding: str, decode_warning: str,
                 extras: tuple[bool, int]) -> None:
        self.lines = lines
        self.define, self.suggest = extras  # suggested definitions; how many words to suggest
        self.text = text
        self.name, self.encoding = name, encoding
        self.warnings: list[ImportWarning] = [ImportWarning(0, decode_warning)] if decode_warning else []
        self.source, self.level = "", ""
        self.layouts: list[str] = []
        self.paragraph_number = 0  # the last number of numbered paragraphs in the reading
        self.matchings: list[Matching] = []

    def run(self) -> ImportResult:
        """Find every part of the lesson, build it, write it and check it."""
        lines = self.lines
        mark_debris(lines)
        mark_repeated_headers(lines)
        mark_letter(lines)
        self._mark_single_lines()
        title, title_lines, slug = find_title(lines)
        title, level = split_level(title)
        self.level = self.level or level
        mark_running_headers(lines, title)
        for ln in title_lines:
            ln.role, ln.reason = Role.TITLE, "the first line that reads like a title"
        if slug is not None:
            slug.role, slug.reason = Role.DEBRIS, "slug"
        # Text above the title ("Here is the text for Monday's class.") is a note to the class, not the reading.
        intro = [ln for ln in lines[: title_lines[0].no - 1] if ln.text and not ln.role] if title_lines else []
        for ln in intro:
            ln.role = Role.INTRO
        units = units_of(lines)
        regions, leftover = regions_of(units)
        regions = glossaries_in_talk(regions)
        for ln in intro:
            ln.role, ln.extra["why"] = Role.NONE, "above the title: kept as a note"
        leftover = intro + leftover
        edge = trim_regions([r for r in regions if r.kind == Part.READING])  # tasks, headings, ads, credits around the text
        self.source = self.source or next((ln.text.strip("*_ ") for ln in edge if ln.role == Role.SOURCE), "")
        leftover.extend(ln for ln in edge if not ln.role)
        title, title_lines, why = choose_title(lines, title, title_lines, regions)  # the page's repeated name, or the text's
        for ln in title_lines if why else ():
            ln.role, ln.reason, ln.extra["why"] = Role.TITLE, "", f"the lesson's title: {why}"
        regions = stray_glossaries(regions, leftover, lines)  # a word box in the text, a word list kept as a note
        reading_lines = [ln for r in regions if r.kind == Part.READING for ln in r.lines if ln.text]
        index = ReadingIndex(ln.text for ln in reading_lines)
        builder = ReadingBuilder(speakers_allowed=believed_speakers(reading_lines), wrapped_width=wrapped_width(lines))
        vocabulary: list[VocabEntry] = []
        questions: list[Question] = []
        prompts: list[Prompt] = []
        warmup: list[Prompt] = []
        answers: dict[str, str] = {}
        terms: list[Line] = []  # a numbered word list, whose meanings may follow in the next region
        for at, region in enumerate(regions):
            before = not any(r.kind == Part.READING for r in regions[:at])  # a part above the text
            if region.kind == Part.READING:
                leftover.extend(self._reading(region, builder))
            elif region.kind == Part.VOCABULARY:
                found = vocabulary_region(region.lines, index, self.lines, terms, explicit=region.explicit)
                terms = found.terms
                vocabulary.extend(found.entries)
                self.matchings.extend(found.matchings)
                self.layouts.extend(found.layouts)
                leftover.extend(found.leftover)
            elif region.kind == Part.QUESTIONS:
                aside = questions_asides(region.lines, self.lines, self.matchings, answers)  # a matching, key lines
                vocabulary.extend(aside.terms)
                leftover.extend(questions_part(region, aside.rest, self.lines, questions, warmup if before else prompts, before))
            elif region.kind in (Part.DISCUSSION, Part.WARMUP):
                # Talk before the reading is a warm-up, whatever its heading says ("Think about it").
                warm = region.kind == Part.WARMUP or before
                leftover.extend(talk_part(region, self.lines, warmup if warm else prompts, Role.WARMUP if warm else Role.PROMPT,
                                          [] if warm else questions))
            elif region.kind == Part.NOTES:
                # Grammar, writing, homework: no slide for them, so every line is a note for the teacher.
                for ln in region.lines:
                    if ln.no and ln.text:
                        ln.role, ln.extra["why"] = Role.NONE, "under a heading the lesson has no part for: kept as a note"
                        leftover.append(ln)
            elif region.kind == Part.ANSWERS:
                answers.update(split_answer_key(region.lines, self.matchings))
        notes, found_terms = settle_keys(self.lines, self.matchings)  # keys found anywhere; "find words" terms
        leftover.extend(notes)
        vocabulary.extend(found_terms)
        reading = builder.build()
        if not reading.sections:
            raise ImportFailed("no reading text was found in the handout; a lesson is built around a reading "
                               "(put a heading such as \"Reading\" above the text)")
        if answers:
            questions = keyed(questions, answers)
        for ln in leftover:
            if ln.no and not ln.role and is_score(ln.text):
                ln.role, ln.reason = Role.DROPPED, "what a question scores (\"4 points\"): the paper's, not the lesson's"
        unplaced = [ln for ln in leftover if ln.no and not ln.role]
        for ln in unplaced:
            ln.role = Role.UNPLACED
            self.warnings.append(ImportWarning(ln.no, f'could not place "{short(ln.text)}"; it is kept as a teacher '
                                                      "note on the reading's first paragraph"))
        if unplaced:  # never lose the teacher's text: a note the presenter view shows
            reading = with_notes(reading, [f"From the handout (line {ln.no}): {ln.text}" for ln in unplaced])
        if not vocabulary:  # no word list: the words the questions ask about ("What does 'x' mean?")
            vocabulary = asked_terms(questions)
            if vocabulary:
                self.layouts.append("words asked about in the questions")
        if not title and reading.sections[0].title:
            title = reading.sections[0].title  # no title at the top: the one the text starts under
        if not title:
            title, said = fallback_title(self.name, reading.paragraphs[0].text)
            self.warnings.append(ImportWarning(0, said))
        vocabulary = unique_entries(vocabulary)
        exercises = tuple(matching_exercise(m, self.warnings) for m in self.matchings)
        vocabulary = with_meanings(vocabulary, exercises)  # the key (or the dictionary) pairs each word with its meaning
        draft = Lesson(title=title, reading=reading, exercises=exercises, vocabulary=tuple(vocabulary), comprehension=tuple(questions),
                       discussion=tuple(prompts), level=self.level, source=self.source, warmup=tuple(warmup))
        return self._result(draft, index)

    def _mark_single_lines(self) -> None:
        """Lines that say something about the lesson rather than being part of it."""
        for ln in self.lines:
            if ln.role or not ln.text:
                continue
            if is_source(ln.text):
                ln.role = Role.SOURCE
                self.source = self.source or ln.text
            elif (level := level_of(ln.text)) is not None:
                ln.role = Role.LEVEL
                self.level = self.level or level
            elif is_metadata(ln.text):
                ln.role, ln.reason = Role.DROPPED, "lesson info"

    def _reading(self, region: Region, builder: ReadingBuilder) -> list[Line]:
        leftover: list[Line] = []
        if region.title:
            builder.section_break(region.title)
        parts = blocks(region.lines)
        for i, (block, after_separator) in enumerate(parts):
            if after_separator:
                builder.section_break()
            while block and is_instruction(block[0].text):
                # "Read the text and answer the questions below." is for the paper, not the slides.
                block[0].role, block[0].reason = Role.DROPPED, "instruction"
                block = block[1:]
            if not block:
                continue
            is_last = i == len(parts) - 1
            m = _PARAGRAPH_NUMBER.match(block[0].text)
            if m and int(m.group(1)) == self.paragraph_number + 1 and word_count(block[0].text) >= 12:
                # "1  In the north of Norway…": numbered paragraphs (1, 2, 3…); the number is a label.
                block[0].text = block[0].text[m.end() :]
                block[0].extra["why"] = f"paragraph numbered {m.group(1)}: the number is a label"
                self.paragraph_number += 1
            if len(block) > 1 and is_subheading(block[0]) and (title_case(block[0].text) or block[0].md_level) and word_count(block[1].text) >= 12:
                # "Working From Anywhere" right above its text (a Word file keeps no blank line): the text's title.
                builder.section_break(block[0].text, block[0].no)
                block[0].role, block[0].reason = Role.HEADING, "a title-case line above the text"
                block = block[1:]
            if len(block) == 1 and is_subheading(block[0]) and not is_last:
                builder.section_break(block[0].text, block[0].no)
                block[0].role = Role.HEADING
                continue
            builder.add_block(block)
        return leftover

    def _result(self, draft: Lesson, index: ReadingIndex) -> ImportResult:
        suggested: list[str] = []
        words: list[str] = []
        if self.suggest and not draft.vocabulary:
            from presenter.handout.dictionary.suggest import add_suggested_words  # wordfreq only when asked for

            draft, words = add_suggested_words(draft, self.suggest)
        if self.define:
            from presenter.handout.dictionary.define import suggest_definitions  # WordNet only when asked for

            draft, suggested = suggest_definitions(draft)
        markdown = write_lesson_markdown(draft)
        lesson, problems = parse_lesson(markdown)
        if lesson is None:  # pragma: no cover - the writer's round trip is tested; this guards the dialog
            raise ImportFailed("the imported lesson could not be written: " + "; ".join(p.message for p in problems))
        needs = tuple(e.term for e in lesson.vocabulary if not e.definition)
        self.warnings.extend(check_lesson(lesson, self.lines, index))
        dropped = tuple(DroppedLine(ln.no, ln.text, ln.reason or ln.role) for ln in self.lines if ln.role in (Role.DEBRIS, Role.DROPPED))
        roles = tuple(ln.role or (Role.BLANK if not ln.text else Role.UNPLACED) for ln in self.lines)
        layout = ", ".join(dict.fromkeys(self.layouts))
        return ImportResult(lesson=lesson, markdown=markdown, source_text=self.text, encoding=self.encoding,
                            warnings=tuple(self.warnings), dropped=dropped, roles=roles, vocabulary_layout=layout,
                            needs_definition=needs, suggested=tuple(suggested), suggested_words=tuple(words),
                            reasons=tuple(ln.reason or ln.extra.get("why", "") for ln in self.lines))

