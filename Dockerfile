# The site in an image, started the fast way (ops/run.sh: extracted jar, class data sharing, beans
# prepared at build time, a JVM sized for two cores and a small box).
#   docker build -t memorial .
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=postgres -e MEMORIAL_DB_URL=... memorial
# Settings are the environment variables of the README's "Configure it".

# Build: the jar, with the Maven wrapper and the dependencies in a layer of their own.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -q -B dependency:go-offline
COPY db/ db/
COPY src/ src/
RUN ./mvnw -q -B -DskipTests package

# Run: the Java 17 runtime only, the site as a user without privileges.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin memorial
WORKDIR /app
ENV MEMORIAL_JAR=/app/memorial.jar \
    MEMORIAL_APP_DIR=/app/launch
COPY --from=build /src/target/memorial.jar memorial.jar
COPY ops/run.sh ops/run.sh
# The extraction and the class data sharing archive's training run happen here, once per image,
# with the very JVM that runs the site (an archive made by another JVM build would be ignored).
RUN /app/ops/run.sh --prepare && mkdir data && chown memorial data
USER memorial
EXPOSE 8080
ENTRYPOINT ["/app/ops/run.sh"]
