package az.blackjanuary.memorial.timeline;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@MemorialSiteTest
class TimelinePageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void eventsAreInChronologicalOrderWithHonestDates() {
		assertThat(this.mvc.get().uri("/timeline?lang=en")).hasStatusOk()
			.bodyText()
			.containsSubsequence("<span>Late 1980s</span>", "Protests and mass expulsion", "more than 200,000",
					"<time datetime=\"1990-01-19\">19–20 January 1990</time>", "The assault on Baku",
					"131 civilians were killed, 744 people were wounded and 841",
					"<time datetime=\"1990-01-22\">22 January 1990</time>", "2 million people",
					"<time datetime=\"1991-10-18\">18 October 1991</time>", "Independence restored",
					"<time datetime=\"2022-01-20\">20 January 2022</time>", "The 32nd anniversary");
	}

	@Test
	void theTimelineIsAnOrderedListAndEachEventCitesItsRelease() throws Exception {
		String page = this.mvc.get().uri("/timeline?lang=en").exchange().getResponse().getContentAsString();
		assertThat(page).contains("<ol class=\"timeline\">");
		assertThat(page.split("class=\"timeline__event\"")).hasSize(6);
		assertThat(page.split("href=\"/releases/2022-thirty-second-anniversary-of-the-black-january\"")).hasSize(6);
	}

	@Test
	void theTimelineSpeaksEachLanguage() {
		assertThat(this.mvc.get().uri("/timeline?lang=az")).bodyText()
			.contains("1980-ci illərin sonu", "19–20 yanvar 1990", "Müstəqilliyin bərpası");
		assertThat(this.mvc.get().uri("/timeline?lang=ru")).bodyText()
			.contains("Конец 1980-х годов", "19–20 января 1990 года", "Восстановление независимости");
	}

}
