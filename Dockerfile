# Images for docker-compose.yml: `api` (Express, migrations applied at start) and `web` (static files).
# Node.js 24 (the current LTS); the API runs as built JavaScript (apps/api/dist/server.js).
FROM node:24-bookworm-slim AS workspace
RUN npm install --global pnpm@12.21.0
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile

FROM workspace AS web-build
RUN pnpm --filter @helpdesk/web build

FROM nginx:1.27-alpine AS web
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=web-build /app/apps/web/dist /usr/share/nginx/html

FROM workspace AS api
RUN pnpm --filter @helpdesk/api build
ENV NODE_ENV=production
EXPOSE 3000
# Migrations and the FAQ content are one-off commands before the server starts.
CMD ["sh", "-c", "pnpm db:migrate && pnpm db:seed:content && cd apps/api && exec node --enable-source-maps dist/server.js"]
