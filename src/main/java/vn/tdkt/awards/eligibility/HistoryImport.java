package vn.tdkt.awards.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.system.ImportReport.Problem;
import vn.tdkt.awards.system.ImportReport.Rejected;
import vn.tdkt.awards.system.ImportReport;
import vn.tdkt.awards.system.Imports;
import vn.tdkt.awards.system.TableFile;
import vn.tdkt.awards.system.UserTexts;

/**
 * Loads people's history from CSV or XLSX, one record per row: yearly task ratings (RATING), initiatives
 * (INITIATIVE), past awards (AWARD, into the registry), discipline (DISCIPLINE) and complaints being verified
 * (COMPLAINT). Every row is checked first; if one is wrong nothing is imported and each rejected row is named with its
 * column. A person is matched by ID number, else by name, birth date and org ({@link People}).
 */
@Service
public class HistoryImport {

	private final People people;

	private final OrgRepository orgs;

	private final AwardTypeRepository awardTypes;

	private final MovementRepository movements;

	private final AwardRegistry registry;

	private final JdbcClient jdbc;

	private final Imports imports;

	HistoryImport(People people, OrgRepository orgs, AwardTypeRepository awardTypes, MovementRepository movements,
			AwardRegistry registry, JdbcClient jdbc, Imports imports) {
		this.imports = imports;
		this.people = people;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
		this.movements = movements;
		this.registry = registry;
		this.jdbc = jdbc;
	}

	/** Imports all rows, or none when a row is wrong. */
	@Transactional
	public ImportReport importFile(byte[] content) {
		return imports.run("history", content, this::importRows);
	}

	private ImportReport importRows(List<Map<String, String>> rows) {
		List<String> missing = TableFile.missing(rows, HistoryFile.REQUIRED);
		if (!missing.isEmpty()) {
			return ImportReport.refused(List.of(new Rejected(1,
					missing.stream().map(c -> new Problem(c, UserTexts.text("error.award.import.missing-column", c))).toList())));
		}
		if (rows.isEmpty()) {
			return ImportReport.refused(List.of(new Rejected(1,
					List.of(new Problem("file", UserTexts.text("error.award.import.no-rows"))))));
		}
		List<Rejected> rejected = new ArrayList<>();
		List<Consumer<Long>> writes = new ArrayList<>();
		List<Row> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<Problem> errors = new ArrayList<>();
			Row row = check(rows.get(i), errors);
			if (errors.isEmpty()) {
				checked.add(row);
			}
			else {
				rejected.add(new Rejected(i + 2, errors));
			}
		}
		if (!rejected.isEmpty()) {
			return ImportReport.refused(rejected);
		}
		for (Row row : checked) {
			long person = people.resolve(row.subject(), row.idNumber(), row.name(), row.birthDate(), row.org());
			row.write().accept(person);
		}
		return ImportReport.done(checked.size());
	}

	/** A checked row: who, and what to write for them. */
	private record Row(SubjectType subject, String idNumber, String name, LocalDate birthDate, String org,
			Consumer<Long> write) {
	}

	private Row check(Map<String, String> row, List<Problem> errors) {
		String record = value(row, "record");
		SubjectType subject = null;
		try {
			subject = SubjectType.valueOf(value(row, "subject_type"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.add(new Problem("subject_type", UserTexts.text("error.award.import.subject-type")));
		}
		String idNumber = value(row, "id_number");
		if (idNumber != null && !idNumber.matches("\\d{9}|\\d{12}")) {
			errors.add(new Problem("id_number", UserTexts.text("error.eligibility.import.id-number", idNumber)));
		}
		String name = value(row, "name");
		if (name == null) {
			errors.add(new Problem("name", UserTexts.text("error.eligibility.import.name-missing")));
		}
		LocalDate birth = date(row, "birth_date", false, errors);
		String org = value(row, "org_code");
		if (org == null || orgs.find(org).isEmpty()) {
			errors.add(new Problem("org_code", UserTexts.text("error.award.import.unknown-org", org == null ? "" : org)));
		}
		Consumer<Long> write = switch (record == null ? "" : record) {
			case "RATING" -> rating(row, errors);
			case "INITIATIVE" -> initiative(row, errors);
			case "AWARD" -> award(row, subject, name, org, errors);
			case "DISCIPLINE", "COMPLAINT" -> flag(record, row, errors);
			default -> {
				errors.add(new Problem("record", UserTexts.text("error.eligibility.import.record")));
				yield null;
			}
		};
		return new Row(subject, idNumber, name, birth, org, write);
	}

	private Consumer<Long> rating(Map<String, String> row, List<Problem> errors) {
		Integer year = year(row, errors);
		String rating = value(row, "value");
		if (rating == null || !HistoryFile.RATINGS.contains(rating)) {
			errors.add(new Problem("value", UserTexts.text("error.eligibility.import.rating")));
		}
		return person -> {
			jdbc.sql("delete from task_rating where person_id = ? and rating_year = ?").params(person, year).update();
			jdbc.sql("insert into task_rating (person_id, rating_year, rating, source) values (?, ?, ?, 'IMPORT')")
				.params(person, year, rating)
				.update();
		};
	}

	private Consumer<Long> initiative(Map<String, String> row, List<Problem> errors) {
		Integer year = year(row, errors);
		String level = value(row, "value");
		if (level == null || !HistoryFile.LEVELS.contains(level)) {
			errors.add(new Problem("value", UserTexts.text("error.eligibility.import.initiative-level")));
		}
		String title = value(row, "note");
		return person -> jdbc.sql("insert into initiative (person_id, initiative_year, level, title) values (?, ?, ?, ?)")
			.params(person, year, level, title)
			.update();
	}

	private Consumer<Long> award(Map<String, String> row, SubjectType subject, String name, String org,
			List<Problem> errors) {
		Integer year = year(row, errors);
		String typeCode = value(row, "award_type");
		AwardType type = typeCode == null ? null : awardTypes.find(typeCode).orElse(null);
		if (type == null) {
			errors.add(new Problem("award_type", UserTexts.text("error.award.import.unknown-award-type", typeCode)));
		}
		else if (subject != null && !type.allows(subject)) {
			Locale locale = UserTexts.currentLocale();
			errors.add(new Problem("subject_type", UserTexts.text(locale, "error.award.import.subject-not-allowed",
					type.name(locale), subject.label(locale))));
		}
		String kind = value(row, "kind") == null ? "CONG_TRANG" : value(row, "kind");
		if (!HistoryFile.KINDS.contains(kind)) {
			errors.add(new Problem("kind", UserTexts.text("error.award.import.invalid-kind", kind)));
		}
		String movement = value(row, "movement");
		if (movement != null && movements.find(movement).isEmpty()) {
			errors.add(new Problem("movement", UserTexts.text("error.award.import.unknown-movement", movement)));
		}
		String authority = value(row, "authority_org");
		if (authority == null || orgs.find(authority).isEmpty()) {
			errors.add(new Problem("authority_org",
					UserTexts.text("error.award.import.unknown-authority", authority == null ? "" : authority)));
		}
		String number = value(row, "decision_number");
		if (number == null) {
			errors.add(new Problem("decision_number", UserTexts.text("error.award.import.decision-number-missing")));
		}
		LocalDate date = date(row, "decision_date", true, errors);
		return person -> registry.recordExternal(new AwardRegistry.External(typeCode, year, movement, kind,
				subject.name(), name, null, org, authority, number, date, person), AwardRegistry.IMPORT);
	}

	private Consumer<Long> flag(String kind, Map<String, String> row, List<Problem> errors) {
		LocalDate from = date(row, "from_date", true, errors);
		LocalDate to = date(row, "to_date", false, errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(new Problem("to_date", UserTexts.text("error.eligibility.import.dates-reversed")));
		}
		String note = value(row, "note");
		return person -> jdbc.sql("insert into person_flag (person_id, kind, from_date, to_date, note) values (?, ?, ?, ?, ?)")
			.params(person, kind, from, to, note)
			.update();
	}

	private static Integer year(Map<String, String> row, List<Problem> errors) {
		try {
			int year = Integer.parseInt(value(row, "year"));
			if (year < 1945 || year > 2100) {
				errors.add(new Problem("year", UserTexts.text("error.award.import.invalid-year", year)));
			}
			return year;
		}
		catch (NumberFormatException | NullPointerException ex) {
			errors.add(new Problem("year", UserTexts.text("error.award.import.not-a-year", row.getOrDefault("year", ""))));
			return null;
		}
	}

	private static LocalDate date(Map<String, String> row, String column, boolean required, List<Problem> errors) {
		String text = value(row, column);
		if (text == null) {
			if (required) {
				errors.add(new Problem(column, UserTexts.text("error.eligibility.import.date-missing")));
			}
			return null;
		}
		var date = TableFile.date(text);
		if (date.isEmpty()) {
			errors.add(new Problem(column, UserTexts.text("error.award.import.not-a-date", text)));
		}
		return date.orElse(null);
	}

	private static String value(Map<String, String> row, String column) {
		return TableFile.blankToNull(row.get(column));
	}

}
