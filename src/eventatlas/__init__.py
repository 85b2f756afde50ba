"""eventatlas: news reports about armed conflict in, sourced and geolocated events out.

The public surface is ``__all__``; everything else is internal and may change.
"""

from .errors import EventAtlasError, FetchError, InputError, StoreError, ValueProblem
from .pipeline import RawDocument, extract_events, process_document, to_article
from .records import (
    EVENT_TYPES, Actor, Article, Event, Place, Quantity, Source, Span, TimeSpan, event_from_dict, event_to_dict,
)
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "EVENT_TYPES", "Event", "EventAtlasError", "FetchError", "InputError", "Place", "Quantity",
    "RawDocument", "Source", "Span", "Store", "StoreError", "TimeSpan", "ValueProblem", "event_from_dict",
    "event_to_dict", "extract_events", "process_document", "to_article",
]
