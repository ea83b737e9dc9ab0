package az.blackjanuary.memorial.tribute;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.system.ClientAddress;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tribute wall as JSON: approved tributes page by page from a cursor, and a way to leave
 * one. Posts must be JSON, which a page on another site cannot send without this site's consent,
 * so they need no CSRF token; they share the form's rate limit, screening and moderation.
 */
@RestController
@RequestMapping(path = "/api/v1/tributes", produces = "application/json")
@Tag(name = "Tributes", description = "The tribute wall")
class TributeApiController {

	private static final String IDEMPOTENCY_KEY = "[A-Za-z0-9_-]{8,64}";

	private final TributeService tributes;

	private final TributeIntake intake;

	private final FormTickets tickets;

	private final ClientAddress clients;

	private final MessageSource messages;

	private final MemorialProperties site;

	TributeApiController(TributeService tributes, TributeIntake intake, FormTickets tickets, ClientAddress clients,
			MessageSource messages, MemorialProperties site) {
		this.tributes = tributes;
		this.intake = intake;
		this.tickets = tickets;
		this.clients = clients;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping
	@Operation(summary = "Approved tributes, newest first, one page at a time",
			description = "Follow the cursors in `older` and `newer`; they are null at either end of the wall.")
	Wall wall(@RequestParam(required = false) @Parameter(description = "the `older` cursor of a page") String before,
			@RequestParam(required = false) @Parameter(description = "the `newer` cursor of a page") String after) {
		WallPage page = this.tributes.page(WallCursor.fromLink(before), WallCursor.fromLink(after));
		return new Wall(page.tributes().stream().map(WallTribute::of).toList(), page.older(), page.newer());
	}

	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Leave a tribute; it is shown after a moderator approves it",
			description = "The answer holds the author's private link, once: with it the tribute can be changed for "
					+ "24 hours and removed at any time. Send the same Idempotency-Key again to retry safely.")
	Received leave(@Valid @RequestBody TributeForm tribute,
			@RequestHeader(name = "Idempotency-Key", required = false) @Parameter(
					description = "8–64 letters, digits, '-' or '_'; a retry with the same key stores nothing new") String idempotencyKey,
			Locale locale, HttpServletRequest request) {
		if (idempotencyKey != null && !idempotencyKey.matches(IDEMPOTENCY_KEY)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Idempotency-Key must be 8 to 64 letters, digits, - or _");
		}
		String addressHash = this.tickets.hashOfAddress(this.clients.of(request));
		String key = (idempotencyKey != null) ? this.tickets.apiKeyFor(idempotencyKey, addressHash)
				: this.tickets.newKey();
		String privateLink = this.intake.take(tribute, Language.of(locale), key, addressHash)
			.map((authorKey) -> this.site.siteUrl() + AuthorControlController.pathOf(authorKey))
			.orElse(null);
		return new Received("pending", this.messages.getMessage("tributes.received", null, locale), privateLink);
	}

	/**
	 * @param older the cursor of the next, older page, or null at the end of the wall
	 * @param newer the cursor of the previous, newer page, or null on the first page
	 */
	record Wall(List<WallTribute> tributes, String older, String newer) {
	}

	/** @param name the name as its author chose to show it, or null for an anonymous tribute */
	record WallTribute(long id, String name, String place, String message, String language, LocalDate postedOn) {

		static WallTribute of(TributeView view) {
			return new WallTribute(view.id(), view.name(), view.place(), view.message(), view.language().code(),
					view.postedOn());
		}

	}

	/**
	 * @param privateLink the author's private link, given only in this answer; null when the same
	 * words from the same sender were received under another key within a day
	 */
	record Received(String status, String message, String privateLink) {
	}

}
