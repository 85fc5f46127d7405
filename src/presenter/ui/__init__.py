"""The Qt user interface: windows, views, controllers, themes, settings."""
