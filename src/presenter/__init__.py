"""presenter: project an English lesson built around one reading."""
