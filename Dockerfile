# Jane's image: the locked dependencies (requirements.lock, hash-checked), then Jane, run as a non-root user.
# Build: docker build -t jane .   Run: see compose.yaml and the README's "Production with Docker Compose".

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/jane
COPY requirements.lock /src/requirements.lock
RUN /opt/jane/bin/pip install --require-hashes --no-deps -r /src/requirements.lock
COPY pyproject.toml README.md /src/
COPY bot /src/bot
COPY handlers /src/handlers
COPY integrations /src/integrations
COPY storage /src/storage
RUN /opt/jane/bin/pip install --no-deps /src

FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/jane jane
COPY --from=build /opt/jane /opt/jane
ENV PATH=/opt/jane/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    JANE_HOST=0.0.0.0 \
    PORT=3000
WORKDIR /home/jane
USER 10001:10001
EXPOSE 3000
# `jane serve` answers /healthz on PORT; `jane worker --health-port 3000` does too (compose.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]
CMD ["jane", "serve"]
