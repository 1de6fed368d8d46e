"""The inventory screen's dialogs: product, categories, stock changes."""
