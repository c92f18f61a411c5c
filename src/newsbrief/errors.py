"""The exceptions newsbrief raises, under one base class.

Every error message names the file it is about and the reason, on one line, so that a batch can print it and
go on (papermill's style: a small hierarchy, no error codes).
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base class of every error newsbrief raises on purpose."""


class InputError(NewsbriefError):
    """A document cannot be read: missing, empty, binary, too large, unsupported format or no text."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LanguageError(InputError):
    """A document is in a language newsbrief does not analyse (only French and English are supported)."""


class RenderError(NewsbriefError):
    """A briefing could not be executed, exported to HTML or printed to PDF."""
