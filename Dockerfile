# The CCCEA site as one stateless container running gunicorn.
# Build: docker build -t cccea-site .
# Run:   docker run -e SECRET_KEY=… -e ALLOWED_HOSTS=… -e DATABASE_URL=… -e REDIS_URL=… -p 8000:8000 cccea-site
# Migrations are a separate step: docker run … cccea-site python manage.py update_database
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cccea_site.settings.base \
    PORT=8000

# gettext compiles the translation catalogs at build time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 cccea
WORKDIR /app

# Dependencies first, in their own cached layer.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=cccea:cccea . .

# Build-time steps need settings but no secrets: a throwaway key and DEBUG on.
RUN DEBUG=true SECRET_KEY=build-only python manage.py compilemessages --ignore=.venv -v 0 \
    && DEBUG=true SECRET_KEY=build-only python manage.py collectstatic --noinput -v 0

USER cccea
EXPOSE 8000
CMD ["sh", "-c", "gunicorn cccea_site.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-2} --access-logfile - --error-logfile -"]
