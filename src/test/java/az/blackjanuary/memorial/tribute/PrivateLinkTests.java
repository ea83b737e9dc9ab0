package az.blackjanuary.memorial.tribute;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;

import az.blackjanuary.memorial.system.MemorialProperties;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The author's private link works at the address the author used, even while the site's
 * public address is left at its default; nothing else follows the request's Host.
 */
@MemorialSiteTest
class PrivateLinkTests {

	private static final String ADDRESS_USED = "http://192.0.2.80:8182";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private FormTickets tickets;

	@Test
	void thePrivateLinkNamesTheAddressTheAuthorUsedWhileTheSiteUrlIsLeftAtItsDefault() {
		MvcTestResult sent = this.mvc.post()
			.uri("/tributes")
			.param("ticket", this.tickets.issue())
			.param("message", "At another address " + UUID.randomUUID())
			.with(csrf())
			.with(at("192.0.2.80", 8182))
			.exchange();
		String redirect = sent.getResponse().getRedirectedUrl();
		assertThat(redirect).as("redirects stay relative").startsWith("/tributes/yours/");
		String page = redirect.substring(0, redirect.indexOf('?'));

		assertThat(this.mvc.get().uri(page + "?received").with(at("192.0.2.80", 8182))).hasStatusOk()
			.bodyText()
			.contains(">" + ADDRESS_USED + page + "</a>")
			.as("the link itself is resolved by the browser")
			.contains("href=\"" + page + "\"")
			.as("canonical links keep to the configured address")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + page + "\">")
			.doesNotContain("href=\"" + ADDRESS_USED);
	}

	@Test
	void theApiGivesThePrivateLinkAtTheAddressItWasSentTo() throws Exception {
		MvcTestResult sent = this.mvc.post()
			.uri("/api/v1/tributes")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"By the API " + UUID.randomUUID() + "\"}")
			.with(at("192.0.2.80", 8182))
			.exchange();
		assertThat(sent).hasStatus(HttpStatus.ACCEPTED);
		String link = JsonPath.read(sent.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.privateLink");
		assertThat(link).startsWith(ADDRESS_USED + "/tributes/yours/");
		assertThat(this.mvc.get().uri(link.substring(ADDRESS_USED.length()))).hasStatusOk();
	}

	@Test
	void aConfiguredSiteUrlIsThePrivateLinksAddressWhateverTheRequestNamed() {
		PrivateLinks links = new PrivateLinks(
				new MemorialProperties("https://memorial.example/", ZoneId.of("Asia/Baku"), 20, 3));
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setServerName("evil.example");
		assertThat(links.addressOf("the-key", request)).isEqualTo("https://memorial.example/tributes/yours/the-key");
	}

	private static RequestPostProcessor at(String host, int port) {
		return (request) -> {
			request.setServerName(host);
			request.setServerPort(port);
			return request;
		};
	}

}
