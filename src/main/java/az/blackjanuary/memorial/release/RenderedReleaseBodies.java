package az.blackjanuary.memorial.release;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Renders, once, the bodies saved before releases kept their HTML (the seed among them).
 * Until then a view renders such a body itself. Several instances starting together do
 * the same work and write the same HTML: only a row still without it is written.
 */
@Component
class RenderedReleaseBodies {

	private static final Logger logger = LoggerFactory.getLogger(RenderedReleaseBodies.class);

	private final JdbcClient jdbc;

	private final MarkdownRenderer markdown;

	RenderedReleaseBodies(JdbcClient jdbc, MarkdownRenderer markdown) {
		this.jdbc = jdbc;
		this.markdown = markdown;
	}

	@EventListener(ApplicationReadyEvent.class)
	void renderThoseNotYetRendered() {
		List<Unrendered> unrendered = this.jdbc
			.sql("SELECT release_id, lang, body_markdown FROM release_text WHERE body_html IS NULL")
			.query((row, number) -> new Unrendered(row.getLong(1), row.getString(2), row.getString(3)))
			.list();
		for (Unrendered text : unrendered) {
			this.jdbc
				.sql("UPDATE release_text SET body_html = ? WHERE release_id = ? AND lang = ? AND body_html IS NULL")
				.params(this.markdown.toSafeHtml(text.markdown()), text.releaseId(), text.lang())
				.update();
		}
		if (!unrendered.isEmpty()) {
			logger.info("Rendered {} release bodies saved before bodies were kept as HTML", unrendered.size());
		}
	}

	private record Unrendered(long releaseId, String lang, String markdown) {
	}

}
