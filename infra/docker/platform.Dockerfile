# The platform image: the embedded shape in a container (SQLite under /data), listening on 0.0.0.0.
# The same image runs the Kafka ingest (apps/ingest/dist/main.js, see docker-compose.yml); EventStoreDB arrives with its issue.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.build.json nx.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm install --no-audit --no-fund && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
ENV HOST=0.0.0.0 PORT=4000 MONITOR_DATA_DIR=/data
VOLUME /data
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
