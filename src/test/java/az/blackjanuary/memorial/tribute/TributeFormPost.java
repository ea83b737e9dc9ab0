package az.blackjanuary.memorial.tribute;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The wall's form as a visitor's browser sends it, through MockMvc and with its CSRF
 * token:
 * {@code formPost(mvc, ticket).in("en").from("192.0.2.1").field("name", "Leyla").message("…").send()}.
 */
final class TributeFormPost {

	private final MockMvcTester mvc;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private String language;

	private String address;

	private TributeFormPost(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** The form with this one-time ticket; none when it is null. */
	static TributeFormPost formPost(MockMvcTester mvc, String ticket) {
		return new TributeFormPost(mvc).field("ticket", ticket);
	}

	/** Sent from a page in this language ({@code ?lang=}). */
	TributeFormPost in(String language) {
		this.language = language;
		return this;
	}

	/** Sent from this client address. */
	TributeFormPost from(String address) {
		this.address = address;
		return this;
	}

	/** A field as filled in; one left null is not sent. */
	TributeFormPost field(String name, String value) {
		if (value != null) {
			this.fields.put(name, value);
		}
		return this;
	}

	TributeFormPost message(String message) {
		return field("message", message);
	}

	MvcTestResult send() {
		var request = this.mvc.post()
			.uri((this.language != null) ? "/tributes?lang=" + this.language : "/tributes")
			.with(csrf());
		for (Map.Entry<String, String> field : this.fields.entrySet()) {
			request = request.param(field.getKey(), field.getValue());
		}
		if (this.address != null) {
			request = request.with((sent) -> {
				sent.setRemoteAddr(this.address);
				return sent;
			});
		}
		return request.exchange();
	}

	/**
	 * Sends it, expecting it received, and gives the author's private page it leads to,
	 * without its query.
	 */
	String sendReceived() {
		MvcTestResult sent = send();
		assertThat(sent).hasStatus(HttpStatus.FOUND);
		String redirect = sent.getResponse().getRedirectedUrl();
		assertThat(redirect).startsWith("/tributes/yours/");
		return redirect.substring(0, redirect.indexOf('?'));
	}

}
