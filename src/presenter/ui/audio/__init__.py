"""Sound: the media player pool, the chime, narration clips, the narrator and its toolbar, voices."""
