# The application image used by docker-compose.yml: built from this repository, run against a Neo4j server.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/ecosystem-graph.jar /app/ecosystem-graph.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-jar", "/app/ecosystem-graph.jar", "serve"]
