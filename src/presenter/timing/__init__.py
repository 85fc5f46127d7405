"""Countdown arithmetic with an injected monotonic clock."""
