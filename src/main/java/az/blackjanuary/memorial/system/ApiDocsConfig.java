package az.blackjanuary.memorial.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The JSON API's OpenAPI description, served at {@code /v3/api-docs}; the pages are not part of it. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	@Bean
	OpenAPI memorialApi(MemorialProperties site) {
		return new OpenAPI().info(new Info().title("Black January memorial API")
			.version("v1")
			.description("The anniversary releases, the timeline and the tribute wall. Texts come in the language "
					+ "asked for with ?lang=" + codes() + " or Accept-Language, else in the language they exist in."))
			.addServersItem(new Server().url(site.siteUrl()));
	}

	private static String codes() {
		return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining("|"));
	}

}
