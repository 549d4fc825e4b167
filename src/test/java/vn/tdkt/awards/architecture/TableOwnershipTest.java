package vn.tdkt.awards.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One owning module per table: only the owner's SQL names it (reads too); other modules go through the owner's API.
 * The reference data loader fills every reference table from its CSV file by name, outside any SQL text, and the
 * reference values' pages build their SQL from the table's declaration: neither is SQL written against a table.
 */
class TableOwnershipTest {

	static final Path MAIN = Path.of("src/main/java/vn/tdkt/awards");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Map<String, List<String>> OWNERS = Map.ofEntries(
			Map.entry("org", List.of("admin_unit", "admin_unit_origin", "org_unit", "org_parent_history", "org_succession")),
			Map.entry("registry", List.of("award", "award_count", "decision", "decision_number")),
			Map.entry("award", List.of("award_type", "award_council_rule")),
			Map.entry("paper", List.of("certificate_layout", "submission")),
			Map.entry("review", List.of("council_vote", "council_vote_line", "objection", "review_task")),
			Map.entry("system", List.of("counter", "reference_version")),
			Map.entry("document", List.of("document", "dossier_document")),
			Map.entry("nomination", List.of("dossier", "dossier_event", "dossier_hop", "nominee", "nominee_verdict")),
			Map.entry("eligibility", List.of("eligibility_result", "initiative", "person", "person_flag", "task_rating")),
			Map.entry("legal", List.of("eligibility_rule_set", "intake_deadline", "legal_basis", "legal_duration",
					"public_holiday", "working_weekend_day")),
			Map.entry("incident", List.of("incident_notice")),
			Map.entry("identity", List.of("login_event", "login_throttle")),
			Map.entry("notification", List.of("mail_outbox")),
			Map.entry("movement", List.of("movement")),
			Map.entry("reference", List.of("reference_change")),
			Map.entry("reorganization", List.of("reorganization")));

	/** A text block, or a string literal. */
	static final Pattern LITERAL = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"");

	static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update|merge into|table)\\s+([a-z_]+)\\b");

	@Test
	void everyTableOfTheMigrations_hasAnOwner() throws IOException {
		Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
		TreeSet<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher m = create.matcher(Files.readString(file));
				while (m.find()) {
					tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		TreeSet<String> owned = new TreeSet<>();
		OWNERS.values().forEach(owned::addAll);
		assertThat(owned).containsExactlyElementsOf(tables);
	}

	@Test
	void onlyItsOwner_writesSqlAgainstATable() throws IOException {
		Map<String, String> owner = OWNERS.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(t -> Map.entry(t, e.getKey())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<String> outside = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				Path relative = MAIN.relativize(file);
				String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
				Matcher literal = LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
					Matcher table = TABLE.matcher(text.toLowerCase(java.util.Locale.ROOT));
					while (table.find()) {
						String name = table.group(1);
						if (owner.containsKey(name) && !owner.get(name).equals(module)) {
							outside.add("%s: %s (owned by %s)".formatted(relative, name, owner.get(name)));
						}
					}
				}
			}
		}
		assertThat(outside).as("SQL against another module's table").isEmpty();
	}

}
