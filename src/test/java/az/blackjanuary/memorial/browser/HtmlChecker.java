package az.blackjanuary.memorial.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker, run in-process on a page's HTML as the server sent it. Only errors
 * fail: warnings and infos (such as the one on the trailing slash of the CSRF input) are
 * advice.
 */
final class HtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HtmlChecker() {
	}

	static void assertNoErrors(String html, String page) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = StreamSupport.stream(JSON.readTree(report).path("messages").spliterator(), false)
			.filter((message) -> !message.path("type").asString().equals("info"))
			.map((message) -> "%s on %s line %d: %s%n    %s".formatted(message.path("type").asString(), page,
					message.path("lastLine").asInt(), message.path("message").asString(),
					message.path("extract").asString().strip()))
			.toList();
		assertThat(errors).as("HTML errors on %s", page).isEmpty();
	}

}
