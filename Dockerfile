# The Samverkan API (FastAPI) and CLI. docker-compose.yml runs it beside Neo4j.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
# Only what the package is built from (no .venv, .neo4j, .env or local data).
COPY pyproject.toml README.md ./
COPY graph/ graph/
COPY loaders/ loaders/
COPY api/ api/
RUN pip install . \
    && useradd --create-home --uid 10001 samverkan \
    && mkdir -p /data \
    && chown samverkan:samverkan /data

# The embedded store (SAMVERKAN_STORE=embedded) keeps its files here; mount a volume to keep them.
ENV SAMVERKAN_DATA_DIR=/data/samverkan-data
WORKDIR /data
USER samverkan
# simplemma's Swedish dictionary as a trie in the user's cache: no process decodes it at start.
RUN python -c "from loaders.language.lemmas import is_known; is_known('och')"

EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["samverkan", "serve", "--host", "0.0.0.0", "--port", "8000"]
