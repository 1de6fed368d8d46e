"""The Qt desktop front end: the only package that imports PySide6. It talks to the
services only, through the task runner, never to data/ or SQLAlchemy."""
