package az.blackjanuary.memorial.system;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API's OpenAPI description, served at {@code /v3/api-docs}; the pages are not
 * part of it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	private static final String PROBLEM = "Problem";

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

	/**
	 * The problem details every operation may answer with, as {@link ApiErrors} and the
	 * filters in front of the API write them, so that a client knows them from the
	 * description alone.
	 */
	@Bean
	OpenApiCustomizer problemAnswers() {
		return (api) -> {
			api.getComponents()
				.addSchemas(PROBLEM,
						new ObjectSchema().description("A problem detail (RFC 9457)")
							.addProperty("type", new StringSchema())
							.addProperty("title", new StringSchema())
							.addProperty("status", new IntegerSchema())
							.addProperty("detail", new StringSchema())
							.addProperty("instance", new StringSchema())
							.addProperty("errors",
									new ArraySchema().description("for 422: one message per invalid field")
										.items(new ObjectSchema().addProperty("field", new StringSchema())
											.addProperty("message", new StringSchema()))));
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				Map<String, String> problems = new LinkedHashMap<>();
				if (path.contains("{")) {
					problems.put("404", "Nothing published at this address");
				}
				if (method == PathItem.HttpMethod.POST) {
					problems.put("400", "Not JSON, broken UTF-8 or a malformed Idempotency-Key");
					problems.put("413", "A body over 64 KiB");
					problems.put("415", "Not sent as application/json");
					problems.put("422",
							"A field is invalid (a message per field), or an Idempotency-Key is reused with other words");
					problems.put("429", "Too many posts from this client; see Retry-After");
				}
				problems.put("503", "The database is unavailable");
				problems.forEach((status, description) -> {
					if (!operation.getResponses().containsKey(status)) {
						operation.getResponses().addApiResponse(status, problem(description));
					}
				});
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

}
