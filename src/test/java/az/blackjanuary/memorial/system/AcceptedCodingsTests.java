package az.blackjanuary.memorial.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Accept-Encoding headers browsers and tools send, and the refusals they may hold.
 */
class AcceptedCodingsTests {

	@Test
	void aCodingIsAcceptedWhenNamedWithoutAQualityOfZero() {
		assertThat(AcceptedCodings.accepts("gzip, deflate, br, zstd", "gzip")).isTrue();
		assertThat(AcceptedCodings.accepts("gzip, deflate, br, zstd", "br")).isTrue();
		assertThat(AcceptedCodings.accepts(" GZIP ", "gzip")).isTrue();
		assertThat(AcceptedCodings.accepts("br;q=1.0, gzip;q=0.5", "gzip")).isTrue();
		assertThat(AcceptedCodings.accepts("gzip ; q=0.8 ; foo=bar", "gzip")).isTrue();
	}

	@Test
	void aCodingIsRefusedWhenAbsentOrGivenAQualityOfZero() {
		assertThat(AcceptedCodings.accepts(null, "gzip")).isFalse();
		assertThat(AcceptedCodings.accepts("", "gzip")).isFalse();
		assertThat(AcceptedCodings.accepts("deflate, br", "gzip")).isFalse();
		assertThat(AcceptedCodings.accepts("x-gzip", "gzip")).isFalse();
		assertThat(AcceptedCodings.accepts("gzip;q=0", "gzip")).isFalse();
		assertThat(AcceptedCodings.accepts("br, gzip; q=0.000", "gzip")).isFalse();
	}

}
