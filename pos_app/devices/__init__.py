"""The counter's hardware: the thermal receipt printer and the cash drawer wired to it.

Devices read the services' records (a completed sale) and the domain's money formatting;
they never import the UI, and the UI may import them.
"""
