"""One repository per aggregate, reached through a ``Transaction`` (pos_app.data.transaction)."""
