# One image for the monorepo; docker-compose.yml picks the service to run with `command`.
FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build

FROM node:20-bookworm-slim
RUN npm install -g pnpm@10
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production
