package az.blackjanuary.memorial.system;

import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes schema.org data for search engines as JSON-LD. The JSON is made by Jackson, and
 * every {@code <} is escaped, so no text an editor wrote can close the script element it
 * sits in.
 */
@Component
public class StructuredData {

	private final JsonMapper json;

	StructuredData(JsonMapper json) {
		this.json = json;
	}

	public String toJsonLd(Map<String, Object> thing) {
		return this.json.writeValueAsString(thing).replace("<", "\\u003c").replace(">", "\\u003e");
	}

}
