package az.blackjanuary.memorial.timeline;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline as JSON: in order, with honest dates, each citing its release. */
@MemorialSiteTest
class TimelineApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theEventsComeInOrderWithTheirDatesAsPreciseAsTheyAreKnown() {
		var timeline = assertThat(this.mvc.get().uri("/api/v1/timeline?lang=en")).hasStatusOk().bodyJson();
		timeline.extractingPath("$.events[*].date")
			.asArray()
			.containsSubsequence("Late 1980s", "19–20 January 1990", "22 January 1990", "18 October 1991",
					"20 January 2022");
		timeline.extractingPath("$.events[0].start").isNull();
		timeline.extractingPath("$.events[1].start").isEqualTo("1990-01-19");
		timeline.extractingPath("$.events[1].end").isEqualTo("1990-01-20");
		timeline.extractingPath("$.events[1].source.slug")
			.isEqualTo("2022-thirty-second-anniversary-of-the-black-january");
	}

	@Test
	void theDatesAreWrittenInTheLanguageAskedFor() {
		assertThat(this.mvc.get().uri("/api/v1/timeline").header("Accept-Language", "az")).bodyJson()
			.extractingPath("$.events[1].date")
			.isEqualTo("19–20 yanvar 1990");
	}

}
