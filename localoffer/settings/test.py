from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Static files come straight from the app folders; only production collects them.
STATIC_ROOT = None
# The site under test searches with the database; the Elasticsearch tests read
# ELASTICSEARCH_URL from the environment themselves and each use an index of their own.
ELASTICSEARCH_URL = ""
# Every form has the one allowance, PUBLIC_FORM_RATE_LIMIT, unless a test says otherwise.
PUBLIC_FORM_RATE_LIMITS = {}
# The site under test keeps its cache in the database; the Redis test reads REDIS_URL from the
# environment itself.
CACHES = {
    **CACHES,  # noqa: F405
    "shared": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "public_forms_cache",
    },
}

# The statutory requirements are created after every migrate (pages.signal_handlers), not by
# a migration: restoring a serialised copy of them between browser tests would collide with
# the ones already there.
TEST_NON_SERIALIZED_APPS = ["pages"]
