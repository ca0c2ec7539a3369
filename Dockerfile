# The application image used by docker-compose.yml: built from this repository, run against a Neo4j server.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The image's Maven (not the wrapper, which would fetch Maven again). Dependencies and plugins first, by building
# the modules from their poms alone, so that this layer is rebuilt only when a pom changes (go-offline would not do:
# it ignores dependency exclusions).
COPY pom.xml .
COPY graph-model/pom.xml graph-model/
COPY database/pom.xml database/
COPY import/pom.xml import/
COPY api/pom.xml api/
COPY bench/pom.xml bench/
COPY cli/pom.xml cli/
RUN mvn -B -ntp -q package -DskipTests -Dspotless.check.skip=true -Dspring-boot.repackage.skip=true
COPY . .
RUN mvn -B -ntp -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
# curl for the health check; a user of its own, so that the application does not run as root.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app kg
WORKDIR /app
COPY --from=build --chown=kg /src/cli/target/ecosystem-graph.jar /app/ecosystem-graph.jar
USER kg
EXPOSE 8080
# JVM options as ./kg takes them (KG_JAVA_OPTS); health as the application reports it, once the corpus is in.
ENV KG_JAVA_OPTS="-Xms256m -Xmx1g"
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $KG_JAVA_OPTS -jar /app/ecosystem-graph.jar \"$@\"", "kg"]
CMD ["serve"]
