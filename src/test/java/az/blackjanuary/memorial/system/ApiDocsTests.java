package az.blackjanuary.memorial.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API is described with OpenAPI, and only the API is. */
@MemorialSiteTest
class ApiDocsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theOpenApiDescriptionListsEveryApiRouteAndNoPage() {
		var docs = assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
		docs.extractingPath("$.info.title").isEqualTo("Black January memorial API");
		String codes = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining("|"));
		docs.extractingPath("$.info.description").asString().contains("?lang=" + codes + " ").contains("az|en|ru");
		docs.extractingPath("$.paths")
			.asMap()
			.containsOnlyKeys("/api/v1/releases", "/api/v1/releases/{slug}", "/api/v1/timeline", "/api/v1/tributes",
					"/api/v1/names", "/api/v1/names/{slug}");
		docs.extractingPath("$.paths['/api/v1/tributes'].post.requestBody.content")
			.asMap()
			.containsOnlyKeys("application/json");
	}

}
