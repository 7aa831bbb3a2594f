"""Settings shared by every environment. Everything that differs between machines comes
from environment variables, so the same code runs in development, CI and production."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]

INSTALLED_APPS = [
    "localoffer",
    "pages",
    "directory",
    "search",
    "feedback",
    "you_said_we_did",
    "monitoring",
    "public_forms",
    "plain_english",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Last: its post_migrate sync needs every other app's permissions.
    "roles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "localoffer.middleware.SecurityHeadersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "localoffer.middleware.OutOfRangeIdMiddleware",
    "directory.middleware.ProviderScopeMiddleware",
    "monitoring.middleware.PageViewMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

# Sign-ins (the admin's form and the KPI API's Basic credentials) are throttled by
# django-axes: after AXES_FAILURE_LIMIT failures for one user name from one address, that
# pair is refused for AXES_COOLOFF_TIME, even with the right password. The counts live in
# the shared cache, not the database, so no address is stored.
AUTHENTICATION_BACKENDS = [
    "localoffer.backends.SignInThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "shared"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "public_forms.rate_limit.axes_client_address"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

ROOT_URLCONF = "localoffer.urls"
WSGI_APPLICATION = "localoffer.wsgi.application"

# The public site renders Jinja2 templates (app `jinja2/` folders) with the GOV.UK Frontend
# macros; the Wagtail admin keeps its own Django templates.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [PROJECT_DIR / "jinja2"],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "localoffer.jinja2.environment",
            "extensions": [
                "wagtail.jinja2tags.core",
                "wagtail.admin.jinja2tags.userbar",
                "wagtail.images.jinja2tags.images",
                "wagtail.contrib.settings.jinja2tags.settings",
            ],
            "context_processors": [
                "django.template.context_processors.request",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Public forms write while pages are read. IMMEDIATE takes the write lock when a
    # transaction starts (a read lock upgraded later fails at once, ignoring the timeout), and
    # the timeout lets concurrent writers wait their turn rather than fail with "database is
    # locked": so no submission is lost. WAL lets readers carry on during a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Content-Security-Policy (django-csp): every script, style, image and font comes from the
# site itself, with no inline script (the service page's JSON-LD is data, not a script).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Sessions and CSRF cookies only ever reach signed-in staff: public pages use neither.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Local Offer")
# Staff avatars are never fetched from Gravatar: each admin page would send staff email hashes
# to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # SEARCH_CONFIG is PostgreSQL's text search configuration (SQLite ignores it); the
    # directory's own full-text query uses the same one.
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"},
}
# Setting ELASTICSEARCH_URL moves the directory's search to Elasticsearch; Wagtail's own
# search (admin, information pages) stays on the database.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "localoffer-")
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "5"))

# "default" holds what each process may keep to itself. "shared" holds the counters every
# worker must see alike (public form rate limits and their daily salt): a table in the
# database by default (created by `migrate`), or Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "public_forms_cache",
        }
    ),
}
# How many reverse proxies stand in front of the site (each adds to X-Forwarded-For): the
# client's address, for rate limits, is read that many entries from the end. 0: none, the
# connection's own address is the client's.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
PUBLIC_FORM_RATE_LIMIT = int(os.environ.get("PUBLIC_FORM_RATE_LIMIT", "20"))
# Each form has its own allowance (scope: POSTs per client in each window); a form not named
# here has PUBLIC_FORM_RATE_LIMIT.
PUBLIC_FORM_RATE_LIMITS = {
    "tell-us": int(os.environ.get("PUBLIC_FORM_RATE_LIMIT_TELL_US", "10")),
    "suggest-a-change": int(os.environ.get("PUBLIC_FORM_RATE_LIMIT_SUGGEST", "10")),
    "add-your-service": int(os.environ.get("PUBLIC_FORM_RATE_LIMIT_ADD_SERVICE", "10")),
    "mystery-shop": int(os.environ.get("PUBLIC_FORM_RATE_LIMIT_MYSTERY_SHOP", "30")),
}
PUBLIC_FORM_RATE_WINDOW = int(os.environ.get("PUBLIC_FORM_RATE_WINDOW", "600"))

# Free text in feedback is blanked after this many days (`manage.py purge_feedback_text`);
# the rows, and so the counts, stay.
FEEDBACK_TEXT_RETENTION_DAYS = int(os.environ.get("FEEDBACK_TEXT_RETENTION_DAYS", "730"))

# Monitoring: page views are not counted under these paths (the secret mystery-shopping
# links among them); daily counts older than MONITORING_KEEP_DAYS go with `prune_monitoring`.
MONITORING_EXCLUDED_PATHS = (
    "/admin/",
    "/static/",
    "/media/",
    "/documents/",
    "/healthz",
    "/mystery-shopping/",
    "/api/",
    # Providers' signed review links: a token is a key, and never a page to count.
    "/listing-check/",
)
# A day counts visits from at most this many other sites (made-up referrers cannot fill the
# table); a client's repeat of the same search or contact click within this many minutes
# counts once.
MONITORING_REFERRERS_PER_DAY = int(os.environ.get("MONITORING_REFERRERS_PER_DAY", "200"))
MONITORING_REPEAT_MINUTES = int(os.environ.get("MONITORING_REPEAT_MINUTES", "30"))
MONITORING_KEEP_DAYS = int(os.environ.get("MONITORING_KEEP_DAYS", str(3 * 366)))
# A mystery-shop visit is positive when found, accurate, rated at least this easy (1 to 5)
# and done within the scenario's target time multiplied by the allowance.
MYSTERY_SHOP_POSITIVE_MIN_EASE = int(os.environ.get("MYSTERY_SHOP_POSITIVE_MIN_EASE", "4"))
MYSTERY_SHOP_TIME_ALLOWANCE = float(os.environ.get("MYSTERY_SHOP_TIME_ALLOWANCE", "1"))

# Approving a listing's workflow publishes it, even when the last approver (the parent carer
# forum) may not publish pages directly.
WAGTAIL_FINISH_WORKFLOW_ACTION = "directory.workflows.publish_approved_workflow_state"

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_I18N_ENABLED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every page save runs index tasks immediately; their progress is noise, not news.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
    },
}
