package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The task query's authorization join rewritten into hashed memberships answers exactly as the engine's own
 * statement, for reviewers of several orgs and levels, nominators and the administrator (H2 here; PostgreSQL in
 * EngineRestPostgresTest); the SQL and its parameters rewritten in place.
 */
@AppTest
class TaskQueryPluginTest {

	@Autowired
	ProcessDriver driver;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	FilterService filters;

	@Test
	void reviewersSeeTheSameTasks_withAndWithoutTheRewrite() {
		List<String> keys = TaskQueryComparison.dossiersAtSeveralLevels(driver);
		// one claimed by its appraiser
		String claimed = driver.task(keys.get(0), TASK_APPRAISE).getId();
		tasks.claim(claimed, "giaothuy.chuyenvien");
		TaskQueryComparison.withASecondCandidateGroup(tasks, claimed, () -> TaskQueryComparison.assertSameAnswers(identity,
				tasks, filters, List.of("giaothuy.chuyenvien", "giaothuy.chutich", "namdinh.chuyenvien", "giaophong.canbo",
						"sotuphap.canbo", "bnv.chuyenvien", "admin"), keys));
	}

	@Test
	void theJoinIsReplacedInPlace_andItsParametersRepeatedThere() {
		Configuration configuration = new Configuration();
		List<ParameterMapping> parameters = new ArrayList<>();
		for (String name : List.of("before", "user", "group", "type", "perms", "perms2", "after")) {
			parameters.add(new ParameterMapping.Builder(configuration, name, Object.class).build());
		}
		String sql = "select distinct RES.ID_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ and"
				+ " I.X = ? left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n left join\n (\n SELECT A.*\n FROM"
				+ " ACT_RU_AUTHORIZATION A\n WHERE A.TYPE_ < 2\n AND ( A.USER_ID_ in ( ?, '*')\n OR A.GROUP_ID_ IN ( ? ) )\n"
				+ " AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )\n ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ ,"
				+ " '*' )) WHERE RES.NAME_ = ? and (AUTH.RESOURCE_ID_ IS NOT NULL)";
		var rewritten = TaskQueryPlugin.rewrite(sql, parameters);
		assertThat(rewritten).isNotNull();
		assertThat(rewritten.sql()).doesNotContain("SELECT A.*").contains("left join (SELECT 'granted' AS RESOURCE_ID_) AUTH ON (RES.ID_ IN (")
			.contains(") OR D.KEY_ IN (").contains(") OR '*' IN (").endsWith("WHERE RES.NAME_ = ? and (AUTH.RESOURCE_ID_ IS NOT NULL)");
		assertThat(rewritten.sql().chars().filter(c -> c == '?').count()).isEqualTo(rewritten.parameters().size())
			.isEqualTo(1 + 3 * 5 + 1);
		assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty)
			.containsExactly("before", "user", "group", "type", "perms", "perms2", "user", "group", "type", "perms",
					"perms2", "user", "group", "type", "perms", "perms2", "after");
		assertThat(TaskQueryPlugin.rewrite("select * from ACT_RU_TASK RES where RES.ID_ = ?", parameters.subList(0, 1)))
			.as("another shape runs unchanged").isNull();
	}

}
