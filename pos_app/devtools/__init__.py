"""Developer tools behind `make screenshots` and `make bench`; not part of the app."""
