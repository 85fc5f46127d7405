"""How big a lesson file may be: checked before it is read (a 50 MB file must not cost 50 MB of work)."""

MAX_BYTES = 5 * 1024 * 1024
