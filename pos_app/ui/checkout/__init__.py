"""The checkout screen's parts: its key map, panels and dialogs."""
