# syntax=docker/dockerfile:1
#
# One image recipe for all five services: docker-compose.yml builds it five times with a different SERVICE.
#   docker build --build-arg SERVICE=ticket-service -t switchboard/ticket-service .
# SERVICE is one of ticket-service, routing-service, sla-service, analytics-service, gateway.

# ---- build: the Maven reactor, once for every service ------------------------------------------------------------
# This stage does not use SERVICE, so its cache key is the same for all five images: BuildKit runs the Maven build
# once and the five runtime stages share its result.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY . .
# The cache mount keeps ~/.m2 between builds, so a source change does not download the dependencies again.
# Only the five services and what they need (-am) are built: the local launcher and the e2e tests are not shipped.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -DskipTests \
        -pl ticket-service,routing-service,sla-service,analytics-service,gateway -am \
        package

# ---- runtime: one service's Boot jar on a JRE ------------------------------------------------------------------
FROM eclipse-temurin:21-jre AS runtime
ARG SERVICE
RUN case "${SERVICE}" in \
      ticket-service|routing-service|sla-service|analytics-service|gateway) ;; \
      *) echo "Build with --build-arg SERVICE=<ticket-service|routing-service|sla-service|analytics-service|gateway>, got '${SERVICE}'" >&2; exit 1 ;; \
    esac \
 && groupadd --system switchboard \
 && useradd --system --gid switchboard --home-dir /app --no-create-home --shell /usr/sbin/nologin switchboard

WORKDIR /app
COPY --from=build --chown=switchboard:switchboard /workspace/${SERVICE}/target/${SERVICE}.jar /app/app.jar
COPY --chmod=0755 deploy/docker/healthcheck.sh /app/healthcheck.sh

# The heap follows the container's memory limit instead of the host's RAM; the rest of the limit is left for
# metaspace, threads, Netty's direct buffers and the Kafka clients. A JVM that ran out of memory is not to be trusted:
# exit and let the restart policy bring up a fresh one.
ENV JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=25 -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
LABEL org.opencontainers.image.title="switchboard ${SERVICE}"

USER switchboard
# Healthy = the readiness group is UP. The probe needs no curl/wget (see healthcheck.sh) and reads SERVER_PORT, which
# compose sets per service. Kubernetes ignores HEALTHCHECK and uses its own probes on the same endpoints.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 CMD ["/app/healthcheck.sh"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
