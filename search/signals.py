from django.dispatch import Signal

# Sent after every directory search with `query` (ServiceQuery) and `results`
# (ServiceResults); monitoring listens without the search engine knowing it.
search_performed = Signal()
