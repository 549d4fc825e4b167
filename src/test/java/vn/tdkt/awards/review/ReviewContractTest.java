package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The reviewer contract is declared once ({@link ReviewTask}); README's table, the Camunda Forms and the BPMN user
 * tasks follow from it. No Spring context: these are checks of files against the declaration.
 */
class ReviewContractTest {

	static final String START = "<!-- reviewer-contract: made from review.ReviewTask by ReviewTask.markdownTable() -->";

	static final String END = "<!-- /reviewer-contract -->";

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

	@Test
	void readmesContractTable_isTheDeclaration() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("README marker " + START).isNotNegative();
		assertThat(end).as("README marker " + END).isGreaterThan(start);
		String table = readme.substring(start + START.length(), end).strip() + "\n";
		assertThat(table).as("README's reviewer contract; paste this between the markers:%n%s", ReviewTask.markdownTable())
			.isEqualTo(ReviewTask.markdownTable());
	}

	@Test
	void eachForm_setsExactlyItsTasksContract_andReadsOnlyWhatTheTaskPresents() throws IOException {
		for (ReviewTask task : ReviewTask.values()) {
			JsonNode form = form(task.formId());
			Set<String> keys = new HashSet<>();
			Set<String> reads = new HashSet<>();
			collect(form, keys, reads);
			Set<String> declared = new HashSet<>(task.variableNames());
			declared.addAll(task.formSlots());
			assertThat(keys).as("fields of %s (what Tasklist submits)", task.formId()).isEqualTo(declared);
			assertThat(task.presented()).as("data %s reads", task.formId()).containsAll(reads);
		}
	}

	@Test
	void eachUserTask_isDeclared_withItsFormAndItsRolesGroup() throws IOException {
		Set<String> seen = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				for (UserTask userTask : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
					ReviewTask task = ReviewTask.of(userTask.getId()).orElseThrow(
							() -> new AssertionError("user task %s in %s is not declared in ReviewTask".formatted(userTask.getId(), file)));
					seen.add(task.key());
					assertThat(userTask.getCamundaFormRef()).as("form of " + task.key()).isEqualTo(task.formId());
					String plural = switch (task.role()) {
						case APPRAISER -> "appraisers";
						case SECRETARY -> "secretaries";
						case LEADER -> "leaders";
						case NOMINATOR -> "nominators";
					};
					assertThat(userTask.getCamundaCandidateGroups()).as("candidates of " + task.key())
						.isEqualTo("${route.%s(execution)}".formatted(plural));
				}
			}
		}
		assertThat(seen).containsExactlyInAnyOrder(
				Stream.of(ReviewTask.values()).map(ReviewTask::key).toArray(String[]::new));
	}

	@Test
	void contractValues_areReadStrictlyByType() {
		var count = ReviewTask.COUNCIL_VOTE.variables().get(0);
		assertThat(ContractValues.read(count, org.camunda.bpm.engine.variable.Variables.integerValue(9))).isEqualTo(9);
		assertThat(ContractValues.read(count, org.camunda.bpm.engine.variable.Variables.longValue(9L))).isEqualTo(9);
		for (var wrong : List.of(org.camunda.bpm.engine.variable.Variables.longValue(4294967305L),
				org.camunda.bpm.engine.variable.Variables.doubleValue(1.9),
				org.camunda.bpm.engine.variable.Variables.stringValue("9"),
				org.camunda.bpm.engine.variable.Variables.integerValue(-1))) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContractValues.read(count, wrong))
				.isInstanceOf(ReviewInputException.class)
				.satisfies(ex -> assertThat(((ReviewInputException) ex).variable()).isEqualTo("membersTotal"));
		}
		var upheld = ReviewTask.VERIFY_OBJECTION.variables().get(0);
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> ContractValues.read(upheld, org.camunda.bpm.engine.variable.Variables.stringValue("yes")))
			.isInstanceOf(ReviewInputException.class);
		assertThat(ContractValues.read(upheld, org.camunda.bpm.engine.variable.Variables.booleanValue(false))).isEqualTo(false);
	}

	private static JsonNode form(String id) throws IOException {
		List<JsonNode> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn/forms"))) {
			for (Path file : files.toList()) {
				JsonNode form = new ObjectMapper().readTree(file.toFile());
				if (id.equals(form.path("id").asText())) {
					found.add(form);
				}
			}
		}
		assertThat(found).as("form " + id).hasSize(1);
		return found.get(0);
	}

	private static void collect(JsonNode node, Set<String> keys, Set<String> reads) {
		for (JsonNode component : node.path("components")) {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			if (component.hasNonNull("valuesKey")) {
				reads.add(component.get("valuesKey").asText());
			}
			String dataSource = component.path("dataSource").asText("");
			if (dataSource.startsWith("=")) {
				reads.add(dataSource.substring(1).trim());
			}
			Matcher placeholder = PLACEHOLDER.matcher(component.path("text").asText(""));
			while (placeholder.find()) {
				reads.add(placeholder.group(1));
			}
			collect(component, keys, reads);
		}
	}

}
