"""The sign-in rules, in one place (issue 16): how many wrong passwords lock an account,
for how long, and how long a session the server verified may sit unused.

Python applies them on SQLite (``pos_app.services.auth``); on PostgreSQL migration 0017
writes the same numbers into ``pos_sign_in`` and ``pos_session_account``, and
tests/test_server_sessions.py runs the same attempts through both and compares. A change
here therefore needs a migration that makes those functions again.
"""

from __future__ import annotations

from datetime import timedelta

#: Wrong passwords in a row that lock an account.
LOCKOUT_AFTER = 10
LOCKOUT_MINUTES = 30
LOCKOUT_FOR = timedelta(minutes=LOCKOUT_MINUTES)
#: What the audit trail says when an account is locked.
LOCKOUT_DETAIL = f"{LOCKOUT_AFTER} failed sign-ins: locked for {LOCKOUT_MINUTES} minutes"
#: A server session unused for this long has ended: the longest idle lock a counter may
#: be set to (Settings: 1 to 240 minutes), so that an unlocked window never outlives its
#: session; a locked one signs in again to unlock, which makes a new session.
SESSION_IDLE_MINUTES = 240
#: The server notes a session's use at most this often (one row update a minute at most).
SESSION_TOUCH_SECONDS = 60
