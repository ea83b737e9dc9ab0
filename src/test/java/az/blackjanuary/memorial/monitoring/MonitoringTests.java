package az.blackjanuary.memorial.monitoring;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.system.RateLimitedSite;
import az.blackjanuary.memorial.system.SettableClock;
import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches: health, liveness and readiness and info for anyone (a load
 * balancer, a status page); the metrics, with the site's own counters, for administrators
 * only.
 */
@RateLimitedSite
class MonitoringTests {

	/** The carnation limit of {@link RateLimitedSite}. */
	private static final int CARNATIONS_PER_MINUTE = 5;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SettableClock clock;

	/**
	 * An hour after the last test of this shared context, whose limits RateLimitTests
	 * uses up: time only moves forward here.
	 */
	@BeforeEach
	void anHourOfItsOwn() {
		this.clock.set(this.clock.instant().plus(Duration.ofHours(1)));
	}

	@Test
	void healthProbesAndInfoAnswerAnyoneWithTheVersionAndTheCommit() throws Exception {
		SiteClient anyone = new SiteClient(this.port);
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> health = anyone.get(probe, "application/json");
			assertThat(health.statusCode()).as(probe).isEqualTo(200);
			assertThat(health.body()).as(probe).contains("\"status\":\"UP\"");
		}
		HttpResponse<String> info = anyone.get("/actuator/info", "application/json");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"version\":\"1.0.0-SNAPSHOT\"").containsPattern("\"commit\":\\{");
	}

	@Test
	void healthShowsWhatItIsMadeOfToAnAdministratorOnly() throws Exception {
		HttpResponse<String> anyone = new SiteClient(this.port).get("/actuator/health", "application/json");
		assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");

		SiteClient admin = new SiteClient(this.port);
		admin.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		assertThat(admin.get("/actuator/health", "application/json").body()).contains("\"db\":{\"status\":\"UP\"}",
				"\"diskSpace\":{\"status\":\"UP\"}");
	}

	@Test
	void readinessIsDownWhileTheInstanceRefusesTrafficAndLivenessStaysUp() throws Exception {
		SiteClient balancer = new SiteClient(this.port);
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			HttpResponse<String> readiness = balancer.get("/actuator/health/readiness", "application/json");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
			assertThat(balancer.get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	@Test
	void metricsNeedAnAdministratorsSignIn() throws Exception {
		SiteClient anyone = new SiteClient(this.port);
		HttpResponse<String> refused = anyone.get("/actuator/prometheus", "text/plain");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValue("/login");
		assertThat(anyone.get("/actuator/metrics", "application/json").statusCode()).isIn(302, 404);
		assertThat(anyone.get("/actuator/env", "application/json").statusCode()).isIn(302, 404);
	}

	@Test
	void theSitesCountersMoveWithWhatVisitorsAndEditorsDo() throws Exception {
		SiteClient admin = new SiteClient(this.port);
		admin.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		SiteClient visitor = new SiteClient(this.port);
		String before = metrics(admin);

		String message = "Counted " + UUID.randomUUID();
		assertThat(visitor.submit("/tributes", "/tributes", Map.of("message", message)).statusCode()).isEqualTo(302);
		assertThat(visitor.submit("/tributes", "/tributes", Map.of("message", "See https://spam.example " + message))
			.statusCode()).isEqualTo(302);
		for (int i = 0; i < CARNATIONS_PER_MINUTE; i++) {
			assertThat(visitor.submit("/", "/carnations", Map.of()).statusCode()).isEqualTo(302);
		}
		assertThat(visitor.submit("/", "/carnations", Map.of()).statusCode()).as("over the limit").isEqualTo(429);
		assertThat(new SiteClient(this.port)
			.submit("/login", "/login", Map.of("username", "admin", "password", "not the password"))
			.statusCode()).isEqualTo(401);
		String after = metrics(admin);

		assertThat(value(after, "memorial_tributes_received_total") - value(before, "memorial_tributes_received_total"))
			.isEqualTo(2);
		assertThat(value(after, "memorial_tributes_held_total") - value(before, "memorial_tributes_held_total"))
			.isEqualTo(1);
		assertThat(value(after, "memorial_tributes_awaiting_moderation")
				- value(before, "memorial_tributes_awaiting_moderation"))
			.isEqualTo(2);
		assertThat(value(after, "memorial_carnations_laid_total") - value(before, "memorial_carnations_laid_total"))
			.isEqualTo(CARNATIONS_PER_MINUTE);
		assertThat(value(after, "memorial_requests_refused_total") - value(before, "memorial_requests_refused_total"))
			.isEqualTo(1);
		assertThat(value(after, "memorial_sign_ins_failed_total") - value(before, "memorial_sign_ins_failed_total"))
			.isEqualTo(1);
		assertThat(after).contains("memorial_tributes_approved_total", "memorial_tributes_rejected_total",
				"memorial_tributes_reported_total", "memorial_sign_ins_locked_total");
	}

	private static String metrics(SiteClient admin) throws Exception {
		HttpResponse<String> metrics = admin.get("/actuator/prometheus", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(200);
		return metrics.body();
	}

	/** The sum of a metric's samples, whatever their labels. */
	private static double value(String metrics, String name) {
		Matcher samples = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
		double sum = 0;
		boolean found = false;
		while (samples.find()) {
			sum += Double.parseDouble(samples.group(1));
			found = true;
		}
		assertThat(found).as(name + " in the metrics").isTrue();
		return sum;
	}

}
