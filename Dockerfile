# citations: the quote-attribution service, CPU only, with the shipped model baked in.
#   docker build -t citations . && docker run --rm -p 8000:8000 citations
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8000 \
    PATH="/app/.venv/bin:${PATH}"

# make runs the same setup commands as a developer's `make setup` and CI's `make test`; nginx-light is
# the front that reads requests before gunicorn does (deploy/nginx/, docs/RELIABILITY.md).
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends make nginx-light \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first (cached layer): the Makefile's setup target, with CPU-only torch wheels.
COPY Makefile pyproject.toml README.md requirements.txt ./
COPY service/ service/
RUN make setup PYTHON=python3.11 TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"

COPY gunicorn.conf.py openapi.yaml ./
COPY deploy/nginx/ deploy/nginx/
COPY models/ models/
COPY seeds/ seeds/

RUN useradd --system --uid 10001 --create-home --home-dir /home/citations --shell /usr/sbin/nologin citations
USER 10001

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]

# The same command as `make run`: nginx on PORT in front of gunicorn -c gunicorn.conf.py service.wsgi:app.
CMD ["python", "-m", "service.front"]
