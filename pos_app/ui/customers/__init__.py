"""The customers screen's parts: its dialogs, the detail panel, and the history tables
shared with the customer's own page."""
