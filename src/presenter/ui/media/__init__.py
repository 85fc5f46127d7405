"""Clips on slides: the video player of the video slide."""
