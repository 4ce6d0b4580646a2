# syntax=docker/dockerfile:1
#
# Minimax Lab as a container: build with the Maven wrapper, run the jar as a non-root user on a
# JRE 17. Written and reviewed, but not built on the project's machines (they run no Docker
# engine); see the README, "Operating a teaching server".
#
#   docker build -t minimax-lab:0.1.0 .
#   docker run --rm -p 8080:8080 minimax-lab:0.1.0

# ---- build stage ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk-jammy AS build
# the wrapper (distributionType=only-script) fetches Maven itself and needs curl and unzip
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# dependencies first, so that a change of the sources reuses the cached layer / cache mount
COPY mvnw pom.xml ./
COPY .mvn .mvn
# the frontend is prebuilt into src/main/bundles/prod.bundle (committed): with it current the
# production build runs no npm; after a change under frontend/ it needs Node >= 20 in this stage
COPY package.json package-lock.json tsconfig.json types.d.ts vite.config.ts ./
COPY frontend frontend
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Pproduction -DskipTests package \
 && cp target/minimax-lab.jar /minimax-lab.jar

# ---- run stage --------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre-jammy
# curl for the health check only
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 minimax \
 && useradd --system --uid 10001 --gid minimax --home-dir /app --shell /usr/sbin/nologin minimax
WORKDIR /app
COPY --from=build --chown=root:root /minimax-lab.jar /app/minimax-lab.jar
# fail the build early if this JRE lacks the Vector API module the jar is started with
RUN java --add-modules jdk.incubator.vector -version
# the embedded H2 database's directory (a volume), where durable runs' checkpoints are kept by
# default; for PostgreSQL (production, several instances) run with
#   -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/minimax -e SPRING_DATASOURCE_USERNAME=minimax
#   -e SPRING_DATASOURCE_PASSWORD=...   (Flyway creates the tables at start)
RUN mkdir /data && chown 10001:10001 /data
ENV MINIMAX_DATA_DIR=/data
VOLUME /data
USER 10001:10001
EXPOSE 8080
# extra JVM flags: JAVA_TOOL_OPTIONS (e.g. -Xmx); properties: environment variables such as
# MINIMAX_LIMITS_MAX_RUNS or SERVER_PORT (Spring Boot's relaxed binding)
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/liveness >/dev/null || exit 1
# exec form: java is PID 1 and receives SIGTERM, so the graceful shutdown stops runs cleanly
ENTRYPOINT ["java", "--add-modules", "jdk.incubator.vector", "-jar", "/app/minimax-lab.jar"]
