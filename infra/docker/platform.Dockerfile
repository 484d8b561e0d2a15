# The platform image: the API (SQLite under /data by default, or KurrentDB with MONITOR_EVENT_STORE),
# listening on 0.0.0.0. The same image runs the Kafka ingest (apps/ingest/dist/main.js) and the
# `monitor` CLI (apps/cli/dist/main.js); see docker-compose.yml.
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles its native addon here.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.build.json nx.json ./
COPY apps ./apps
COPY libs ./libs
# `npm install`, not `npm ci`: the lock file lists the optional native packages of some platforms
# only (@unrs/resolver-binding-*, a test tool's), and `npm ci` (npm 11) refuses it. Then the build
# tools go: the runtime image keeps production dependencies only (about half the size).
RUN npm install --no-audit --no-fund && npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
# Not root: the process owns only its data directory.
RUN mkdir /data && chown node:node /data
USER node
ENV HOST=0.0.0.0 PORT=4000 MONITOR_DATA_DIR=/data
VOLUME /data
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
