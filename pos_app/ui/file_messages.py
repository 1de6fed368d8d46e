"""The services' messages about files, in the counter's language (issue 17): the product
CSV import, the daily backup, and the export and import of waiting sales.

Templates as in ``pos_app.ui.service_messages`` (which puts these among its own, before
the most general): the services' English sentences with their variable parts as
``{names}``. A path or file name is isolated in Arabic, a figure kept left to right. The
restore's refusals and the audit chain's verdicts are pos-admin's (English, a terminal's
tool) and have no template here.

``OS_REASONS`` are the operating system's (and SQLite's) own words after a colon ("Cannot read
/tmp/x.csv: Permission denied"), translated where they are a value of a message.
"""

from __future__ import annotations

from pos_app.ui.i18n import QT_TRANSLATE_NOOP

FILE_TEMPLATES: tuple[str, ...] = (
    # the product CSV file (pos_app.services.product_csv)
    QT_TRANSLATE_NOOP("ServiceMessages", "Cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is not UTF-8 text; save it as CSV UTF-8"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is not a valid CSV file: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is empty"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Unknown column '{name}'; the columns are {columns}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Column '{name}' appears twice"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Columns missing from the file: {columns}"),
    # the import's rows (pos_app.services.product_import_export, product_fields)
    QT_TRANSLATE_NOOP("ServiceMessages", "Unknown column '{name}'"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Barcode {code} is also on row {row}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Barcode {code} is already used"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "A variable-price product's barcode is its label's prefix (20-29) and item code: "
        "7 digits, e.g. 2012345",
    ),
    # the daily backup (pos_app.data.backup, pos_app.services.backup)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{path} already exists; choose a new file name. Nothing was written"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no folder {path}; nothing was written"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The folder {path} is not writable; nothing was written"),
    QT_TRANSLATE_NOOP("ServiceMessages", "No database file at {path}; nothing was written"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} holds no Counter POS data; nothing was written"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{path} cannot be read as a database ({reason}); nothing was written"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The copy is damaged ({reason}); nothing was written"),
    QT_TRANSLATE_NOOP("ServiceMessages", "An in-memory database cannot be backed up or restored"),
    # waiting sales exported and imported (pos_app.data.outbox_transfer)
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the path of the file to write"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the path of the counter file"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the path of the exported file"),
    QT_TRANSLATE_NOOP("ServiceMessages", "That is not a path of the file to write"),
    QT_TRANSLATE_NOOP("ServiceMessages", "That is not a path of the counter file"),
    QT_TRANSLATE_NOOP("ServiceMessages", "That is not a path of the exported file"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{reason}: nothing was imported"),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no counter file at {path}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} cannot be opened: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is not a counter file: it has no outbox"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} cannot be read as a counter file: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is the counter file itself: choose another file"),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no folder {path}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} exists already: choose another name"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} cannot be written: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is too big to be an outbox export"),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no file {path}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{path} is a counter file, not an export of one: export its waiting sales first",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{path} is not a whole outbox export: it is cut short or damaged"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} is not an outbox export of Counter POS"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{path} is an outbox export of format version {version}; this counter reads "
        "version {expected}",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{path} was changed or damaged after it was exported (its checksum does not match)",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} does not say which counter it came from, or when"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} has no list of sales"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{path} holds {sale} twice"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sale {sale} in {path} is not a sale of an outbox export"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sale {sale} in {path} is {state}, not a sale waiting to be sent"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sale {sale} in {path}: its content is not a sale"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sale {sale} in {path}: its content is another sale's"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sale {sale} in {path}: its content names another sale number"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sale {sale} in {path}: its sale number is not its counter's"
    ),
)

#: The operating system's reasons (``strerror``) a file message can end with.
OS_REASONS: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("OsReasons", "No such file or directory"),
        QT_TRANSLATE_NOOP("OsReasons", "Permission denied"),
        QT_TRANSLATE_NOOP("OsReasons", "Is a directory"),
        QT_TRANSLATE_NOOP("OsReasons", "Not a directory"),
        QT_TRANSLATE_NOOP("OsReasons", "No space left on device"),
        QT_TRANSLATE_NOOP("OsReasons", "Read-only file system"),
        QT_TRANSLATE_NOOP("OsReasons", "File name too long"),
        QT_TRANSLATE_NOOP("OsReasons", "Input/output error"),
        QT_TRANSLATE_NOOP("OsReasons", "file is not a database"),  # SQLite's
    }
)

#: Labels of the import's fields the services put into their messages ("{label} ...").
FILE_LABELS: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("ServiceLabels", "Stock"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Active"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Variable price"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Description"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Category"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Barcode"),
    }
)
