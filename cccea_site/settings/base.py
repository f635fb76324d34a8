"""Settings for every environment, read from environment variables.

Local use needs no variables at all: SQLite in the repository, an in-memory
cache and DEBUG on. A deployment sets DEBUG=false and must then give SECRET_KEY
and ALLOWED_HOSTS, or start-up stops with a one-line message (see
environment.py). README.md lists every variable.
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF

from .environment import (
    SettingError,
    database_from_url,
    email_from_url,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    redis_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Core Django -------------------------------------------------------------

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if SECRET_KEY is None:
    if not DEBUG:
        raise SettingError("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "local-development-only-not-secret"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise SettingError("ALLOWED_HOSTS must be set when DEBUG is off.")
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

DATABASES = {
    "default": database_from_url("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it
    # translates, and plain "modeltranslation" must not be listed at all
    # (ImproperlyConfigured: StreamField is not supported).
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "cccea_site",
    "network",
    "actions",
    "campaigns",
    "following",
    "news",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
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
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: fills in the security headers on responses the layers below
    # answered without them (cccea_site.serving.baseline_headers).
    "cccea_site.serving.baseline_headers.BaselineHeadersMiddleware",
    # Warns once in the log when requests come through a proxy that
    # TRUSTED_PROXY_COUNT does not count (cccea_site.operations.proxies).
    "cccea_site.operations.proxies.UntrustedProxyWarningMiddleware",
    # Answers /health/ before anything else runs (cccea_site.operations.health).
    "cccea_site.operations.health.HealthCheckMiddleware",
    # Serves anonymous page views from the shared cache, as the middlewares
    # below left them (compressed, with their headers): cccea_site.serving.page_cache.
    "cccea_site.serving.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Compresses public pages (not the admin: see cccea_site.serving.compression).
    "cccea_site.serving.compression.PublicGZipMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A request that cannot reach the database gets a 503 in its language
    # (or, through the page cache above, a stale copy): operations.outage.
    "cccea_site.operations.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware has checked the Host: the Wagtail site, found
    # once per content generation (cccea_site.serving.render_memo).
    "cccea_site.serving.render_memo.SiteMemoMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After Wagtail's redirects, so it sees a 404 first and keeps the query
    # string when it redirects an English-slug path.
    "cccea_site.languages.english_paths.EnglishSlugRedirectMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cccea_site.urls"
WSGI_APPLICATION = "cccea_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Caching: Redis when REDIS_URL is set (shared by every worker and container,
# which Wagtail's per-language site-root cache needs), memory otherwise.
REDIS_URL = redis_url("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis, but a Redis that is down makes pages slower, never broken.
            "BACKEND": "cccea_site.serving.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "cccea"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail keeps image renditions in the `renditions` cache when there is one:
# the same store, through a backend that stops Wagtail writing each rendition
# it has just read back to the cache (cccea_site.serving.cache).
CACHES["renditions"] = {
    **CACHES["default"],
    # A rendition's key names its image file and size: it never goes stale.
    "TIMEOUT": 7 * 24 * 3600,
    "BACKEND": (
        "cccea_site.serving.cache.RenditionRedisCache"
        if REDIS_URL
        else "cccea_site.serving.cache.RenditionLocMemCache"
    ),
}

# The admin's password reset answers in the same time whether or not the
# address has an account (cccea_site.operations.password_reset).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = (
    "cccea_site.operations.password_reset.BackgroundPasswordResetForm"  # noqa: S105
)

# Email: EMAIL_URL such as smtp+tls://user:password@smtp.example.org:587;
# printed to the console locally.
EMAIL = email_from_url("EMAIL_URL", "console:" if DEBUG else "smtp://localhost:25")
EMAIL_BACKEND = EMAIL["EMAIL_BACKEND"]
EMAIL_HOST = EMAIL["EMAIL_HOST"]
EMAIL_PORT = EMAIL["EMAIL_PORT"]
EMAIL_HOST_USER = EMAIL["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = EMAIL["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = EMAIL["EMAIL_USE_TLS"]
EMAIL_USE_SSL = EMAIL["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = EMAIL["EMAIL_TIMEOUT"] or 10
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (django-tasks, the backport of Django 6's Tasks API).
# "database" keeps jobs in the site's database, run by `manage.py db_worker`
# (any container enqueues, any worker sends, a restart loses nothing);
# "immediate" runs each task inside the request that enqueues it: for local
# use and the tests, never for production traffic.
TASK_BACKEND = env_str("TASK_BACKEND", "immediate" if DEBUG else "database")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASK_BACKEND not in TASK_BACKENDS:
    raise SettingError(
        f"TASK_BACKEND must be database or immediate, not {TASK_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASK_BACKEND]}}
# A job running this long was cut off (its worker killed); a job of a task
# safe to run twice is then queued again, as is one that failed, until it
# has run TASK_MAX_RUNS times (cccea_site.operations.interrupted_jobs).
TASK_STALLED_SECONDS = env_int("TASK_STALLED_SECONDS", 600)
TASK_MAX_RUNS = env_int("TASK_MAX_RUNS", 5)

# --- Security -----------------------------------------------------------------

# Whole public pages in the shared cache, until the next publish (or this
# many seconds); CDNs may keep them PAGE_CACHE_CDN_SECONDS (s-maxage).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_CDN_SECONDS = env_int("PAGE_CACHE_CDN_SECONDS", 300)
# How long a worker trusts the generation it read (other workers and
# instances see an edit within this), and how many pages it keeps itself.
PAGE_CACHE_GENERATION_SECONDS = env_float("PAGE_CACHE_GENERATION_SECONDS", 1.0)
PAGE_CACHE_LOCAL_ENTRIES = env_int("PAGE_CACHE_LOCAL_ENTRIES", 200)
# A search's ordered results, kept in the shared cache for the content
# generation (at most this long): a repeated search skips the full-text query.
SEARCH_RESULTS_SECONDS = env_int("SEARCH_RESULTS_SECONDS", 600)
# The sitemap protocol's limit is 50,000 URLs a file; a section of the
# sitemap counts each page's <loc> and hreflang alternates in every language
# against this (cccea_site.seo.sitemaps).
SITEMAP_URLS_PER_SECTION = env_int("SITEMAP_URLS_PER_SECTION", 50000)
# Where every process reads the content generation: Redis when there is one;
# otherwise a one-row table, since each process's memory cache is its own
# (cccea_site.serving.content_generation).
CONTENT_GENERATION_IN_DATABASE = REDIS_URL is None
# The last good copy of each page is kept this long, past its generation, and
# served only when the database cannot be reached (0: never kept).
PAGE_CACHE_STALE_SECONDS = env_int("PAGE_CACHE_STALE_SECONDS", 24 * 60 * 60)
# After a request found the database unreachable, a worker answers 503 (or a
# stale copy) without trying it again for this long.
DATABASE_RETRY_SECONDS = env_float("DATABASE_RETRY_SECONDS", 5.0)

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it
# from clients), request.is_secure() tells the truth.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# The load balancer checks health over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = not DEBUG
# A huge POST (to the admin login, say) is refused before it is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)

# --- Actions: petitions and pledges (the actions app) --------------------------

# Signers' confirmation emails come from this address; replies go to
# ACTIONS_REPLY_TO when set (a monitored inbox), else to the sender.
ACTIONS_FROM_EMAIL = env_str("ACTIONS_FROM_EMAIL", DEFAULT_FROM_EMAIL)
ACTIONS_REPLY_TO = env_str("ACTIONS_REPLY_TO")
# Links in these emails start with WAGTAILADMIN_BASE_URL (the public address).
# Unconfirmed signatures (and their confirmation links) last this many days.
ACTIONS_UNCONFIRMED_DAYS = env_int("ACTIONS_UNCONFIRMED_DAYS", 7)
# Sign requests allowed per email address an hour, and per action a minute.
ACTIONS_RATE_PER_ADDRESS = env_int("ACTIONS_RATE_PER_ADDRESS", 3)
ACTIONS_RATE_PER_ACTION = env_int("ACTIONS_RATE_PER_ACTION", 12000)
# A failed send is tried again after this many seconds, doubling each time
# up to an hour, this many times in all (the default covers about 8 hours).
ACTIONS_EMAIL_RETRY_SECONDS = env_float("ACTIONS_EMAIL_RETRY_SECONDS", 60.0)
ACTIONS_EMAIL_MAX_ATTEMPTS = env_int("ACTIONS_EMAIL_MAX_ATTEMPTS", 14)
# Pages showing an open action's count stay in the page cache this long.
ACTIONS_COUNT_SECONDS = env_int("ACTIONS_COUNT_SECONDS", 60)
# Followers' update emails go out in batches of FOLLOW_BATCH_SIZE, at most
# FOLLOW_EMAILS_PER_MINUTE (a mail provider's sending limit).
FOLLOW_BATCH_SIZE = env_int("FOLLOW_BATCH_SIZE", 50)
FOLLOW_EMAILS_PER_MINUTE = env_int("FOLLOW_EMAILS_PER_MINUTE", 600)
# An optional proof of work on sign forms (actions.proof_of_work): about a
# second of the signer's browser per signature; needs JavaScript to sign.
ACTIONS_PROOF_OF_WORK = env_bool("ACTIONS_PROOF_OF_WORK", False)
ACTIONS_PROOF_OF_WORK_MAX_NUMBER = env_int("ACTIONS_PROOF_OF_WORK_MAX_NUMBER", 50000)

# --- Internationalisation ----------------------------------------------------

# The one list of languages; everything else derives from it. Names are each
# language's own name (an endonym), shown as-is in the language switcher, so
# they are deliberately not marked for translation.
LANGUAGES = [
    ("en", "English"),
    ("zh-hant", "繁體中文"),
    ("ja", "日本語"),
    ("ko", "한국어"),
]
LANGUAGE_CODE = "en"
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Hong_Kong"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and media files --------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Django itself serves MEDIA_ROOT at MEDIA_URL when this is on: the local
# default, and one small server with no object storage or proxy for media.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names served with long-lived caching by WhiteNoise.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Media on S3-compatible object storage when a bucket is named, so that any
# number of containers share it (credentials: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read by boto3 itself). Each object is stored with
# its type from its extension, and as an attachment unless it is a raster
# image (cccea_site.serving.media_storage).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "cccea_site.serving.media_storage.MediaS3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "region_name": env_str("AWS_S3_REGION_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            "file_overwrite": False,
            "querystring_auth": False,
            "default_acl": None,
        },
    }

# --- Logging -----------------------------------------------------------------

# One JSON object per line on stdout in production (LOG_FORMAT=json), which
# log collectors parse; readable lines locally.
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "cccea_site.operations.log_format.JsonFormatter"},
    },
    # No email address reaches the logs, whatever logs it.
    "filters": {
        "redact_addresses": {"()": "cccea_site.operations.log_format.RedactAddresses"}
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
            "filters": ["redact_addresses"],
        }
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    # One line per background task run is noise; failures are still logged.
    "loggers": {"django_tasks": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}

# --- django-modeltranslation / wagtail-modeltranslation ----------------------

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE,)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# The edit form's language picker keeps the languages a translator chose
# across saves and pages (kept in the browser), instead of resetting.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True

# --- Wagtail -----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Clean Clothes Campaign East Asia Coalition"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Fields are translated in place (modeltranslation), not as a tree per locale.
WAGTAIL_I18N_ENABLED = False
# The "simple" configuration (no English stemming) makes PostgreSQL match
# exactly as SQLite does; CJK text is split by cccea_site.search.text.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "simple",
    }
}
# Documents: only kinds a browser does not run as a web page (no HTML, SVG or
# scripts), since they are served from the site's own origin.
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    *("doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp"),
    *("jpg", "jpeg", "png", "gif", "webp", "avif"),
    *("txt", "csv"),
]
# Always through Wagtail's view (/documents/<id>/<name>), which checks
# collection privacy and sends the file as an attachment (PDFs inline) with
# nosniff and a CSP of default-src 'none'. Left unset, Wagtail redirects to the
# raw file on object storage, and "direct" links to it: both skip all that.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int(
    "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024
)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Redirects after slug changes are left in every language by
# cccea_site.languages.slug_redirects; Wagtail's own would cover one language only.
WAGTAILREDIRECTS_AUTO_CREATE = False

# --- django-csp: Content-Security-Policy ---------------------------------------

# No inline scripts or styles anywhere on the public site. The admin is left
# out: Wagtail's admin and wagtail-modeltranslation's admin scripts use inline
# scripts and styles without nonces, and the admin is behind a login.
MEDIA_ORIGINS = [f"https://{AWS_S3_CUSTOM_DOMAIN}"] if AWS_S3_CUSTOM_DOMAIN else []
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# --- django-permissions-policy -----------------------------------------------

# Turn off the browser features the site never uses.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- django-axes: admin login throttling --------------------------------------

# Five failed logins lock that username from that address for a while.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
# Behind N trusted proxies, the client's address is the Nth from the right in
# X-Forwarded-For; 0 means use the connection's address. Left at 0 behind a
# proxy, every visitor shares the proxy's address and anyone can lock a
# username for everyone: the log then says so, once per process. Read by the
# site's own function: django-axes reads its AXES_IPWARE_* settings only when
# django-ipware is installed, which it is not.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "cccea_site.operations.proxies.client_address"
# Wrong page passwords (a page's privacy setting) are limited the same way,
# per address and page restriction (cccea_site.pages.page_passwords).
PAGE_PASSWORD_FAILURE_LIMIT = AXES_FAILURE_LIMIT
PAGE_PASSWORD_COOLOFF = AXES_COOLOFF_TIME

# --- wagtail.contrib.frontend_cache: purge a CDN on publish --------------------

WAGTAILFRONTENDCACHE = {}
if env_str("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID", required=True),
    }
if env_str("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
if env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# --- Sentry (optional) --------------------------------------------------------

SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    from cccea_site.operations.error_reports import (
        scrub_breadcrumb,
        scrub_personal_data,
    )

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env_str("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0),
        send_default_pii=False,
        # No signer's address or form data in a report, whatever raised.
        before_send=scrub_personal_data,
        before_breadcrumb=scrub_breadcrumb,
    )
