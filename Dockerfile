# The auth gateway (npm run gateway) as a container image. From a checkout:
#   npm ci && npm run gateway:bundle && docker build -t ml-dashboard-auth-gateway .
# The image holds the gateway bundled into one file with its packages (dist/gateway, written by
# npm run gateway:bundle, with the one data file a package reads: the session store's
# table.sql), on Node.js 20, and no secret and no config: the stack's outputs come from a mounted
# file (--outputs), CLIENT_SECRET and SECRET from the environment at run time (README,
# "Protecting an existing dashboard"). CI builds it (with buildah, on a Debian bookworm base that
# holds Node.js 20 where node:20-bookworm-slim does, as no registry is reachable there) and runs
# the gateway's HTTP test suite against it.
ARG BASE_IMAGE=node:20-bookworm-slim
FROM ${BASE_IMAGE}
WORKDIR /app
COPY dist/gateway/ /app/
# Any unprivileged user: the gateway writes nothing to disk (sessions are in memory or PostgreSQL).
USER 65532:65532
ENV NODE_ENV=production
ENTRYPOINT ["node", "--enable-source-maps", "/app/gateway.js"]
CMD ["--help"]
