"""How a question, a task instruction, a true/false statement or a question to the learner reads."""

from __future__ import annotations

import re

from presenter.handout.lines import ends_question, word_count

# As the lesson parser decides: these endings make a true/false question.
TRUE_FALSE = re.compile(r"(true\s+or\s+false|\bt\s*/\s*f)\W*$", re.I)
TF_MARKER = re.compile(r"\s*(?:\(\s*(?:T\s*/\s*F|true\s*/\s*false)(?:\s*/\s*(?:NG|not\s+given))?\s*\)"
                       r"|\bT\s*/\s*F(?:\s*/\s*NG)?\b|\btrue\s*/\s*false(?:\s*/\s*not\s+given)?\b|\bT\s+F\b"
                       r"|(?-i:\bR\s*/\s*W\b)|\bright\s*/\s*wrong\b"  # "… R / W": right or wrong, another name for it
                        r"|\bTrue\s+False\b|_{2,}|\(\s*\)|\[\s*\]|\.{4,})[\s_.]*$", re.I)
_QUESTION_START = re.compile(
    r"^(?:what|why|how|who|whom|whose|when|where|which|do|does|did|is|are|was|were|can|could|would|should|will|"
    r"has|have|had|may|might|must|shall|give|explain|describe|name|list|find|say|compare|summari[sz]e|mention|"
    r"identify|tell|discuss|choose|decide|according|in your opinion|true or false|complete|fill|match|"
    r"define|state|outline|retell|imagine)\b", re.I)
_INSTRUCTION = re.compile(
    # A label may come first: "Directions:", "Exercise 2 –", "SYNONYM MATCH -" (a task's name in capitals).
    r"^(?:(?:directions|instructions|task)\s*:\s*|(?:exercise|activity|task|part|step)\s*\w{0,3}\s*[.:)–—-]\s*"
    r"|(?-i:[A-Z][A-Z&/ ]{2,30})\s+[–—-]\s+|(?-i:[A-Z][a-z]{2,15})[.:]\s+)?"
    # "For each question, choose…", "For questions 1–5, …": which items the task is for.
    r"(?:for\s+(?:each|every|all|the)\s+(?:questions?|items?|sentences?|statements?|gaps?)\s*,?\s*"
    r"|for\s+questions?\s+\d{1,2}\s*[–—-]\s*\d{1,2}\s*,?\s*)?"
    r"(?:please\s+)?(?:read|listen to|listen|watch|answer|discuss|match|look at|complete|work (?:with|in)|choose|"
    r"decide|fill in|fill|write|talk (?:about|with|to)|ask (?:and answer|your partner)|circle|underline|study|review|"
    r"check|before you|while you|after you|in pairs|in groups|with a partner|work in|tick|select|respond|draw|"
    r"drag|connect|join|post|reply|find)\b"
    r".*\b(?:text|article|video|questions?|partner|below|following|words?|vocabulary|story|transcript|pairs|groups|"
    r"answers?|definitions?|statements?|sentences?|gaps?|blanks?|true|false|class|classmates?|teacher|box|correct|"
    r"dialogue|conversation|script|interview|read|prompts?|meanings?|comments?|bubble|opinion)\b",
    re.I)
# "Select one:", "Choose the best answer:": a form's prompt to pick an option.
_CHOOSE_ONE = re.compile(r"^(?:select|choose|tick|circle|pick)\s+(?:one|the\s+(?:best|correct|right)\s+\w+)\W*$", re.I)


_TAIL = 120  # the markers above end the text: searching only its end keeps long items linear


def tail(text: str) -> str:
    """The end of a text, where its markers are."""
    return text[-_TAIL:]


_PART_LETTER = re.compile(r"^[A-H](?:\s+|[.)]\s+)(?=[A-Z][a-z])")  # "E   Complete…", "C. Answer…": the part's letter


def is_instruction(text: str) -> bool:
    """A task instruction ("Answer the questions below.", "Discuss in pairs.") rather than content."""
    text = _PART_LETTER.sub("", text)
    return (bool(_INSTRUCTION.match(text)) or bool(_CHOOSE_ONE.match(text))) and word_count(text) <= 25 \
        and not ends_question(text)


def names_task(text: str) -> bool:
    """Whether a line names a task and says what to do ("True or false? Tick the box."): an exercise's heading."""
    head, mark, rest = text.partition("?")
    return bool(mark) and word_count(head) <= 4 and bool(_TASK_NAME.search(head)) and is_instruction(rest.strip())


# "True or false", "Right or wrong", "Fact or opinion", "Which word", "Who said it": what an exercise is called.
_TASK_NAME = re.compile(r"\bor\b|^\W*(?:which|what)\s+(?:words?|paragraph|picture|title|heading|summary)\b|^\W*who said", re.I)


def is_question_like(text: str) -> bool:
    """Whether an item reads like a question or a task, not like a numbered paragraph or a tip."""
    return ends_question(text) or bool(TRUE_FALSE.search(tail(text))) or bool(TF_MARKER.search(tail(text))) or (
        bool(_QUESTION_START.match(text)) and word_count(text) <= 40)


def true_false_text(text: str) -> str:
    """A statement of a true/false exercise, marked so that the lesson reads it as true/false."""
    if TRUE_FALSE.search(tail(text)):
        return text
    head, end = text[:-_TAIL], text[-_TAIL:]
    stripped = (head + TF_MARKER.sub("", end)).rstrip()
    return f"{stripped} True or false?" if stripped else text


_PERSONAL = re.compile(r"^(?:do|would|have|are|did|can|could|will|were|had)\s+you\b|\b(?:your|yours|yourself|my)\b"
                       r"|\byou\s+(?:think|feel|believe|agree|like|prefer)\b|\bwould you\b", re.I)


_OWN_WORDS = re.compile(r"\b(?:in|using|use)\s+your\s+own\s+words\b", re.I)
# "Why do you think she chose…?", "What do you think the writer means?": the learner guesses about the text's people
_INFERENCE = re.compile(r"^((?i:why|what|how|where|when|who|which)\b[^?]{0,30}?)\s+(?:do|did)\s+you\s+think\s+(?:that\s+)?"
                        r"(?=(?:she|he|the\s+(?:writer|author|narrator|poet|speaker|character)|[A-Z][a-z]+)\b)")


def is_personal(text: str) -> bool:
    """Whether a question asks about the learners ("Would you…?", "in your country") rather than the text."""
    return bool(_PERSONAL.search(_INFERENCE.sub(r"\1 ", _OWN_WORDS.sub("", text))))  # "Explain in your own words…" asks about the text




# "HW: …", "Speaker notes: …", "Teacher's note: …", "EXAM TIP: …": a line for someone else than the class at the
# board, or advice about the task rather than an item of it.
_NOTE = re.compile(r"^(?:hw|homework|speaker notes?|teacher['’]?s? notes?|notes? for (?:the )?teachers?"
                   r"|(?:exam\s+|top\s+)?tips?|hint|remember|n\.\s?b\.)(?:\s*\([^()]{1,40}\))?\s*[:–—-]", re.I)
# "Was this passage helpful? 👍 👎", "What are your thoughts?": a page's own box for feedback, under any text it shows.
_FEEDBACK = re.compile(r"^(?:was|is|did you find) this (?:page|passage|article|lesson|post|text|story|answer)"
                       r"(?: \w+)? (?:helpful|useful)\b|^what are your thoughts\?\W*$", re.I)


def is_note(text: str) -> bool:
    """Whether a line is a note for the teacher or for home ("Teacher's note: …", "HW: …") or the page's feedback box."""
    return bool(_NOTE.match(text) or _FEEDBACK.match(text))
