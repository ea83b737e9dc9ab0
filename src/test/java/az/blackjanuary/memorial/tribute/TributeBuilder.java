package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.Instant;

import az.blackjanuary.memorial.system.Language;

/**
 * Tributes for tests, stored as they would be after intake and moderation:
 * {@code tribute("words").by("Leyla").postedAt(clock).approved().saveIn(tributes)}.
 * Anonymous, in English, posted now and waiting for moderation unless told otherwise.
 */
final class TributeBuilder {

	private final String message;

	private String name;

	private String place;

	private Language language = Language.EN;

	private Instant postedAt = Tribute.now(Clock.systemUTC());

	private TributeStatus status = TributeStatus.PENDING;

	private TributeBuilder(String message) {
		this.message = message;
	}

	static TributeBuilder tribute(String message) {
		return new TributeBuilder(message);
	}

	TributeBuilder by(String name) {
		this.name = name;
		return this;
	}

	TributeBuilder from(String place) {
		this.place = place;
		return this;
	}

	TributeBuilder in(Language language) {
		this.language = language;
		return this;
	}

	TributeBuilder postedAt(Instant postedAt) {
		this.postedAt = postedAt;
		return this;
	}

	/** Posted at the moment the test's clock shows. */
	TributeBuilder postedAt(Clock clock) {
		return postedAt(Tribute.now(clock));
	}

	/** On the wall: a moderator approved it when it was posted. */
	TributeBuilder approved() {
		this.status = TributeStatus.APPROVED;
		return this;
	}

	TributeBuilder rejected() {
		this.status = TributeStatus.REJECTED;
		return this;
	}

	Tribute build() {
		Tribute tribute = new Tribute(this.name, this.place, this.message, this.language, this.postedAt);
		if (this.status == TributeStatus.APPROVED) {
			tribute.approve(this.postedAt);
		}
		else if (this.status == TributeStatus.REJECTED) {
			tribute.reject(this.postedAt, null);
		}
		return tribute;
	}

	/** Stores it and gives its id. */
	long saveIn(TributeRepository tributes) {
		return tributes.save(build()).id();
	}

}
