"""The student's side: opening lesson packs and remembering progress, in plain Python (no Qt)."""
