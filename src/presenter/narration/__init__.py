"""Narration: the clip cache, what to say in which order, and where the voice is in a clip (no Qt)."""
