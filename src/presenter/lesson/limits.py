"""How much presenter reads of a lesson file: never more than this (a 50 MB file must not cost 50 MB of work)."""

MAX_BYTES = 5 * 1024 * 1024
