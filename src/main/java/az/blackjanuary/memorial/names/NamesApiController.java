package az.blackjanuary.memorial.names;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import az.blackjanuary.memorial.image.ImageJson;
import az.blackjanuary.memorial.image.Picture;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register of the fallen as JSON: published entries only, read only. */
@RestController
@RequestMapping(path = "/api/v1/names", produces = "application/json")
@Tag(name = "Names", description = "The register of the fallen, as published")
class NamesApiController {

	private final Register register;

	private final MemorialProperties site;

	NamesApiController(Register register, MemorialProperties site) {
		this.register = register;
		this.site = site;
	}

	@GetMapping
	@Operation(summary = "Published entries in the alphabetical order of the language asked for, each with "
			+ "its photograph if it has one; empty while none is published")
	Names list(Locale locale) {
		List<RegisterEntry> entries = this.register.isOpen() ? this.register.entries(null, locale) : List.of();
		Map<Long, Picture> photographs = this.register.photographs(entries, Language.of(locale));
		return new Names(entries.stream()
			.map((entry) -> summary(entry, (entry.imageId() != null) ? photographs.get(entry.imageId()) : null))
			.toList());
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One published entry with every spelling of the name, the dates, the short text "
			+ "and the photograph")
	PersonDocument one(@PathVariable String slug, Locale locale) {
		PersonPage page = this.register.page(slug, locale);
		return new PersonDocument(summary(page.entry(), page.picture()),
				page.otherSpellings()
					.stream()
					.map((spelling) -> new Spelling(spelling.language().code(), spelling.name()))
					.toList(),
				page.born(), page.bornMachine(), page.about(),
				(page.aboutLanguage() != null) ? page.aboutLanguage().code() : null, page.source());
	}

	private Summary summary(RegisterEntry entry, Picture photograph) {
		return new Summary(entry.id(), entry.slug(), entry.name(), entry.nameLanguage().code(), entry.died(),
				entry.diedMachine(), entry.age(), entry.place(), this.site.siteUrl() + "/names/" + entry.slug(),
				(photograph != null) ? ImageJson.of(photograph, this.site.siteUrl()) : null);
	}

	record Names(List<Summary> names) {
	}

	/**
	 * @param id what a tribute sent to {@code POST /api/v1/tributes} names as its
	 * {@code rememberedPerson}
	 * @param name the name as spelled in the language asked for, else in Azerbaijani
	 * @param language the language the name is spelled in
	 * @param died the day of death in words, as precisely as it is known
	 * @param diedOn the same as a year, a year and month, or a day
	 * @param url the person's page on the site
	 * @param image the person's photograph, its words in the language asked for where
	 * they exist, or null
	 */
	record Summary(long id, String slug, String name, String language, @Schema(nullable = true) String died,
			@Schema(nullable = true) String diedOn, @Schema(nullable = true) Integer age,
			@Schema(nullable = true) String place, String url, @Schema(nullable = true) ImageJson image) {
	}

	/**
	 * @param otherSpellings the name in the other languages it is spelled in
	 * @param about the short text, or null
	 * @param aboutLanguage the language of the short text, or null
	 * @param source what the entry rests on
	 */
	record PersonDocument(Summary person, List<Spelling> otherSpellings, @Schema(nullable = true) String born,
			@Schema(nullable = true) String bornOn, @Schema(nullable = true) String about,
			@Schema(nullable = true) String aboutLanguage, @Schema(nullable = true) String source) {
	}

	record Spelling(String language, String name) {
	}

}
