package vn.tdkt.awards.system;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics on the engine's authorization table that its task queries need to be planned well.
 * <p>
 * Tasklist's task list joins every candidate task to the authorizations of the user's groups on
 * {@code RESOURCE_ID_ IN (task id, process key, '*')} and filters them on {@code PERMS_ & 2 = 2}. Without statistics
 * on that expression PostgreSQL assumes a group holds two authorizations, so comparing every task with every
 * authorization looks free; with them it knows the group holds one per open task and can weigh that against looking
 * each task's authorizations up in the engine's index on {@code RESOURCE_ID_} (which it picks or not depending on the
 * data: see docs/benchmarks.md). Expression statistics exist from PostgreSQL 14; older servers only log a warning.
 */
@Component
@Order(1)
class EnginePlannerStatistics implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(EnginePlannerStatistics.class);

	/** Name, expression: TASK READ (2) and PROCESS_DEFINITION READ_TASK (64), the task query's permission checks. */
	static final List<String[]> STATISTICS = List.of(new String[] { "awards_auth_perms_read", "(perms_ & 2)" },
			new String[] { "awards_auth_perms_read_task", "(perms_ & 64)" });

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	EnginePlannerStatistics(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if (!"PostgreSQL".equals(product)) {
			return;
		}
		try {
			for (String[] statistics : STATISTICS) {
				jdbc.execute("create statistics if not exists %s on %s from act_ru_authorization"
					.formatted(statistics[0], statistics[1]));
			}
			jdbc.execute("analyze act_ru_authorization");
		}
		catch (DataAccessException ex) {
			// another node creating them at the same moment, or a server before PostgreSQL 14: plans are slower, not wrong
			LOG.warn("Statistics on act_ru_authorization not created: {}", ex.getMostSpecificCause().getMessage());
		}
	}

}
