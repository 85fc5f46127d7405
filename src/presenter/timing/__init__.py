"""Countdowns on an injected monotonic clock, opinion-poll tallies, the student picker, timed-slide state: no Qt."""
