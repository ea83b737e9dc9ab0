package az.blackjanuary.memorial.system;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A public address left at its default is worth one warning when the site answers
 * elsewhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class SiteUrlCheckTests {

	private static final String WARNING = "memorial.site-url is left at its default";

	@Test
	void aDefaultSiteUrlOnAnotherPortIsWarnedAboutOnce(CapturedOutput output) {
		SiteUrlCheck check = new SiteUrlCheck(site(MemorialProperties.DEFAULT_SITE_URL));
		check.started(started(8182, null));
		check.started(started(8182, null));
		assertThat(output.getOut().split(WARNING, -1)).as("one warning").hasSize(2);
		assertThat(output.getOut()).contains("port 8182").contains("MEMORIAL_SITE_URL");
	}

	@Test
	void aDefaultSiteUrlOnAnotherAddressIsWarnedAbout(CapturedOutput output) {
		new SiteUrlCheck(site(MemorialProperties.DEFAULT_SITE_URL)).started(started(8080, "192.0.2.7"));
		assertThat(output.getOut()).contains(WARNING).contains("192.0.2.7");
	}

	@Test
	void noWarningWhereTheDefaultIsRightOrTheAddressWasSet(CapturedOutput output) {
		new SiteUrlCheck(site(MemorialProperties.DEFAULT_SITE_URL)).started(started(8080, null));
		new SiteUrlCheck(site(MemorialProperties.DEFAULT_SITE_URL)).started(started(8080, "127.0.0.1"));
		new SiteUrlCheck(site("https://memorial.example")).started(started(8182, "192.0.2.7"));
		assertThat(output.getOut()).doesNotContain(WARNING);
	}

	private static MemorialProperties site(String siteUrl) {
		return new MemorialProperties(siteUrl, ZoneId.of("Asia/Baku"), 20, 3);
	}

	private static ServletWebServerInitializedEvent started(int port, String address) {
		WebServer server = mock(WebServer.class);
		given(server.getPort()).willReturn(port);
		ServletWebServerApplicationContext context = mock(ServletWebServerApplicationContext.class);
		MockEnvironment environment = new MockEnvironment();
		if (address != null) {
			environment.setProperty("server.address", address);
		}
		given(context.getEnvironment()).willReturn(environment);
		return new ServletWebServerInitializedEvent(server, context);
	}

}
