package az.blackjanuary.memorial.site;

import az.blackjanuary.memorial.system.MemorialProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: everything public may be indexed; the editors' area and sign-in
 * may not.
 */
@RestController
class RobotsController {

	private final MemorialProperties properties;

	RobotsController(MemorialProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String rules = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /tributes/yours/
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(this.properties.siteUrl());
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(rules);
	}

}
