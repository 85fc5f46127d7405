"""The reading speeds the teacher chooses from (relative to the lesson's rate).

A module of its own so that the narration toolbar can be shown before the speech layer loads.
"""

SPEEDS = (0.6, 0.8, 1.0, 1.2)
