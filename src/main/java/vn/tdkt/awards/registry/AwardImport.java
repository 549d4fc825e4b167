package vn.tdkt.awards.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.ImportReport.Problem;
import vn.tdkt.awards.system.ImportReport.Rejected;
import vn.tdkt.awards.system.ImportReport;
import vn.tdkt.awards.system.Imports;
import vn.tdkt.awards.system.TableFile;
import vn.tdkt.awards.system.UserTexts;

/**
 * Loads past awards (a province's history) from CSV or XLSX into the registry. Every row is checked; if any row is
 * wrong nothing is imported and the report names each rejected row and why. Templates of both formats are offered.
 */
@Service
public class AwardImport {

	public static final List<String> COLUMNS = List.of("award_type", "year", "movement", "kind", "subject_type",
			"recipient_name", "recipient_org", "org_code", "authority_org", "decision_number", "decision_date");

	/** Columns that must be in the header; movement, kind and recipient_org may be left out. */
	static final List<String> REQUIRED = List.of("award_type", "year", "subject_type", "recipient_name", "org_code",
			"authority_org", "decision_number", "decision_date");

	static final List<String> EXAMPLE = List.of("BK_TINH", "2022", "NTM_2021_2025", "PHONG_TRAO", "CA_NHAN",
			"Nguyễn Văn A", "Hội Nông dân xã Giao Phong", "GIAO_PHONG", "NAM_DINH", "1234/QĐ-UBND", "2022-12-20");

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final MovementRepository movements;

	private final AwardRegistry registry;

	private final Imports imports;

	public AwardImport(AwardTypeRepository awardTypes, OrgRepository orgs, MovementRepository movements,
			AwardRegistry registry, Imports imports) {
		this.imports = imports;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.movements = movements;
		this.registry = registry;
	}

	/** Imports all rows, or none when a row is wrong. The file is CSV (UTF-8) or XLSX, told apart by content. */
	@Transactional
	public ImportReport importFile(byte[] content) {
		return imports.run("awards", content, this::importRows);
	}

	private ImportReport importRows(List<Map<String, String>> rows) {
		List<String> missing = TableFile.missing(rows, REQUIRED);
		if (!missing.isEmpty()) {
			return ImportReport.refused(List.of(new Rejected(1, missing.stream()
				.map(c -> new Problem(c, UserTexts.text("error.award.import.missing-column", c)))
				.toList())));
		}
		List<Rejected> rejected = new ArrayList<>();
		List<AwardRegistry.External> awards = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<Problem> errors = new ArrayList<>();
			AwardRegistry.External award = validate(rows.get(i), errors);
			if (errors.isEmpty()) {
				awards.add(award);
			}
			else {
				rejected.add(new Rejected(i + 2, errors));
			}
		}
		if (rows.isEmpty()) {
			rejected.add(new Rejected(1, List.of(new Problem("file", UserTexts.text("error.award.import.no-rows")))));
		}
		if (!rejected.isEmpty()) {
			return ImportReport.refused(rejected);
		}
		awards.forEach(a -> registry.recordExternal(a, AwardRegistry.IMPORT));
		return ImportReport.done(awards.size());
	}

	private AwardRegistry.External validate(Map<String, String> row, List<Problem> errors) {
		String typeCode = row.getOrDefault("award_type", "");
		AwardType type = awardTypes.find(typeCode).orElse(null);
		if (type == null) {
			errors.add(new Problem("award_type", UserTexts.text("error.award.import.unknown-award-type", typeCode)));
		}
		Integer year = year(row, errors);
		String movement = blank(row.get("movement"));
		if (movement != null && movements.find(movement).isEmpty()) {
			errors.add(new Problem("movement", UserTexts.text("error.award.import.unknown-movement", movement)));
		}
		String kind = blank(row.get("kind")) == null ? (movement == null ? "CONG_TRANG" : "PHONG_TRAO") : row.get("kind").trim();
		if (!List.of("CONG_TRANG", "DOT_XUAT", "PHONG_TRAO", "CONG_HIEN", "NIEN_HAN", "DOI_NGOAI").contains(kind)) {
			errors.add(new Problem("kind", UserTexts.text("error.award.import.invalid-kind", kind)));
		}
		String subject = subject(row, type, errors);
		String name = blank(row.get("recipient_name"));
		if (name == null) {
			errors.add(new Problem("recipient_name", UserTexts.text("error.award.import.recipient-missing")));
		}
		String org = knownOrg(row, "org_code", "error.award.import.unknown-org", errors);
		String authority = knownOrg(row, "authority_org", "error.award.import.unknown-authority", errors);
		String number = blank(row.get("decision_number"));
		if (number == null) {
			errors.add(new Problem("decision_number", UserTexts.text("error.award.import.decision-number-missing")));
		}
		LocalDate date = date(row.get("decision_date"), errors);
		if (!errors.isEmpty()) {
			return null;
		}
		return new AwardRegistry.External(typeCode, year, movement, kind, subject, name, blank(row.get("recipient_org")),
				org, authority, number, date);
	}

	private static Integer year(Map<String, String> row, List<Problem> errors) {
		try {
			Integer year = Integer.valueOf(row.getOrDefault("year", "").trim());
			if (year < 1945 || year > 2100) {
				errors.add(new Problem("year", UserTexts.text("error.award.import.invalid-year", year)));
			}
			return year;
		}
		catch (NumberFormatException ex) {
			errors.add(new Problem("year", UserTexts.text("error.award.import.not-a-year", row.get("year"))));
			return null;
		}
	}

	/** The subject type, one the award type allows. */
	private static String subject(Map<String, String> row, AwardType type, List<Problem> errors) {
		String subject = row.getOrDefault("subject_type", "").trim();
		if (!List.of("CA_NHAN", "TAP_THE", "HO_GIA_DINH").contains(subject)) {
			errors.add(new Problem("subject_type", UserTexts.text("error.award.import.subject-type")));
		}
		else if (type != null && !type.allows(SubjectType.valueOf(subject))) {
			Locale locale = UserTexts.currentLocale();
			errors.add(new Problem("subject_type", UserTexts.text(locale, "error.award.import.subject-not-allowed",
					type.name(locale), SubjectType.valueOf(subject).label(locale))));
		}
		return subject;
	}

	/** An org code of the column that names an org here. */
	private String knownOrg(Map<String, String> row, String column, String unknownKey, List<Problem> errors) {
		String code = row.getOrDefault(column, "").trim();
		if (orgs.find(code).isEmpty()) {
			errors.add(new Problem(column, UserTexts.text(unknownKey, code)));
		}
		return code;
	}

	private static LocalDate date(String text, List<Problem> errors) {
		Optional<LocalDate> date = TableFile.date(text);
		if (date.isEmpty()) {
			errors.add(new Problem("decision_date",
					UserTexts.text("error.award.import.not-a-date", text == null ? "" : text.trim())));
		}
		return date.orElse(null);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public byte[] csvTemplate() {
		return TableFile.csvTemplate(COLUMNS, List.of(EXAMPLE));
	}

	public byte[] xlsxTemplate() {
		return TableFile.xlsxTemplate("Khen thưởng", COLUMNS, List.of(EXAMPLE));
	}

}
