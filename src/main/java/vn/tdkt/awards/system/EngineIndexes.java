package vn.tdkt.awards.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
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
 */
@Component
@Order(1)
class EngineIndexes implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

	/** Name, table and column(s). */
	static final List<String[]> INDEXES = List.<String[]>of(new String[] { "awards_task_parent", "act_ru_task", "parent_task_id_" },
			new String[] { "awards_task_due", "act_ru_task", "due_date_, id_" });

	private final JdbcTemplate jdbc;

	EngineIndexes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String[] index : INDEXES) {
			try {
				jdbc.execute("create index if not exists %s on %s (%s)".formatted(index[0], index[1], index[2]));
			}
			catch (DataAccessException ex) {
				// another node creating it at the same moment: the query is slower, not wrong
				LOG.warn("Index {} not created: {}", index[0], ex.getMostSpecificCause().getMessage());
			}
		}
	}

}
