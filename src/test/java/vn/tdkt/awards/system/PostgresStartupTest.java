package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.EmbeddedPostgresConfiguration;
import vn.tdkt.awards.support.OwnJvm;

/** The application on a real PostgreSQL 15 server (embedded, no Docker): Flyway, engine schema, reference data. */
@AppTest
@OwnJvm
@Import(EmbeddedPostgresConfiguration.class)
class PostgresStartupTest extends StartupChecks {

	/** The authorizations of a reviewer's groups that Tasklist's task query joins to the candidate tasks. */
	static final String GROUP_AUTHORIZATIONS = "select * from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2"
			+ " and (A.USER_ID_ in ('plan.user', '*') or A.GROUP_ID_ in ('PLAN.appraiser'))"
			+ " and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))";

	@Autowired
	JdbcTemplate jdbc;

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

	/**
	 * A group with 400 open tasks (one authorization each, as the engine grants them) among 4,000: the planner knows
	 * the group holds about 400 authorizations (without statistics on {@code PERMS_ & 2} it assumes two, and plans
	 * the task list as if comparing every task with every authorization cost nothing).
	 */
	@Test
	void thePlannerKnowsHowManyAuthorizationsAGroupHolds() {
		try {
			jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
					+ " select 'plan-' || g, 1, 1, case when g % 10 = 0 then 'PLAN.appraiser' else 'PLAN' || (g % 10)"
					+ " || '.appraiser' end, 7, 'plan-' || g, 2147483647 from generate_series(1, 4000) g");
			jdbc.execute("analyze act_ru_authorization");

			String plan = jdbc.queryForList("explain " + GROUP_AUTHORIZATIONS, String.class).get(0);
			Matcher rows = Pattern.compile("rows=(\\d+)").matcher(plan);
			assertThat(rows.find()).as(plan).isTrue();
			assertThat(Long.parseLong(rows.group(1))).as(plan).isBetween(200L, 800L);
			assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname in (?, ?)", Long.class,
					(Object[]) EnginePlannerStatistics.STATISTICS.stream().map(s -> s[0]).toArray(String[]::new)))
				.isEqualTo(2);
		}
		finally {
			jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like 'plan-%'");
		}
	}

	/** Completing a task, the engine looks for its subtasks: by our index, not by reading every open task. */
	@Test
	void aTasksSubtasksAreFoundByIndex_notByReadingEveryOpenTask() {
		try {
			jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, SUSPENSION_STATE_)"
					+ " select 'index-' || g, 1, 'Thẩm định hồ sơ', 50, 1 from generate_series(1, 5000) g");
			jdbc.execute("analyze act_ru_task");

			List<String> plan = jdbc.queryForList("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'index-7'",
					String.class);
			assertThat(String.join("\n", plan)).contains(EngineIndexes.INDEXES.get(0)[0]).doesNotContain("Seq Scan");
		}
		finally {
			jdbc.update("delete from ACT_RU_TASK where ID_ like 'index-%'");
		}
	}


	/**
	 * The org filter at 2,000 open tasks of one group among 6,000, a thousand of them due on the same day (a day's
	 * dossiers at year-end): its first page by due date (the Java API's and {@code /engine-rest}'s order) and the first
	 * page Tasklist asks for (the filter's due date, then Tasklist's own default, newest first) each walk the tasks in
	 * that order by an index of ours and stop at the page's end, and neither the lists nor the count sorts or hashes
	 * every task of the group (the query as the engine writes it, rewritten by {@link TaskQueryPlugin}).
	 */
	@Test
	void theOrgFiltersFirstPage_walksTheTasksByDueDate_andNothingHashesTheGroupsTasks() {
		String from = " from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D"
				+ " on RES.PROC_DEF_ID_ = D.ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ("
				+ " A.USER_ID_ in ( 'dueuser', '*') OR A.GROUP_ID_ IN ( 'duegroup' ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND"
				+ " A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ("
				+ " RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( 'duegroup'"
				+ " ) ) ) ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and"
				+ " (RES.TENANT_ID_ is null )";
		String list = "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.ASSIGNEE_" + from
				+ " order by RES.DUE_DATE_ asc, RES.ID_ asc LIMIT 50 OFFSET 0";
		String tasklist = "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.CREATE_TIME_, RES.ASSIGNEE_"
				+ from + " order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc LIMIT 15 OFFSET 0";
		String count = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_" + from + ") countDistinct";
		try {
			// a review task's row carries its name and description (ReviewTaskPresenter), some 300 characters
			jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, DESCRIPTION_, PRIORITY_, SUSPENSION_STATE_, DUE_DATE_,"
					+ " CREATE_TIME_) select 'due-' || g, 1, 'Thẩm định hồ sơ HS-2026-' || g, repeat('Đơn vị đề nghị. ', 20), 50,"
					+ " 1, timestamp '2026-12-10 17:00' + (g / 1000) * interval '1 day', timestamp '2026-11-20 08:00'"
					+ " + g * interval '1 minute' from generate_series(1, 6000) g");
			jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) select 'due-' || g, 1,"
					+ " case when g % 3 = 0 then 'duegroup' else 'othergroup' || (g % 20) end, 'candidate', 'due-' || g"
					+ " from generate_series(1, 6000) g");
			jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
					+ " select 'due-' || g, 1, 1, case when g % 3 = 0 then 'duegroup' else 'othergroup' || (g % 20) end, 7,"
					+ " 'due-' || g, 2147483647 from generate_series(1, 6000) g");
			jdbc.execute("analyze act_ru_task");
			jdbc.execute("analyze act_ru_identitylink");
			jdbc.execute("analyze act_ru_authorization");

			String rewrittenList = TaskQueryPlugin.rewrite(list, List.of()).sql();
			String listPlan = String.join("\n", jdbc.queryForList("explain " + rewrittenList, String.class));
			assertThat(listPlan).contains(EngineIndexes.INDEXES.get(1)[0]).doesNotContain("HashAggregate")
				.doesNotContain("Sort");
			String rewrittenTasklist = TaskQueryPlugin.rewrite(tasklist, List.of()).sql();
			String tasklistPlan = String.join("\n", jdbc.queryForList("explain " + rewrittenTasklist, String.class));
			assertThat(tasklistPlan).contains(EngineIndexes.INDEXES.get(2)[0]).doesNotContain("HashAggregate")
				.doesNotContain("Sort");
			assertThat(jdbc.queryForList(rewrittenTasklist)).hasSize(15).isEqualTo(jdbc.queryForList(tasklist));
			String rewrittenCount = TaskQueryPlugin.rewrite(count, List.of()).sql();
			assertThat(rewrittenCount).doesNotContainIgnoringCase("distinct RES");
			String countPlan = String.join("\n", jdbc.queryForList("explain " + rewrittenCount, String.class));
			assertThat(countPlan).doesNotContain("HashAggregate").doesNotContain("Unique");
			// every column of the task the count names is carried by our covering index, so PostgreSQL can count from
			// the index once vacuum has marked the table's pages all visible (whether it then does is the planner's
			// choice, seen in the benchmark: docs/benchmarks.md); the saved filters' counts also name the state (Tasklist
			// asks for active tasks), the assignee (candidate tasks only), the due and follow-up dates
			String filterConditions = " RES.SUSPENSION_STATE_ RES.ASSIGNEE_ RES.DUE_DATE_ RES.FOLLOW_UP_DATE_";
			assertThat(columnsOfTheTask(rewrittenCount + filterConditions)).isSubsetOf(coveringIndexColumns());
			// the same 50 tasks, in the same order, and the same count, as the engine's own statement
			assertThat(jdbc.queryForList(rewrittenList)).hasSize(50).isEqualTo(jdbc.queryForList(list));
			assertThat(jdbc.queryForObject(rewrittenCount, Long.class)).isEqualTo(jdbc.queryForObject(count, Long.class))
				.isEqualTo(2000);
		}
		finally {
			jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like 'due-%'");
			jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'due-%'");
			jdbc.update("delete from ACT_RU_TASK where ID_ like 'due-%'");
		}
	}


	private static java.util.Set<String> columnsOfTheTask(String sql) {
		java.util.Set<String> columns = new java.util.TreeSet<>();
		Matcher column = Pattern.compile("\\bRES\\.(\\w+)", Pattern.CASE_INSENSITIVE).matcher(sql);
		while (column.find()) {
			columns.add(column.group(1).toLowerCase());
		}
		return columns;
	}

	private java.util.Set<String> coveringIndexColumns() {
		return new java.util.TreeSet<>(jdbc.queryForList("select a.attname from pg_index i join pg_class c on c.oid ="
				+ " i.indexrelid join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where c.relname = ?",
				String.class, EngineIndexes.COVERING.get(0)[0]));
	}

	/**
	 * Before every query with authorization checks the engine reads which groups hold authorizations; with one per open
	 * task that read and hashed every authorization. Read by walking the engine's index instead: the same groups (and
	 * the null of users' authorizations, found by the first such row).
	 */
	@Test
	void theGroupsHoldingAuthorizations_areReadByIndex_andAreTheEnginesAnswer() {
		String engines = "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A";
		try {
			jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_,"
					+ " PERMS_) select 'groups-' || g, 1, 1, case when g % 7 = 0 then null else 'GROUPS' || (g % 40) end,"
					+ " case when g % 7 = 0 then 'groups.user' || g end, 7, 'groups-' || g, 2 from generate_series(1, 8000) g");
			jdbc.execute("analyze act_ru_authorization");

			String rewritten = AuthorizedGroups.rewrite(engines);
			assertThat(new java.util.HashSet<>(jdbc.queryForList(rewritten, String.class)))
				.isEqualTo(new java.util.HashSet<>(jdbc.queryForList(engines, String.class)))
				.contains((String) null, "GROUPS1", "GROUPS39");
			assertThat(String.join("\n", jdbc.queryForList("explain " + rewritten, String.class)))
				.contains("Index Only Scan using act_idx_auth_group_id").doesNotContain("HashAggregate").doesNotContain("Unique");
		}
		finally {
			jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like 'groups-%'");
		}
	}

}
