package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_VERIFY_OBJECTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.tdkt.awards.support.AppTest;

/**
 * The models in bpmn/ follow our conventions: file name = process id, meaningful ids, every service task and
 * listener a delegate bean that exists, every user task with candidate groups and a deployed Camunda Form, and the
 * reviewer contract's task ids and variables in the forms.
 */
@AppTest
class BpmnConventionsTest {

	static final Pattern ELEMENT_ID = Pattern
		.compile("^(startEvent|endEvent|serviceTask|callActivity|gateway|flow|timerEvent|messageEvent|subProcess|"
				+ "message|messageEventDefinition|timerEventDefinition)_[a-z][A-Za-z0-9]*$");

	/** The user-task ids outside clients rely on (SPEC §3) and our internal one. */
	static final Set<String> USER_TASKS = Set.of(TASK_APPRAISE, TASK_COUNCIL_VOTE, TASK_SIGN, TASK_VERIFY_OBJECTION);

	static final Pattern EXPRESSION_BEAN = Pattern.compile("^\\$\\{([a-zA-Z]+)\\}$");

	@Autowired
	ApplicationContext context;

	List<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
		}
	}

	@Test
	void idsAreMeaningfulAndFileNamesAreProcessIds() throws IOException {
		for (Path file : models()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Process process = model.getModelElementsByType(Process.class).iterator().next();
			assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
			assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
			for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
				String id = element.getId();
				if (element instanceof UserTask) {
					assertThat(USER_TASKS).as("user task id %s in %s", id, file).contains(id);
				}
				else {
					assertThat(id).as("element id in %s", file).matches(ELEMENT_ID);
				}
			}
		}
	}

	@Test
	void serviceTasksAndListenersAreDelegateBeansThatExist() throws IOException {
		for (Path file : models()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				assertThat(task.getCamundaClass()).as(task.getId()).isNull();
				assertBean(task.getCamundaDelegateExpression(), task);
				String expected = task.getId().substring("serviceTask_".length()) + "Delegate";
				assertThat(bean(task.getCamundaDelegateExpression())).as("delegate of %s", task.getId()).isEqualTo(expected);
			}
			for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
				assertBean(listener.getCamundaDelegateExpression(), (BaseElement) listener.getParentElement().getParentElement());
			}
		}
	}

	@Test
	void userTasksHaveCandidateGroupsAndADeployedForm() throws IOException {
		Set<String> formIds = new HashSet<>();
		try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
			for (Path form : forms.toList()) {
				formIds.add(new ObjectMapper().readTree(form.toFile()).get("id").asText());
			}
		}
		for (Path file : models()) {
			for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaCandidateGroups()).as("candidate groups of " + task.getId()).isNotBlank();
				assertThat(task.getCamundaFormRef()).as("formRef of " + task.getId()).isNotBlank();
				assertThat(formIds).contains(task.getCamundaFormRef());
			}
		}
	}

	private void assertBean(String expression, BaseElement owner) {
		assertThat(expression).as("delegate expression of " + owner.getId()).matches(EXPRESSION_BEAN);
		assertThat(context.containsBean(bean(expression))).as("bean %s of %s", bean(expression), owner.getId()).isTrue();
	}

	private static String bean(String expression) {
		Matcher m = EXPRESSION_BEAN.matcher(expression);
		return m.matches() ? m.group(1) : null;
	}


}
