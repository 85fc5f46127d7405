"""The live presentation as a Qt-free model: what the class sees, changed only through intents."""
