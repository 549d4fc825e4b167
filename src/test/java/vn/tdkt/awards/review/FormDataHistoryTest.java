package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.review.ReviewTask.Names;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The review tasks' form data are on the open task for Tasklist and leave no engine history; the reviewer's answers
 * keep theirs, every value of them.
 */
@AppTest
class FormDataHistoryTest {

	@Autowired
	ProcessDriver driver;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void formData_isOnTheOpenTask_butNotInHistory_whileTheAnswersKeepTheirs() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Nguyễn Văn Giữ"),
				person("Trần Thị Bớt"));
		List<Long> nominees = driver.nomineeIds(id);
		String appraisal = driver.task(id, TASK_APPRAISE).getId();
		// what Tasklist's form reads, while the task is open
		assertThat(tasks.getVariablesLocal(appraisal)).containsKeys(Names.DOSSIER_SUMMARY, Names.NOMINEE_TABLE,
				Names.ELIGIBILITY_SUMMARY, Names.DOCUMENT_LINKS, Names.REVIEW_HISTORY, Names.NOMINEE_OPTIONS,
				Names.APPROVED_NOMINEES);

		driver.approve(id, "giaothuy.chuyenvien", nominees.get(0));
		assertThat(tasks.getVariablesLocal(driver.task(id, TASK_COUNCIL_VOTE).getId())).containsKeys(
				Names.COUNCIL_RULE, Names.VOTE_IDS, Names.VOTE_NAMES);
		driver.vote(id, "giaothuy.thuky", 9, 9, 7);
		assertThat(tasks.getVariablesLocal(driver.task(id, TASK_SIGN).getId())).containsKeys(Names.DOSSIER_SUMMARY,
				Names.DECIDING_HOP);
		driver.sign(id, "giaothuy.chutich");

		String root = jdbc.sql("select distinct root_proc_inst_id_ from act_hi_procinst where business_key_ = ?")
			.param(id)
			.query(String.class)
			.single();
		List<String> instances = jdbc.sql("select id_ from act_hi_procinst where root_proc_inst_id_ = ?")
			.param(root)
			.query(String.class)
			.list();
		List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.includeDeleted()
			.list();
		List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceIdIn(instances.toArray(String[]::new))
			.variableUpdates()
			.orderPartiallyByOccurrence()
			.asc()
			.list();
		assertThat(variables).extracting(HistoricVariableInstance::getName)
			.contains(Names.OUTCOME, Names.APPROVED_NOMINEES)
			.doesNotContainAnyElementsOf(FormDataHistory.FORM_DATA);
		assertThat(details).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
			.doesNotContainAnyElementsOf(FormDataHistory.FORM_DATA);
		// the answer's whole history: the form's default (everyone ticked), then the appraiser's choice
		assertThat(details.stream()
			.map(d -> (HistoricVariableUpdate) d)
			.filter(d -> d.getVariableName().equals(Names.APPROVED_NOMINEES) && d.getValue() != null)
			.map(d -> d.getValue().toString().replace(" ", ""))
			.toList()).containsExactly("[\"%d\",\"%d\"]".formatted(nominees.get(0), nominees.get(1)),
					"[%d]".formatted(nominees.get(0)));
		// nor are copies of their values kept as the history's byte arrays
		assertThat(jdbc.sql("select count(*) from act_ge_bytearray where root_proc_inst_id_ = ? and name_ in (?, ?, ?)")
			.params(root, Names.NOMINEE_TABLE, Names.NOMINEE_OPTIONS, Names.APPROVED_NOMINEES)
			.query(Long.class)
			.single()).as("the history's copies of Json values: approvedNominees only").isPositive();
		assertThat(jdbc.sql("select count(*) from act_ge_bytearray where root_proc_inst_id_ = ? and name_ in (?, ?)")
			.params(root, Names.NOMINEE_TABLE, Names.NOMINEE_OPTIONS)
			.query(Long.class)
			.single()).isZero();
	}

}
