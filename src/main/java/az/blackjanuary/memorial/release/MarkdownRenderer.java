package az.blackjanuary.memorial.release;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns a release body written in Markdown into HTML that is safe to show. Raw HTML in
 * the Markdown is escaped, and the result passes an allow-list sanitiser as well, so that
 * neither a mistake nor a stolen editor account can put script on the memorial.
 */
@Component
class MarkdownRenderer {

	/** Tables as GitHub writes them: figures side by side, by source or by year. */
	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

	String toSafeHtml(String markdown) {
		return this.policy.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

}
