package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * Opening a new review task writes nothing: Tasklist reads a task's form variables and claims it in requests that run
 * at once, and a read that wrote the process instance's row (the engine's note that the instance holds variables,
 * left set by the transient due dates) made one of them fail with ENGINE-03005 now and then.
 */
@AppTest
class OpenTaskReadTest {

	@Autowired
	ProcessDriver driver;

	@Autowired
	FormService forms;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readingANewTasksVariables_leavesTheInstanceUntouched() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", ProcessDriver.person("Người đọc"));
		driver.runJobs();
		assertNothingWrittenByReading(id, TASK_APPRAISE, "giaothuy.chuyenvien", "GIAO_THUY.appraiser");
		driver.approve(id, "giaothuy.chuyenvien");
		assertNothingWrittenByReading(id, TASK_SIGN, "giaothuy.chutich", "GIAO_THUY.leader");
	}

	private void assertNothingWrittenByReading(String dossierId, String key, String user, String group) {
		String taskId = driver.task(dossierId, key).getId();
		List<Map<String, Object>> before = executions(taskId);
		identity.setAuthentication(user, List.of(group));
		try {
			forms.getTaskFormVariables(taskId);
			tasks.getVariables(taskId);
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(executions(taskId)).as("the %s task's executions after a read", key).isEqualTo(before);
	}

	private List<Map<String, Object>> executions(String taskId) {
		return jdbc.queryForList("select ID_, REV_, CACHED_ENT_STATE_ from ACT_RU_EXECUTION where PROC_INST_ID_ in"
				+ " (select PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?) order by ID_", taskId);
	}

}
