"""The ESC/POS reader the tests parse receipts with: pos_app.devices.escpos_reader (the
README's receipt picture reads the bytes with the same one)."""

from pos_app.devices.escpos_reader import Printed, Raster, read_escpos

__all__ = ["Printed", "Raster", "read_escpos"]
