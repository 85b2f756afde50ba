"""The exceptions eventatlas raises.

    EventAtlasError
     ├── InputError          an input cannot be read or holds no article
     │    └── FetchError     a URL could not be fetched
     ├── ValueProblem        a value given by the user is malformed (a date, a format)
     └── StoreError          the database cannot be opened or written

Every message names the input or value and says what is wrong, so the CLI
can print it as one line.
"""

from __future__ import annotations


class EventAtlasError(Exception):
    """Base class for every error eventatlas raises on purpose."""


class InputError(EventAtlasError):
    """An input cannot be read, or holds no article text."""

    def __init__(self, input_name: str, reason: str):
        self.input_name = input_name
        self.reason = reason
        super().__init__(f"{input_name}: {reason}")


class FetchError(InputError):
    """A URL could not be fetched."""


class ValueProblem(EventAtlasError):
    """A value given by the user is malformed."""


class StoreError(EventAtlasError):
    """The event store cannot be opened or written."""
