"""Counter POS: a desktop point-of-sale for a store counter."""

__version__ = "0.1.0"
