package az.blackjanuary.memorial.tribute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tribute wall as JSON: only approved tributes, cursor paging, and leaving one
 * safely.
 */
@MemorialSiteTest
class TributeApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SettableClock clock;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyTheWall() {
		this.tributes.deleteAll();
	}

	@Test
	void aTributeLeftThroughTheApiWaitsForModerationAndItsAuthorGetsThePrivateLink() {
		String message = "Вечная память 🌹 <script>alert(1)</script> " + UUID.randomUUID();
		MvcTestResult sent = leave(
				"{\"message\": \"" + message + "\", \"name\": \"Иван Петров\", \"nameShown\": \"INITIALS\"}", "ru",
				"retry-key-" + UUID.randomUUID());
		assertThat(sent).hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("Спасибо. Ваши слова памяти получены и появятся на стене после проверки.");
		String privateLink = privateLink(sent);
		assertThat(privateLink).contains("/tributes/yours/");
		assertThat(this.jdbc.queryForObject("select status from tribute where message = ?", String.class, message))
			.isEqualTo("PENDING");
		assertThat(this.mvc.get().uri("/api/v1/tributes")).bodyText().doesNotContain("Вечная память");

		this.moderation.decide(
				List.of(this.jdbc.queryForObject("select id from tribute where message = ?", Long.class, message)),
				TributeStatus.APPROVED, null);
		var wall = assertThat(this.mvc.get().uri("/api/v1/tributes")).hasStatusOk().bodyJson();
		wall.extractingPath("$.tributes[0].message").isEqualTo(message);
		wall.extractingPath("$.tributes[0].name").isEqualTo("И. П.");
		wall.extractingPath("$.tributes[0].language").isEqualTo("ru");
		assertThat(this.mvc.get().uri(privateLink.substring(privateLink.indexOf("/tributes/yours/")))).hasStatusOk();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAndWordsStoresOnceAndAnswersAlike() {
		String key = "retry-" + UUID.randomUUID();
		String message = "Once only " + UUID.randomUUID();
		MvcTestResult first = leave("{\"message\": \"" + message + "\", \"name\": \"Aysel\"}", "en", key);
		MvcTestResult again = leave("{ \"name\": \"Aysel\",\n  \"message\": \"" + message + "\" }", "en", key);
		assertThat(again).hasStatus(HttpStatus.ACCEPTED);
		assertThat(privateLink(again)).isEqualTo(privateLink(first));
		assertThat(stored(message)).isOne();
		assertThat(leave("{\"message\": \"x\"}", "ru", "short")).as("a key too short to be unique")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Idempotency-Key должен");
	}

	@Test
	void anIdempotencyKeySentAgainWithOtherWordsIsRefusedAndGivesAwayNoLink() throws Exception {
		String key = "reused-" + UUID.randomUUID();
		String first = "The first author's words " + UUID.randomUUID();
		String second = "Someone else's words " + UUID.randomUUID();
		String firstLink = privateLink(leave("{\"message\": \"" + first + "\"}", "en", key));
		MvcTestResult refused = leave("{\"message\": \"" + second + "\"}", "ru", key);
		var problem = assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType("application/problem+json")
			.bodyJson();
		problem.extractingPath("$.title").isEqualTo("Отправленные данные неверны");
		problem.extractingPath("$.detail").asString().startsWith("Этот Idempotency-Key уже был отправлен");
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(firstLink.substring(firstLink.lastIndexOf('/') + 1))
			.doesNotContain("privateLink");
		assertThat(stored(first)).isOne();
		assertThat(stored(second)).isZero();
		assertThat(leave("{\"message\": \"" + first + "\", \"nameShown\": \"ANONYMOUS\"}", "en", key))
			.as("the same words signed otherwise are other words")
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void requestsRacingWithOneIdempotencyKeyAndDifferentWordsStoreOneAndOnlyItsSenderGetsTheLink() throws Exception {
		String key = "race-" + UUID.randomUUID();
		String marker = "Racing " + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<MvcTestResult> answers = new ArrayList<>();
		try {
			List<Callable<MvcTestResult>> sends = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String json = "{\"message\": \"" + marker + " " + i + "\"}";
				sends.add(() -> leave(json, "en", key));
			}
			for (Future<MvcTestResult> answer : pool.invokeAll(sends)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers).filteredOn((answer) -> answer.getResponse().getStatus() == 202).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.getResponse().getStatus() == 422).hasSize(7);
		assertThat(this.jdbc.queryForObject("select count(*) from tribute where message like ?", Integer.class,
				marker + "%"))
			.isOne();
	}

	@Test
	void anotherClientSendingTheSameKeyAndWordsGetsATributeOfItsOwnNotTheFirstAuthorsLink() {
		String key = "shared-" + UUID.randomUUID();
		String json = "{\"message\": \"Said by two " + UUID.randomUUID() + "\"}";
		String first = privateLink(leave(json, "en", key, "192.0.2.40"));
		String second = privateLink(leave(json, "en", key, "198.51.100.40"));
		assertThat(second).isNotNull().isNotEqualTo(first);
	}

	@Test
	void theApiDescriptionSaysWhatKeepsBotsOffTheWallWithoutAFillTime() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/tributes'].post.description")
			.asString()
			.contains("neither the wall's hidden field nor its minimum time")
			.contains("rate limit")
			.contains("moderator approves")
			.contains("refused with `422`");
	}

	@Test
	void badInputIsAProblemNamingEachFieldInTheClientsLanguage() {
		var problem = assertThat(leave("{\"message\": \"   \", \"name\": \"" + "n".repeat(81) + "\"}", "en", null))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType("application/problem+json")
			.bodyJson();
		problem.extractingPath("$.errors[?(@.field == 'message')].message")
			.asArray()
			.containsExactly("Please write your tribute.");
		problem.extractingPath("$.errors[?(@.field == 'name')].message")
			.asArray()
			.containsExactly("The name can be at most 80 characters long.");
		assertThat(leave("{\"message\": ", "en", null)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/api/v1/tributes")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("message", "a form from another site")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(this.tributes.count()).isZero();
	}

	@Test
	void theWallPagesByCursorAndShowsOnlyApprovedTributes() {
		for (int i = 1; i <= 25; i++) {
			TributeBuilder page = tribute("API page " + i).postedAt(this.clock);
			(i != 7 ? page.approved() : page).saveIn(this.tributes);
		}
		tribute("API rejected").postedAt(this.clock).rejected().saveIn(this.tributes);

		var first = assertThat(this.mvc.get().uri("/api/v1/tributes")).hasStatusOk().bodyJson();
		first.extractingPath("$.tributes").asArray().hasSize(20);
		first.extractingPath("$.newer").isNull();
		String older = read(this.mvc.get().uri("/api/v1/tributes").exchange(), "$.older");
		var second = assertThat(this.mvc.get().uri("/api/v1/tributes?before=" + older)).hasStatusOk().bodyJson();
		second.extractingPath("$.tributes[*].message")
			.asArray()
			.as("24 approved, the rejected one and the pending seventh left out")
			.containsExactly("API page 4", "API page 3", "API page 2", "API page 1");
		second.extractingPath("$.older").isNull();
		assertThat(this.mvc.get().uri("/api/v1/tributes?before=1;drop")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType("application/problem+json");
	}

	private MvcTestResult leave(String json, String language, String idempotencyKey) {
		return leave(json, language, idempotencyKey, "192.0.2.39");
	}

	private MvcTestResult leave(String json, String language, String idempotencyKey, String address) {
		var request = this.mvc.post()
			.uri("/api/v1/tributes")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", language)
			.content(json)
			.with((sent) -> {
				sent.setRemoteAddr(address);
				return sent;
			});
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		return request.exchange();
	}

	private int stored(String message) {
		return this.jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message);
	}

	private static String privateLink(MvcTestResult sent) {
		return read(sent, "$.privateLink");
	}

	private static String read(MvcTestResult result, String path) {
		return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), path);
	}

}
