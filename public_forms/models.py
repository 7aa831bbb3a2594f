# No models: the rate limits live in the cache. This module exists so that Django sends this
# app `post_migrate`, which creates the database cache table.
