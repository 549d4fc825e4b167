# Builds and runs the application (docker compose uses it). Build stage: Maven wrapper on JDK 17.
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY bpmn bpmn
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 awards \
    && mkdir -p /app/data && chown awards /app/data
WORKDIR /app
COPY --from=build /src/target/award-workflow-*.jar app.jar
USER awards
# the embedded H2 default keeps its database here (./data relative to /app); PostgreSQL keeps everything else
VOLUME /app/data
EXPOSE 8080
# the heap follows the container's memory limit; an OutOfMemoryError ends the process, and the restart policy
# brings it back with nothing acknowledged lost (see README, "Backup and restore" and the durability tests)
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# the engine and our migrations take up to a minute and a half on a first start against an empty database
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 \
    CMD curl -fs http://localhost:8080/actuator/health/readiness | grep -q UP || exit 1
# exec: the JVM is PID 1 and receives docker stop's SIGTERM (graceful shutdown, up to 30 s)
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
