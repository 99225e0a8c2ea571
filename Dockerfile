# The API server. `npm start` ingests seeds/ into an empty store, then serves;
# with NEO4J_URI set (see docker-compose.yml) the store is Neo4j.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Runtime dependencies only: tsx runs the TypeScript sources, no build step.
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
COPY tsconfig.json ./
ENV PORT=4000
EXPOSE 4000
USER node
CMD ["npm", "start"]
