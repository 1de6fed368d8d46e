"""Developer tools, run from the repository root: `make screenshots`, `make bench`,
`make stress` and `python -m tools.readme_matrix`. Not part of the app: the wheel holds
`pos_app` only (tests/test_packaging.py checks it)."""
