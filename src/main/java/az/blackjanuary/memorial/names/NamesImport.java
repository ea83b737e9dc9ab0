package az.blackjanuary.memorial.names;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Entries of the register from a CSV file: a dry run says what each row would do (create,
 * change, leave unchanged, or be refused, with the reason), then the import does it, all
 * rows or none. Rows are matched to entries by their {@code id}, the entry's stable
 * identifier, so that the same file imported twice changes nothing.
 */
@Service
class NamesImport {

	static final String ID = "id";

	private static final List<String> COMMON_COLUMNS = List.of("born", "died", "age", "place", "source", "status");

	private final PersonRepository people;

	private final PersonAdminService editing;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	NamesImport(PersonRepository people, PersonAdminService editing, SmartValidator validator, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.people = people;
		this.editing = editing;
		this.validator = validator;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every column a file may have, in the order the README gives them. */
	static List<String> columns() {
		List<String> columns = new ArrayList<>();
		columns.add(ID);
		for (Language language : Language.values()) {
			columns.add("name_" + language.code());
		}
		columns.addAll(COMMON_COLUMNS);
		for (Language language : Language.values()) {
			columns.add("text_" + language.code());
		}
		return columns;
	}

	/** What importing the file would do, storing nothing. */
	@Transactional(readOnly = true)
	ImportPlan dryRun(String csv, Locale locale) {
		return plan(csv, locale).plan();
	}

	/** Imports the file if no row is refused; else stores nothing and says why. */
	@Transactional
	ImportPlan importAll(String csv, Locale locale) {
		Planned planned = plan(csv, locale);
		if (!planned.plan().importable()) {
			return planned.plan();
		}
		Set<String> slugsTaken = new HashSet<>();
		for (Planned.Row row : planned.rows()) {
			switch (row.outcome().outcome()) {
				case CREATED -> {
					String slug = this.editing.freeSlug(row.details().azerbaijaniName(), slugsTaken::contains);
					slugsTaken.add(slug);
					this.people.save(new Person(slug, row.details(), this.clock.instant()));
					this.audit.record(AuditAction.PERSON_IMPORTED, AuditSubject.person(row.details().reference()));
				}
				case CHANGED -> {
					row.existing().write(row.details(), this.clock.instant());
					this.audit.record(AuditAction.PERSON_CHANGED_BY_IMPORT,
							AuditSubject.person(row.details().reference()));
				}
				default -> {
				}
			}
		}
		this.people.flush();
		return planned.plan();
	}

	private Planned plan(String csv, Locale locale) {
		List<CSVRecord> records;
		try {
			records = read(csv);
		}
		catch (UnknownColumns unknown) {
			return Planned.refused(message("names.import.unknown-columns", locale, unknown.getMessage()));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
			return Planned.refused(message("names.import.unreadable", locale));
		}
		if (records.isEmpty()) {
			return Planned.refused(message("names.import.empty", locale));
		}
		Set<String> references = records.stream()
			.filter((record) -> record.isMapped(ID))
			.map((record) -> record.get(ID).strip())
			.collect(Collectors.toSet());
		Map<String, Person> existing = new HashMap<>();
		this.people.findByReferenceIn(references).forEach((person) -> existing.put(person.reference(), person));
		Set<String> seen = new HashSet<>();
		List<Planned.Row> rows = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			rows.add(row(i + 1, records.get(i), existing, seen, locale));
		}
		return new Planned(new ImportPlan(rows.stream().map(Planned.Row::outcome).toList(), null), rows);
	}

	private Planned.Row row(long line, CSVRecord record, Map<String, Person> existing, Set<String> seen,
			Locale locale) {
		PersonForm form;
		try {
			form = formOf(record);
		}
		catch (IllegalArgumentException unknownStatus) {
			return refused(line, record, message("names.import.status", locale));
		}
		if (form.reference() == null) {
			return refused(line, record, message("names.import.id-required", locale));
		}
		if (!seen.add(form.reference())) {
			return refused(line, record, message("names.import.id-repeated", locale, form.reference()));
		}
		DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "personForm");
		this.validator.validate(form, errors);
		form.check(errors);
		if (errors.hasErrors()) {
			return refused(line, record, reasons(errors, locale));
		}
		Person person = existing.get(form.reference());
		PersonState state = (form.state() != null) ? form.state()
				: (person != null) ? person.state() : PersonState.DRAFT;
		PersonDetails details = form.details(form.reference(), state);
		ImportPlan.Outcome outcome = (person == null) ? ImportPlan.Outcome.CREATED
				: person.details().equals(details) ? ImportPlan.Outcome.UNCHANGED : ImportPlan.Outcome.CHANGED;
		return new Planned.Row(
				new ImportPlan.RowOutcome(line, form.reference(), details.azerbaijaniName(), outcome, null), details,
				person);
	}

	private static PersonForm formOf(CSVRecord record) {
		Map<String, PersonTextForm> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			texts.put(language.code(), new PersonTextForm(value(record, "name_" + language.code()),
					value(record, "text_" + language.code())));
		}
		String status = value(record, "status");
		PersonState state = (status != null) ? PersonState.valueOf(status.toUpperCase(Locale.ROOT)) : null;
		return new PersonForm(null, value(record, ID), value(record, "born"), value(record, "died"),
				value(record, "age"), value(record, "place"), value(record, "source"), state, texts, null);
	}

	private static String value(CSVRecord record, String column) {
		String value = (record.isMapped(column) && record.isSet(column)) ? record.get(column).strip() : "";
		return value.isEmpty() ? null : value;
	}

	private static List<CSVRecord> read(String csv) throws IOException {
		String text = (csv.startsWith("\uFEFF")) ? csv.substring(1) : csv;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(false)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			List<String> unknown = parser.getHeaderNames()
				.stream()
				.filter((column) -> !columns().contains(column))
				.toList();
			if (!unknown.isEmpty() || !parser.getHeaderNames().contains(ID)) {
				throw new UnknownColumns(unknown.isEmpty() ? "—" : String.join(", ", unknown));
			}
			return parser.getRecords();
		}
	}

	private Planned.Row refused(long line, CSVRecord record, String reason) {
		String name = value(record, "name_az");
		return new Planned.Row(
				new ImportPlan.RowOutcome(line, value(record, ID), name, ImportPlan.Outcome.REFUSED, reason), null,
				null);
	}

	/** Each error with the column it concerns: "born: …". */
	private String reasons(DirectFieldBindingResult errors, Locale locale) {
		return errors.getAllErrors().stream().map((error) -> {
			String text = this.messages.getMessage(error, locale);
			return (error instanceof FieldError field) ? columnOf(field.getField()) + ": " + text : text;
		}).distinct().collect(Collectors.joining("; "));
	}

	/** The CSV column of a form field: {@code texts[az].name} is {@code name_az}. */
	static String columnOf(String field) {
		if (field.startsWith("texts[")) {
			String code = field.substring(6, field.indexOf(']'));
			return (field.endsWith(".name") ? "name_" : "text_") + code;
		}
		return field.equals("reference") ? ID : field;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** The header names columns the register does not have. */
	private static final class UnknownColumns extends IllegalArgumentException {

		UnknownColumns(String columns) {
			super(columns);
		}

	}

	/** The plan, with what each row would store. */
	private record Planned(ImportPlan plan, List<Row> rows) {

		static Planned refused(String reason) {
			return new Planned(new ImportPlan(List.of(), reason), List.of());
		}

		record Row(ImportPlan.RowOutcome outcome, PersonDetails details, Person existing) {
		}

	}

}
