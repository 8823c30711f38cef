"""The Qt user interface; it calls into ``app`` and is never imported by it."""
