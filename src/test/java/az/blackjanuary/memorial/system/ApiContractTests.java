package az.blackjanuary.memorial.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over real HTTP, held to its own OpenAPI description: every route's real
 * answers validate against the document the site serves. Then what a client may rely on
 * besides the bodies: 202 with the author's page as Location, entity tags and 304, and
 * CORS for reading only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTests {

	private static final String RELEASE = "/api/v1/releases/2022-thirty-second-anniversary-of-the-black-january";

	private static final List<String> READ_ROUTES = List.of("/api/v1/releases", RELEASE, "/api/v1/timeline",
			"/api/v1/tributes", "/api/v1/names");

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private OpenApiInteractionValidator validator;

	@BeforeEach
	void readTheDescription() throws Exception {
		String description = get("/v3/api-docs", Map.of()).body();
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
	}

	@Test
	void everyAnswerMatchesTheDescription() throws Exception {
		for (String route : READ_ROUTES) {
			for (String language : List.of("az", "en", "ru")) {
				assertValid(route, Request.Method.GET, get(route + "?lang=" + language, Map.of()), 200);
			}
		}
		assertValid("/api/v1/releases/no-such-release", Request.Method.GET,
				get("/api/v1/releases/no-such-release", Map.of()), 404);
		assertValid("/api/v1/tributes", Request.Method.POST,
				post("{\"message\": \"We remember. " + UUID.randomUUID() + "\", \"nameShown\": \"ANONYMOUS\"}"), 202);
		assertValid("/api/v1/tributes", Request.Method.POST, post("{\"message\": \"\"}"), 422);
	}

	@Test
	void anAnswerThatDoesNotMatchTheDescriptionIsCaught() {
		ValidationReport report = this.validator.validateResponse("/api/v1/releases", Request.Method.GET,
				SimpleResponse.Builder.ok()
					.withContentType("application/json")
					.withBody("{\"releases\": \"none\"}")
					.build());
		assertThat(report.hasErrors()).isTrue();
	}

	@Test
	void aNewTributeIsAcceptedWithItsAuthorsPageAsLocation() throws Exception {
		HttpResponse<String> accepted = post("{\"message\": \"Unutmayacağıq 🌹 " + UUID.randomUUID() + "\"}");
		assertThat(accepted.statusCode()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/tributes/yours/");
		assertThat(accepted.body()).contains("\"privateLink\":\"" + location + "\"");
		assertThat(get(URI.create(location).getPath(), Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void anUnchangedAnswerIs304() throws Exception {
		for (String route : READ_ROUTES) {
			HttpResponse<String> first = get(route, Map.of());
			String etag = first.headers()
				.firstValue("ETag")
				.orElseThrow(() -> new AssertionError(route + " has no ETag"));
			HttpResponse<String> again = get(route, Map.of("If-None-Match", etag));
			assertThat(again.statusCode()).as(route).isEqualTo(304);
			assertThat(again.body()).as(route).isEmpty();
			assertThat(get(route, Map.of("If-None-Match", "W/\"other\"")).statusCode()).as(route).isEqualTo(200);
		}
	}

	@Test
	void anyOriginMayReadButNoneMayPost() throws Exception {
		HttpResponse<String> read = get("/api/v1/releases", Map.of("Origin", "https://elsewhere.example"));
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElse("")).containsIgnoringCase("ETag");

		HttpResponse<String> readPreflight = preflight("GET", "If-None-Match");
		assertThat(readPreflight.statusCode()).isEqualTo(200);
		assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");

		HttpResponse<String> postPreflight = preflight("POST", "Content-Type");
		assertThat(postPreflight.statusCode()).isEqualTo(403);
		assertThat(postPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private void assertValid(String route, Request.Method method, HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(method + " " + route).isEqualTo(status);
		SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
		answer.headers().map().forEach(response::withHeader);
		ValidationReport report = this.validator.validateResponse(route, method, response.build());
		assertThat(report.getMessages()).as(method + " " + route).isEmpty();
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("/api/v1/tributes"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> preflight(String method, String header) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("/api/v1/tributes"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", header)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
