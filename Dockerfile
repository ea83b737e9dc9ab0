# The site's image: built from the project, started the fast way (ops/run.sh: extracted jar and
# a class data sharing archive made once, here, while the image is built).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY ops/run.sh ops/run.sh
COPY --from=build /src/target/memorial.jar target/memorial.jar
RUN bash ops/run.sh --prepare
EXPOSE 8080
ENTRYPOINT ["bash", "ops/run.sh"]
