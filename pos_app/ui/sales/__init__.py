"""The Sales screen's parts: the history's columns, the CSV rows, the reports panel."""
