"""Web-page debris copied along with a handout: comment boxes, share buttons, bylines, menus, URLs."""

from __future__ import annotations

import re

from presenter.handout.lines import Line, word_count
from presenter.handout.roles import Role

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE = (rf"(?:{_DAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
         r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{4})")
_URL = r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co|uk|info|blogspot\.com)(?:/\S*)?"

# Lines that are debris wherever they are (whole line, case-insensitive).
_STRONG = re.compile(
    "|".join((
        r"comments? (?:are|is) closed\.?", r"leave a (?:reply|comment)\b.{0,40}", r"no comments?:?", r"\d+ comments?:?",
        r"post a comment\.?", r"cancel reply", r"you must be logged in to post a comment\.?.*",
        r"(?:add|write|view|show|load|read|post) (?:a |all |more |the |your |class |private )?comments?\b.{0,20}", r"subscribe to:? ?post comments.*",
        r"newer posts?\s*(?:older posts?)?\s*(?:home)?", r"older posts?\s*(?:home)?", r"(?:previous|next) (?:post|article|lesson|page|story)\b.{0,80}",
        r"posted by\b.{0,80}", r"(?:posted|published|updated|written|filed)\s+(?:on|in|by|under)\b.{0,80}",
        r"labels?:.{0,120}", r"tags?:.{0,120}", r"categor(?:y|ies):.{0,120}", r"share (?:this|on|via|to|the|it)\b.{0,80}",
        r"share:(?:\s*[^.?!]{0,80})?", r"\d{1,2}:\d{2}(?::\d{2})?", r"\{\{[<%].{0,200}[>%]\}\}.{0,120}", r"<!--.{0,200}-->", r"sharing is caring.*", r"email this.*", r".*blogthis!.*", r".*share to (?:twitter|facebook|pinterest|x)\b.*",
        r"like this:?", r"like loading\.*", r"loading\.{2,}", r"rate this:?.{0,40}", r"ratings?:.{0,40}",
        r"[★☆✩✭⭐✰]{3,}.{0,120}|[★☆✩✭⭐✰]+.{0,40}", r".{0,40}\(\d+ votes?\).{0,20}", r"\d+(?:\.\d+)? ?(?:/|out of) ?(?:5|10)(?: stars?)?\.?",
        r"print(?: this)? (?:page|post|article|lesson)", r"print this", r"print friendly.*", r"printer[- ]friendly.*",
        r"related(?: posts| articles| lessons| content| stories| links)?:.{0,200}", r"related(?: posts| articles| lessons)",
        r"comments?\s*\(\d+\).{0,60}", r"(?:photo|image|picture|illustration)(?: credit)?\s*:.{0,200}", r"you (?:may|might) also (?:like|enjoy):?",
        r"(?:click|tap) here\b.{0,80}", r"(?:read|see) more(?: about| at| on| here)?\b[^.?!]{0,40}", r"continue reading.{0,60}",
        r"skip to (?:main )?content", r"skip (?:navigation|to navigation|links?)", r"main menu", r"toggle navigation", r"search (?:this (?:blog|site)|for)\b.{0,40}",
        r"(?:page|slide) \d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?", r"\d{1,3}\s*/\s*\d{1,3}",
        r"(?:doc(?:ument)?|file|tracking|ref(?:erence)?|item|post|page)[ _-]?id\s*[:#=]?\s*[\w-]{4,}",
        r"(?:{u})\s+(?:page\s+)?\d{{1,3}}|page\s+\d{{1,3}}\s+(?:{u})".format(u=_URL),
        r"[^›»\n]{1,60}(?:\s*[›»]\s*[^›»\n]{1,100}){2,}", r"[-–—]\s*\d{1,3}\s*[-–—]", r"\d{1,3}",
        r"advertisements?", r"sponsored(?: content| links?)?", r"report this ad", r"(?:proudly )?powered by\b.{0,60}",
        r"theme:?\b.{0,40}\bby\b.{0,40}", r"(?:©|copyright\b).{0,160}", r"\(c\)\s*(?:\d{4}\b.{0,150}|.{0,100}\b(?:rights|ltd|inc|llc|limited)\b.{0,60})", r".{0,120}all rights reserved\.?.{0,40}",
        r"privacy policy.{0,40}", r"terms (?:of (?:use|service)|and conditions).{0,40}", r"(?:this (?:site|website) uses cookies|we use cookies|cookie (?:policy|settings)).{0,80}",
        r"back to top", r"we (?:want|would like|'d love) to hear from you\b.{0,120}", r".{0,80}\bin the comments?(?: section| below)?[.!]?",
        r"(?:join|start) the (?:conversation|discussion)\b.{0,40}", r"download(?: the| this)? (?:pdf|worksheet|handout|lesson|file|printable)\b.{0,60}",
        r"sign up\b.{0,60}", r"(?:open|continue|read) in (?:the )?app", r"get the app", r"(?:members?|subscribers?)[- ]only(?: story| post| article| content)?",
        r"\d{1,3}\s*min(?:ute)?s? read", r".{0,40}\b(?:audio|video|recording|listen|podcast|mp3)\b.{0,100}\.(?:mp3|m4a|wav|ogg|mp4|webm)\b.{0,40}",
        r"forwarded from\b.{0,60}", r"\d[\d.,]*\s?[KkMm]?\s+(?:votes?|views|reactions|likes|replies|comments)",
        # "👁 2.9K  ❤️ 214  18:07": a post's counters and time, each number (a digit first: ". . . ." is a separator) behind its icon.
        r"(?:[^\w\s]{1,3}\s*\d[\d.,]*\s?[KkMm]?\s+)+(?:\d{1,2}:\d{2}(?:\s*[ap]m)?)?|(?:[^\w\s]{1,3}\s*\d[\d.,]*\s?[KkMm]?\s*)+", r".{{0,80}}(?:{u}).{{0,40}}\bpage\s+\d{{1,3}}(?:\s*(?:of|/)\s*\d{{1,3}})?".format(u=_URL), r"you can (?:watch|listen to|see|hear|read|find|download)\b.{0,60}\b(?:this page|below|here)\b.{0,20}", r".{0,60}(?:[|·•–—]|\s{3,})\s*page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?(?:\s*(?:[|·•–—]|\s{3,}).{0,40})?", r"[▶►⏵⏯].{0,80}", r"(?:\[[^\]\n]{1,60}\]\s*){2,}", r".{0,30}\b(?:play|listen now|download)(?: the)? (?:audio|mp3|video|podcast)\b.{0,60}", r"follow (?:us|me)\b.{0,60}", r"subscribe\b.{0,60}",
        r"(?:name|email|e-mail|website|comment)\s*\*", r"save my name, email.*", r"notify me of .*",
        r"(?:submit|post) comment", r"author:.{0,60}", r"about the author:?", r"share this (?:lesson|article|post)?:?",
        r"(?:posted on )?" + DATE + r"(?:\s*(?:at|,)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?",
        r"(?:{u})(?:\s+(?:{u}))*".format(u=_URL), r"#\w+(?:\s+#\w+)*",
    )),
    re.I,
)
# Share-button words: debris only beside other debris (a vocabulary list may hold "tweet").
_WEAK = re.compile(r"(?:facebook|twitter|x|pinterest|whatsapp|linkedin|reddit|tumblr|e-?mail|pocket|telegram|tweet|pin(?: it)?"
                   r"|like|more|skype|mastodon|threads|copy link|[\d.,]+k?|shares?|save|home|menu|search|print|register"
                   r"|log ?in|sign in|reply|related|name|website|comment|comments|top"
                   # An app's bar around an article ("Follow", "Listen", "Write", "--", "·").
                   r"|follow|listen|write|clap|respond|responses|bookmark|highlight|-{1,3}|[·•])", re.I)
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|al)){0,3}(?:\s*[|,•·–—-]\s*.{0,60})?$")
_NAV_WORDS = frozenset(
    "home about contact blog lessons resources shop store search login register faq privacy menu worksheets "
    "courses teachers students grammar vocabulary reading listening speaking writing archive archives news videos "
    "podcasts english esl help subscribe levels topics pronunciation games quizzes kids adults business beginner "
    "intermediate advanced exams ielts toefl cambridge donate forum links sitemap"
    .split()
)
_NAV_SPLIT = re.compile(r"\s*(?:[|·•»›>/]|\s{2,}|\t)\s*")


def _is_navigation(line: Line) -> bool:
    """A menu or breadcrumb: "Home | Lessons | Contact", "Home » Reading » Social credit"."""
    items = [i for i in _NAV_SPLIT.split(line.raw.strip()) if i]
    if len(items) < 3 or any(word_count(i) > 4 for i in items):
        return False
    nav = sum(1 for i in items if i.lower().strip(" .:") in _NAV_WORDS or i.lower().strip(" .:")[:-1] in _NAV_WORDS)
    capitalised = sum(1 for i in items if i[:1].isupper())
    return nav >= 1 and capitalised >= len(items) - 1 and (nav >= 2 or "»" in line.raw or "›" in line.raw or
                                                            items[0].lower() == "home" or bool(re.fullmatch(_URL, items[0])))


# "Kenji_Osaka · 2 days ago", "Dario M.  Nov 4": who wrote a reader's comment, and when.
_COMMENT_HEAD = re.compile(rf"^[\w.@'’-]+(?: [\w.'’-]+){{0,2}}(?:\s*[·•|]\s*|\s{{2,}})(?:\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|"
                           rf"weeks?|months?|years?)\s+ago|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|yesterday|today)$", re.I)


# "----- copied from Kahoot -----", "=== end of text ===": a rule saying where one paste ends, not a heading.
_LABELLED_RULE = re.compile(r"^[-=*_~#+]{3,}\s*(?:(?:copied|pasted|taken|cut|continued|exported)\b|end\b|from\b|source\b).{0,60}?\s*[-=*_~#+]{3,}$", re.I)


def debris_reason(line: Line) -> str:
    """Why a line is debris ("comments", "byline", …), or "" when it is not debris by itself."""
    text = line.text.strip("*_ ")  # "*Share this post:* …" in a Markdown page
    if not text:
        return ""
    if _STRONG.fullmatch(text):
        # A long sentence that merely starts like debris ("Written by a student in 1850, …") is text.
        if word_count(text) > 14 and text.endswith((".", "?", "!")) and not re.search(r"©|copyright|rights reserved", text, re.I):
            return ""
        return "page number" if text.isdigit() or text.lower().startswith("page ") else "web page"
    if _LABELLED_RULE.match(text):
        return "divider"
    if _COMMENT_HEAD.match(line.raw.strip()):
        return "a reader's comment"
    if _BYLINE.match(text) and word_count(text) <= 12:
        return "byline"
    if _is_navigation(line):
        return "navigation"
    return ""


def _table_row(lines: list[Line], i: int) -> bool:
    """A row of a two-column table (see layout.column_tables) whose second cell is a meaning or a sentence."""
    cells = lines[i].raw.strip().split("\t")
    return len(cells) == 2 and word_count(cells[1]) >= 3 and any(
        0 <= j < len(lines) and "\t" in lines[j].raw for j in (i - 1, i + 1))


def mark_debris(lines: list[Line]) -> None:
    """Set role "debris" on every debris line; share-button words only when beside other debris."""
    # A table's row is the table's, whatever its words ("sign up   to put your name down for a course").
    strong = [bool(debris_reason(line)) and not _table_row(lines, i) for i, line in enumerate(lines)]
    weak = [not s and bool(line.text) and bool(_WEAK.fullmatch(line.text.strip(" .:!"))) for s, line in zip(strong, lines)]
    for i, (line, s) in enumerate(zip(lines, strong)):
        if s:
            line.role, line.reason = Role.DEBRIS, debris_reason(line)
            if line.reason == "a reader's comment":
                for body in lines[i + 1 : i + 4]:  # the comment under its author's line, up to a blank line
                    if not body.text or word_count(body.text) > 60:
                        break
                    body.role, body.reason = Role.DEBRIS, "a reader's comment"
    # "Published in" / "ELT Notebook": a line that stops at its preposition names its object on the next line.
    for i, line in enumerate(lines):
        if line.role == Role.DEBRIS and re.search(r"\b(?:in|by|on|under|from)$", line.text, re.I):
            j = _next_text(lines, i, 1)
            if j is not None and not lines[j].role and word_count(lines[j].text) <= 6 and not re.search(r"[.?!]$", lines[j].text):
                lines[j].role, lines[j].reason = Role.DEBRIS, line.reason
    # Share words join debris next to them (blank lines between allowed), in both directions.
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if not weak[i] or line.role == Role.DEBRIS:
                continue
            if _neighbour_is_debris(lines, i, -1) or _neighbour_is_debris(lines, i, 1):
                line.role, line.reason = Role.DEBRIS, "share buttons"
                changed = True
    # Two or more share words in a row are a share bar even with no other debris near.
    for i, line in enumerate(lines):
        if weak[i] and line.role != Role.DEBRIS:
            j = _next_text(lines, i, 1)
            if j is not None and weak[j]:
                for k in (i, j):
                    lines[k].role, lines[k].reason = Role.DEBRIS, "share buttons"


def _next_text(lines: list[Line], i: int, step: int) -> int | None:
    j = i + step
    blanks = 0
    while 0 <= j < len(lines) and not lines[j].text:
        blanks += 1
        j += step
    if not 0 <= j < len(lines) or blanks > 2:
        return None
    return j


def _neighbour_is_debris(lines: list[Line], i: int, step: int) -> bool:
    j = _next_text(lines, i, step)
    return j is not None and lines[j].role == Role.DEBRIS
