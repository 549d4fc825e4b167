package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.EmbeddedPostgresConfiguration;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/** The application on a real PostgreSQL 15 server (embedded, no Docker): Flyway, engine schema, reference data. */
@AppTest
@OwnJvm
@Import(EmbeddedPostgresConfiguration.class)
class PostgresStartupTest extends StartupChecks {

	/** Tasklist's task count for a reviewer, as the engine writes it (authorization join included). */
	static final String TASK_COUNT = "select count(*) from (select distinct RES.ID_ from ACT_RU_TASK RES"
			+ " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
			+ " left join (select A.* from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 and (A.USER_ID_ in ('plan.user', '*')"
			+ " or A.GROUP_ID_ in ('PLAN.appraiser')) and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2 or A.RESOURCE_TYPE_ = 6"
			+ " and A.PERMS_ & 64 = 64))) AUTH on (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')) where RES.ASSIGNEE_ is null"
			+ " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('PLAN.appraiser') and (RES.CASE_EXECUTION_ID_ is not null"
			+ " or AUTH.RESOURCE_ID_ is not null) and RES.TENANT_ID_ is null) c";

	@Autowired
	JdbcTemplate jdbc;

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

	/**
	 * A group with 400 open tasks (one authorization each, as the engine grants them) among 4,000: the task list looks
	 * each task's authorizations up by resource id rather than comparing all tasks with all authorizations.
	 */
	@Test
	void aReviewersTaskList_looksAuthorizationsUpByIndex() {
		String definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(AwardNominationProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		try {
			jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, PROC_DEF_ID_, PRIORITY_, SUSPENSION_STATE_, CREATE_TIME_,"
					+ " TASK_DEF_KEY_) select 'plan-' || g, 1, 'appraise', ?, 50, 1, now(), 'appraise'"
					+ " from generate_series(1, 4000) g", definition);
			jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) select 'plan-' || g, 1,"
					+ " case when g % 10 = 0 then 'PLAN.appraiser' else 'PLAN' || (g % 10) || '.appraiser' end, 'candidate',"
					+ " 'plan-' || g from generate_series(1, 4000) g");
			jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
					+ " select 'plan-' || g, 1, 1, case when g % 10 = 0 then 'PLAN.appraiser' else 'PLAN' || (g % 10)"
					+ " || '.appraiser' end, 7, 'plan-' || g, 2147483647 from generate_series(1, 4000) g");
			jdbc.execute("analyze act_ru_task");
			jdbc.execute("analyze act_ru_identitylink");
			jdbc.execute("analyze act_ru_authorization");

			assertThat(jdbc.queryForObject(TASK_COUNT, Long.class)).isEqualTo(400);
			String plan = String.join("\n", jdbc.queryForList("explain " + TASK_COUNT, String.class));
			assertThat(plan).as(plan).contains("act_idx_auth_resource_id").doesNotContain("Materialize");
			assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname in (?, ?)", Long.class,
					(Object[]) EnginePlannerStatistics.STATISTICS.stream().map(s -> s[0]).toArray(String[]::new)))
				.isEqualTo(2);
		}
		finally {
			for (String table : List.of("ACT_RU_AUTHORIZATION", "ACT_RU_IDENTITYLINK", "ACT_RU_TASK")) {
				jdbc.update("delete from " + table + " where ID_ like 'plan-%'");
			}
		}
	}

}
