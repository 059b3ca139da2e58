"""The web app: a Starlette factory over `molva.api.Molva`."""

from molva.publish.web.app import create_app

__all__ = ["create_app"]
