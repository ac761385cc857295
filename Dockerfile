# Images for docker-compose.yml: `api` (Express, migrations applied at start) and `web` (static files).
FROM node:20-bookworm-slim AS workspace
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
ENV NODE_ENV=production
EXPOSE 3000
CMD ["sh", "-c", "pnpm db:migrate && pnpm db:seed:content && exec pnpm --filter @helpdesk/api start"]
