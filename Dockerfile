# The Hankehaku app. It talks to the Meilisearch container of docker-compose.yml through
# MEILI_URL, so the image needs no Meilisearch binary of its own.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund
COPY . .
ENV HOST=0.0.0.0 PORT=3000 HANKEHAKU_DATA_DIR=/data
EXPOSE 3000
CMD ["node", "bin/hankehaku.js", "start"]
