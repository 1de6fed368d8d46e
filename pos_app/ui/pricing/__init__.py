"""The pricing screen's parts: tax rate dialogs, the store's pricing settings, promotions."""
