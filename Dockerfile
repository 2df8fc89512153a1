# The bot in a container: compiled from the lock file in a build stage, run as a non-root user with only production
# dependencies, the SQLite database on a volume, and Docker's health check on /healthz (HEALTH_PORT).
# Build: docker build -t briefing .   Run: see README, "Deploying with Docker".

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module when no prebuilt binary matches the platform.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
COPY eval ./eval
# `npm ci` installs exactly the lock file and compiles the TypeScript (the prepare script); then the dev tools go.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    BRIEFING_DB=/data/briefing.db \
    BRIEFING_FACTS_DIR=/app/facts \
    BRIEFING_CACHE_DIR=off \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY facts ./facts
# The database lives on a volume owned by the image's unprivileged user (node, uid 1000).
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# 3000: Slack's HTTP mode (SLACK_PORT); 8080: /healthz and /metrics (HEALTH_PORT).
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets replies in flight finish and closes the database cleanly.
STOPSIGNAL SIGTERM
CMD ["node", "bin/briefing.js", "serve"]
