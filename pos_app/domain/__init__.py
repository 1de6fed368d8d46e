"""Pure business rules: money, enums, errors and validation. No Qt, no SQLAlchemy."""
