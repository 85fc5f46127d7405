"""The presenting app's windows: the audience window and its menus, the lesson session, the stage, screens, settings."""
