"""Debris from web pages is dropped; text that only looks a little like it is kept."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout
from presenter.handout.debris import mark_debris
from presenter.handout.layout import mark_repeated_headers
from presenter.handout.lines import make_lines

READING = ("Reading\nThe city opened a new library last week. It has ten thousand books and a café.\n\n"
           "Children can borrow up to five books at a time.\n")


@pytest.mark.parametrize("line", [
    "Comments are closed.", "Leave a Reply", "Leave a Reply Cancel reply", "No comments:", "3 comments:",
    "Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)",
    "Posted by Anna at 9:14 AM", "Labels: B1, reading", "Share this:", "Like this:", "Like Loading...",
    "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "Rate this: ★★★★☆ (3 votes)",
    "By Tom Baker", "By Tom Baker | May 2, 2022", "© 2023 Easy English", "Copyright 2019 ESL Hub. All rights reserved.",
    "Home | Lessons | Worksheets | Contact", "Home » Reading » B1", "https://example.org/lesson-12",
    "www.example.com", "March 3, 2021", "Posted on 12 May 2020", "You must be logged in to post a comment.",
    "Skip to content", "Print Friendly, PDF & Email", "Page 2 of 4", "Advertisement", "Related posts:",
])
def test_debris_lines(line: str) -> None:
    lines = make_lines(line)
    mark_debris(lines)
    assert lines[0].role == "debris", line


@pytest.mark.parametrize("line", [
    "Share your ideas with a partner.", "Home is where the heart is, they say.", "By 2020, China plans to give all its "
    "citizens a score.", "Print the words on cards and shuffle them.", "tweet", "Leave the room quietly.",
    "Comments from readers were mostly positive, the editor said.", "Related words appear in bold.",
])
def test_text_that_is_not_debris(line: str) -> None:
    lines = make_lines(line)
    mark_debris(lines)
    assert lines[0].role != "debris", line


def test_share_words_only_beside_other_debris() -> None:
    lines = make_lines("tweet\nsincere\n\nShare this:\nTwitter\nFacebook\n")
    mark_debris(lines)
    assert [ln.role for ln in lines] == ["", "", "", "debris", "debris", "debris", ""]


def test_debris_is_listed_and_left_out() -> None:
    text = "Home | Lessons | Contact\n\nA New Library\nBy Jo Park\n\n" + READING + "\nComments are closed.\n"
    result = import_handout(text)
    assert result.lesson.title == "A New Library"
    assert [d.text for d in result.debris] == ["Home | Lessons | Contact", "By Jo Park", "Comments are closed."]
    assert len(result.lesson.reading.paragraphs) == 2
    assert "Jo Park" not in result.markdown


@pytest.mark.parametrize("line", ["Continue in app", "Subscribers-only post", "12 min read", "Forwarded from Daily Grammar Tips",
                                  "1,024 votes", "👀 5.1K  💬 12  09:41", "==== pasted from the class forum ====",
                                  "~~~ end of the story ~~~", "🔊 Recording: [track-3.m4a](media/track-3.m4a) (2:05)",
                                  "Listen along: harbour_story.mp3"])
def test_an_apps_bar_a_posts_counters_and_a_paste_divider_are_debris(line: str) -> None:
    lines = make_lines(line)
    mark_debris(lines)
    assert lines[0].role == "debris", line


@pytest.mark.parametrize("line", ["=== Questions ===", "*** The Lighthouse ***", "3 votes were enough to win.", "Write",
                                                  "Listen to the recording and answer the questions.",
                                                  ". . . . . .", "* * *", "· · · ·"])  # a reading's section separators
def test_a_heading_between_rules_and_a_sentence_with_counts_stay(line: str) -> None:
    lines = make_lines(line)
    mark_debris(lines)
    assert lines[0].role != "debris", line


def test_a_paste_divider_ends_the_reading() -> None:
    text = f"A New Library\n\n{READING}\n---- copied from the school app ----\n\nQuiz: A New Library\n1. How many books?\n"
    result = import_handout(text)
    assert result.lesson.reading.paragraphs[-1].text.endswith("five books at a time.")


def test_a_header_printed_over_every_post_is_debris_but_a_refrain_is_not() -> None:
    header = "River Club · Ms Amara"
    refrain = "And the river comes back home"
    text = "\n".join([header, "Post one.", header, "Post two.", header, "Post three.", refrain, "x", refrain, "y", refrain])
    lines = make_lines(text)
    mark_repeated_headers(lines)
    assert [ln.text for ln in lines if ln.role == "debris"] == [header] * 3
