from pos_app.app import run

raise SystemExit(run())
