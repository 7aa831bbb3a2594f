from .base import *  # noqa: F403

DEBUG = True
# WhiteNoise serves static files under `runserver` as it does in production (from the app
# folders, reloaded on change), rather than Django's development handler, which answers
# "/static/../manage.py" with a 500.
INSTALLED_APPS = [  # noqa: F405
    "whitenoise.runserver_nostatic",
    *INSTALLED_APPS,  # noqa: F405
    "demo",
]
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedStaticFilesStorage"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files come straight from the app folders; only production collects them.
STATIC_ROOT = None
