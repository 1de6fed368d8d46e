"""Trying a database address before saving it (the Settings dialog's Test button)."""

from __future__ import annotations


def try_connection(url: str, password: str | None = None) -> str:
    """A one-line description of what is at ``url``; raises PosError if it cannot connect.
    ``password`` goes into the parsed address (any character is safe in it); the
    description never shows it."""
    # Imported on use: the Settings dialog is built at start-up, before SQLAlchemy is needed.
    from pos_app.data.database import Database, parse_url  # noqa: PLC0415
    from pos_app.data.migrate import current_revision, head_revision  # noqa: PLC0415

    parsed = parse_url(url)
    db = Database(parsed if password is None else parsed.set(password=password))
    try:
        db.ping()
        revision = current_revision(db)
    finally:
        db.dispose()
    if revision is None:
        return f"Connected to {db.location}: an empty database; it will be set up on start"
    if revision == head_revision():
        return f"Connected to {db.location}: ready"
    return f"Connected to {db.location}: schema {revision} will be upgraded on start"
