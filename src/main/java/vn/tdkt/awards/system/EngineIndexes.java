package vn.tdkt.awards.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes we own on the engine's tables, created at start-up when missing (the engine's schema is the engine's; these
 * only add to it, under names of ours).
 * <p>
 * {@code awards_task_parent}: completing or deleting a task, the engine looks for its subtasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); without an index that reads every open task, so each
 * completion costs more the more tasks are open (2.8 ms at 10,000 on the benchmark's machine, nine times per BK_TTG
 * dossier: docs/benchmarks.md, "Where the time goes").
 * <p>
 * {@code awards_task_due}: every saved Tasklist filter lists a reviewer's tasks by due date ({@code ReviewerFilters});
 * with this index the first page walks the tasks in that order and stops at the page's end, instead of reading and
 * sorting every task of the user's groups (thousands at a province's year-end: docs/benchmarks.md, "The task list at
 * thousands of open tasks in one group").
 * <p>
 * {@code awards_task_due_created}: Tasklist adds its own sorting after the filter's, newest first unless the reviewer
 * picks another, so the page it asks for is by due date, then creation time, descending; tasks due on the same day
 * are many at year-end, and without this index every task of the user's groups was read and sorted for each page
 * (docs/benchmarks.md, "The task list as Tasklist asks for it").
 * <p>
 * {@code awards_task_visible} (PostgreSQL): every task list also counts the tasks of the user's groups, reading each
 * one's row, wide with its name and description; this index carries the columns the count's conditions name (state,
 * tenant, assignee, process definition, case, and the due and follow-up dates of the "due soon" and "overdue"
 * filters), so the count can read the index, a fraction of the table, wherever vacuum has marked the table's pages
 * all visible (the same section).
 */
@Component
@Order(1)
class EngineIndexes implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

	/** Name, table and column(s). */
	static final List<String[]> INDEXES = List.<String[]>of(new String[] { "awards_task_parent", "act_ru_task", "parent_task_id_" },
			new String[] { "awards_task_due", "act_ru_task", "due_date_, id_" },
			new String[] { "awards_task_due_created", "act_ru_task", "due_date_, create_time_ desc" });

	/** On PostgreSQL only (INCLUDE): name, table, key column, the columns carried along. */
	static final List<String[]> COVERING = List.<String[]>of(new String[] { "awards_task_visible", "act_ru_task", "id_",
			"suspension_state_, tenant_id_, assignee_, proc_def_id_, case_execution_id_, due_date_, follow_up_date_" });

	private final JdbcTemplate jdbc;

	EngineIndexes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String[] index : INDEXES) {
			create(index[0], "create index if not exists %s on %s (%s)".formatted(index[0], index[1], index[2]));
		}
		String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(product)) {
			for (String[] index : COVERING) {
				create(index[0], "create index if not exists %s on %s (%s) include (%s)".formatted((Object[]) index));
			}
		}
	}

	private void create(String name, String statement) {
		try {
			jdbc.execute(statement);
		}
		catch (DataAccessException ex) {
			// another node creating it at the same moment: the query is slower, not wrong
			LOG.warn("Index {} not created: {}", name, ex.getMostSpecificCause().getMessage());
		}
	}

}
