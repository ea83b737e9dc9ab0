package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;

import az.blackjanuary.memorial.system.Language;

/**
 * Releases for tests: {@code release("2027-...").publishedAt(t).text(EN, ...).build()}.
 */
final class ReleaseBuilder {

	private final Release release;

	private ReleaseBuilder(String slug, LocalDate commemoratedOn) {
		this.release = new Release(slug, commemoratedOn, Instant.parse("2020-01-01T00:00:00Z"));
	}

	static ReleaseBuilder release(String slug, LocalDate commemoratedOn) {
		return new ReleaseBuilder(slug, commemoratedOn);
	}

	ReleaseBuilder publishedAt(Instant publishedAt) {
		this.release.publishAt(publishedAt, publishedAt);
		return this;
	}

	ReleaseBuilder text(Language language, String title, String body) {
		this.release.write(language, new ReleaseText(title, title + " summary", body));
		return this;
	}

	ReleaseBuilder figure(FigureKind kind, int value) {
		this.release.state(kind, value);
		return this;
	}

	Release build() {
		return this.release;
	}

	/**
	 * Removes the releases a test made, those whose slug starts with {@code test-}; the
	 * seeded one stays.
	 */
	static void deleteTestReleases(ReleaseRepository releases) {
		releases.findAll().stream().filter((release) -> release.slug().startsWith("test-")).forEach(releases::delete);
	}

}
