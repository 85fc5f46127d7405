"""The presenter console: the teacher's view on the laptop."""
