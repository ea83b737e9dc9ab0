package az.blackjanuary.memorial.tribute;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.system.ClientAddress;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.RateLimited;
import az.blackjanuary.memorial.system.RateLimiter.LimitedAction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tribute wall as JSON: approved tributes page by page from a cursor, and a way to
 * leave one. Posts must be JSON, which a page on another site cannot send without this
 * site's consent, so they need no CSRF token; they share the form's rate limit, screening
 * and moderation.
 */
@RestController
@RequestMapping(path = "/api/v1/tributes", produces = "application/json")
@Tag(name = "Tributes", description = "The tribute wall")
class TributeApiController {

	private static final String IDEMPOTENCY_KEY = "[A-Za-z0-9_-]{8,64}";

	private final TributeService tributes;

	private final TributeIntake intake;

	private final ClientAddress clients;

	private final MessageSource messages;

	private final PrivateLinks links;

	private final RememberedPeople people;

	TributeApiController(TributeService tributes, TributeIntake intake, ClientAddress clients, MessageSource messages,
			PrivateLinks links, RememberedPeople people) {
		this.people = people;
		this.tributes = tributes;
		this.intake = intake;
		this.clients = clients;
		this.messages = messages;
		this.links = links;
	}

	@GetMapping
	@Operation(summary = "Approved tributes, newest first, one page at a time",
			description = "Follow the cursors in `older` and `newer`; they are null at either end of the wall.")
	Wall wall(@RequestParam(required = false) @Parameter(description = "the `older` cursor of a page") String before,
			@RequestParam(required = false) @Parameter(description = "the `newer` cursor of a page") String after,
			Locale locale) {
		WallPage page = this.tributes.page(WallCursor.fromLink(before), WallCursor.fromLink(after),
				Language.of(locale));
		return new Wall(page.tributes().stream().map(WallTribute::of).toList(), page.older(), page.newer());
	}

	/**
	 * 202 Accepted, not 201 Created: nothing is created that anyone may read until a
	 * moderator approves it, and the approval may never come. The Location is the status
	 * monitor RFC 9110 asks a 202 to point to: the author's private page, which says
	 * whether the tribute waits, is on the wall or was not approved.
	 */
	@RateLimited(LimitedAction.TRIBUTE)
	@PostMapping(consumes = "application/json")
	@Operation(summary = "Leave a tribute; it is shown after a moderator approves it", description = """
			The answer holds the author's private link, once: with it the tribute can be changed for \
			24 hours and removed at any time. The same link is in the `Location` header: it is the \
			author's page, which says whether the tribute waits for review, is on the wall or was not \
			approved.

			**Why 202 and not 201.** A tribute is accepted for moderation, not yet created as anything \
			others can read: it appears on the wall (and at `/api/v1/tributes`) only once a moderator \
			approves it, and may never appear.

			**Retries.** Send the same request again with the same `Idempotency-Key` to retry safely: \
			nothing new is stored, and the same client sending the same words gets the same answer. \
			The key stands for those words only: sent with other words it is refused with `422` \
			(a problem detail) and nothing is stored; the link is never given to another request.

			**Bots.** The API has no form, so neither the wall's hidden field nor its minimum time to \
			fill in the form applies. What keeps bots off the wall instead: a post must be JSON, which \
			a page on another site cannot send; every client shares the wall's rate limit (`429` with \
			`Retry-After`); links and listed words are flagged for the moderators; and nothing is \
			shown before a moderator approves it.""")
	@ApiResponse(responseCode = "202", description = "Received; shown after review", headers = @Header(
			name = "Location", description = "the author's private page, which shows the tribute's state; "
					+ "absent when the same words from the same sender were received under another key within a day"))
	ResponseEntity<Received> leave(@Valid @RequestBody TributeForm tribute,
			@RequestHeader(name = "Idempotency-Key", required = false) @Parameter(
					description = "8–64 letters, digits, '-' or '_'; a retry with the same key and words stores nothing new") String idempotencyKey,
			Locale locale, HttpServletRequest request) {
		if (idempotencyKey != null && !idempotencyKey.matches(IDEMPOTENCY_KEY)) {
			throw problem(HttpStatus.BAD_REQUEST, "tribute.api.key-malformed", locale);
		}
		if (tribute.getRememberedPerson() != null
				&& this.people.published(tribute.getRememberedPerson(), Language.of(locale)).isEmpty()) {
			throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "tribute.api.no-such-person", locale);
		}
		TributeIntake.Taken taken = this.intake.fromApi(tribute, Language.of(locale), idempotencyKey,
				this.clients.of(request));
		if (taken.keyReused()) {
			throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "tribute.api.key-reused", locale);
		}
		String privateLink = taken.privateKey()
			.map((authorKey) -> this.links.addressOf(authorKey, request))
			.orElse(null);
		Received received = new Received("pending", this.messages.getMessage("tributes.received", null, locale),
				privateLink);
		ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted();
		if (privateLink != null) {
			accepted.location(URI.create(privateLink));
		}
		return accepted.body(received);
	}

	private ErrorResponseException problem(HttpStatus status, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(detail, null, locale));
		problem.setTitle(this.messages.getMessage("error." + status.value() + ".title", null, locale));
		return new ErrorResponseException(status, problem, null);
	}

	/**
	 * @param older the cursor of the next, older page, or null at the end of the wall
	 * @param newer the cursor of the previous, newer page, or null on the first page
	 */
	record Wall(List<WallTribute> tributes, @Schema(nullable = true) String older,
			@Schema(nullable = true) String newer) {
	}

	/**
	 * @param name the name as its author chose to show it, or null for an anonymous
	 * tribute
	 * @param inMemoryOf the slug of the register's entry it is left in memory of
	 * ({@code /api/v1/names/{slug}}), or null
	 */
	record WallTribute(long id, @Schema(nullable = true) String name, @Schema(nullable = true) String place,
			String message, String language, LocalDate postedOn, @Schema(nullable = true) String inMemoryOf) {

		static WallTribute of(TributeView view) {
			return new WallTribute(view.id(), view.name(), view.place(), view.message(), view.language().code(),
					view.postedOn(), (view.remembers() != null) ? view.remembers().slug() : null);
		}

	}

	/**
	 * @param privateLink the author's private link, given only in the answer to the
	 * request that sent the tribute (and to its retries); null when the same words from
	 * the same sender were received under another key within a day
	 */
	record Received(String status, String message, @Schema(nullable = true) String privateLink) {
	}

}
