"""Sales workspace (being built)."""

from __future__ import annotations

from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.workspaces.base import Workspace


class SalesWorkspace(Workspace):
    title = "Sales"

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.finish_layout()
