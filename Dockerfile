# The CCCEA site as one stateless container running gunicorn.
#   docker build -t cccea-site .
#   docker run --rm -e DATABASE_URL=… -e SECRET_KEY=… -e ALLOWED_HOSTS=… cccea-site python manage.py update_database
#   docker run -e DATABASE_URL=… -e REDIS_URL=… -e SECRET_KEY=… -e ALLOWED_HOSTS=… -p 8000:8000 cccea-site
# Two more long-lived processes from the same image, with the same variables:
#   … cccea-site python manage.py db_worker --queue-name '*' --no-reload   (sends emails)
#   … cccea-site python manage.py run_scheduler   (scheduled publishing, data retention)
# Migrations are that separate one-off command, never run at container start.
# README.md lists every environment variable.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=cccea_site.settings.base \
    DEBUG=false \
    PORT=8000

# gettext only to compile the catalogs below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext=0.21-12 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 cccea

COPY --from=build /venv /venv
WORKDIR /app
COPY . .

# Build-time steps need settings but no secrets: a throwaway key, never used
# at run time, and no database.
RUN SECRET_KEY=build-only-not-secret ALLOWED_HOSTS=build python manage.py compilemessages --ignore=.venv -v 0 \
    && SECRET_KEY=build-only-not-secret ALLOWED_HOSTS=build python manage.py collectstatic --noinput -v 0 \
    && chown -R cccea:cccea /app/staticfiles

USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/health/\", timeout=4)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "cccea_site.wsgi"]
