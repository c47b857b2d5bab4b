# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with the dev toolchain. `npm run build` also copies every file
# read at run time (views, templates, packs, public/) into dist/, so dist/ is the whole program.
# Node 24 LTS (supported to April 2028; Node 20 ended April 2026). The code also runs on Node 20
# (package.json engines); .ci/lts-smoke runs suites under Node 24 in CI.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
# The whole build context (less .dockerignore): which files the program reads at run time is
# known in one place only, scripts/copy-run-time-files.mjs.
COPY . .
RUN npm run build && npm prune --omit=dev

# Run stage: the compiled program and its production dependencies, nothing else (no sources,
# tests or dev dependencies), as a non-root user, on a read-only root filesystem.
FROM node:24-bookworm-slim
# "Today" is the calendar date in this zone (covers, deadlines, the future-date check).
ENV NODE_ENV=production PORT=3000 TZ=America/New_York
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
USER node
EXPOSE 3000
# Nothing is written at run time: run with --read-only (no tmpfs needed).
# test/image proves this file without a Docker engine (README, "Deployment").
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "require('http').get('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"
CMD ["node", "dist/src/web/server.js"]
