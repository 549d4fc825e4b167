package vn.tdkt.awards.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tasklist's task list stays flat at thousands of open tasks in one group. The engine checks a task query's
 * authorizations by joining every candidate task to every authorization of the user's groups on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}; Camunda grants a group one authorization per task it is a
 * candidate for, and no database can hash a join on such a list, so the query compares every task with every
 * authorization: its time grows with the square of a group's open tasks (docs/benchmarks.md).
 * <p>
 * This plugin (a MyBatis interceptor on the engine's session factory, added by a process engine plugin) rewrites that
 * join into the same condition as three memberships the database evaluates with one hash table
 * each: {@code RES.ID_ IN (the user's authorizations) OR D.KEY_ IN (…) OR '*' IN (…)}. The authorizations, the
 * permissions they must grant, the rows and their order are the engine's own (its SQL and its parameters, each used
 * three times at its place); the derived table keeps the name {@code AUTH} with a non-null {@code RESOURCE_ID_} where
 * the join matched, for the engine's {@code AUTH.RESOURCE_ID_ IS NOT NULL} test under a left join. A statement whose
 * shape is not recognised (another engine version, revoke checks on) runs unchanged. It then rewrites the candidate
 * join, which repeats a task once per matching identity link under a DISTINCT of the whole task row, as an EXISTS
 * ({@link CandidateLinkRewrite}); nothing else of the statement changes. On PostgreSQL it also reads the groups that
 * hold authorizations, which the engine asks before every query with authorization checks, by index
 * ({@link AuthorizedGroups}).
 * <p>
 * Applies to the task query's list and count ({@code selectTaskByQueryCriteria}, {@code selectTaskCountByQueryCriteria}):
 * Tasklist's filters, {@code GET /engine-rest/task}, and {@code TaskService.createTaskQuery()} with a user.
 * {@code awards.engine.task-query-rewrite=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "awards.engine.task-query-rewrite", havingValue = "true", matchIfMissing = true)
public class TaskQueryPlugin extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(TaskQueryPlugin.class);

	/** How many task queries were rewritten since start (tests check that the shape was recognised). */
	static final java.util.concurrent.atomic.AtomicLong REWRITTEN = new java.util.concurrent.atomic.AtomicLong();

	/** Set by tests to run the engine's own statement and compare. */
	static final ThreadLocal<Boolean> BYPASS = ThreadLocal.withInitial(() -> false);

	static final Set<String> STATEMENTS = Set.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");

	static final Pattern AUTH_JOIN = Pattern.compile("(inner|left)\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+(\\S*ACT_RU_AUTHORIZATION)"
			+ "\\s+A\\s+WHERE\\s+(.*?)\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,"
			+ "\\s*'\\*'\\s*\\)\\s*\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		boolean postgres = "postgres".equals(configuration.getDatabaseType());
		configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite(postgres));
		LOG.info("Task queries: authorization join rewritten into hashed memberships, candidate join into EXISTS{}"
				+ " (awards.engine.task-query-rewrite)", postgres ? ", authorized groups read by index" : "");
	}

	/**
	 * The task query's SQL with its authorization join and its candidate join rewritten (each where its shape is
	 * recognised), and its parameters to match; null when neither was.
	 */
	static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
		Rewritten authorized = authorizations(sql, parameters);
		Rewritten current = authorized == null ? new Rewritten(sql, parameters) : authorized;
		String candidates = CandidateLinkRewrite.rewrite(current.sql());
		if (candidates == null) {
			return authorized;
		}
		return new Rewritten(candidates, current.parameters());
	}

	/** The authorization join as three hashed memberships, its parameters repeated at their places; null if not that shape. */
	static Rewritten authorizations(String sql, List<ParameterMapping> parameters) {
		Matcher join = AUTH_JOIN.matcher(sql);
		if (!join.find()) {
			return null;
		}
		String condition = join.group(3);
		int before = placeholders(sql.substring(0, join.start(3)));
		int within = placeholders(condition);
		if (before + within > parameters.size()) {
			return null;
		}
		String authorizations = "SELECT A.RESOURCE_ID_ FROM " + join.group(2) + " A WHERE " + condition;
		String replacement = join.group(1) + " join (SELECT 'granted' AS RESOURCE_ID_) AUTH ON (RES.ID_ IN ("
				+ authorizations + ") OR D.KEY_ IN (" + authorizations + ") OR '*' IN (" + authorizations + "))";
		List<ParameterMapping> mappings = new ArrayList<>(parameters.subList(0, before));
		for (int i = 0; i < 3; i++) {
			mappings.addAll(parameters.subList(before, before + within));
		}
		mappings.addAll(parameters.subList(before + within, parameters.size()));
		return new Rewritten(sql.substring(0, join.start()) + replacement + sql.substring(join.end()), mappings);
	}

	record Rewritten(String sql, List<ParameterMapping> parameters) {
	}

	/** The groups holding authorizations, read by walking the engine's index ({@link AuthorizedGroups}). */
	static Rewritten authorizedGroups(BoundSql bound) {
		String sql = AuthorizedGroups.rewrite(bound.getSql());
		return sql == null || !bound.getParameterMappings().isEmpty() ? null : new Rewritten(sql, List.of());
	}

	private static int placeholders(String sql) {
		int count = 0;
		for (int i = 0; i < sql.length(); i++) {
			if (sql.charAt(i) == '?') {
				count++;
			}
		}
		return count;
	}

	@Intercepts(@Signature(type = Executor.class, method = "query",
			args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
	static final class Rewrite implements Interceptor {

		private final boolean postgres;

		Rewrite(boolean postgres) {
			this.postgres = postgres;
		}

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			Object[] args = invocation.getArgs();
			MappedStatement statement = (MappedStatement) args[0];
			String id = statement.getId();
			String name = id.substring(id.lastIndexOf('.') + 1);
			boolean groups = postgres && AuthorizedGroups.STATEMENT.equals(name);
			if (BYPASS.get() || !(groups || STATEMENTS.contains(name))) {
				return invocation.proceed();
			}
			Object parameter = args[1];
			BoundSql bound = statement.getBoundSql(parameter);
			Rewritten rewritten = groups ? authorizedGroups(bound) : rewrite(bound.getSql(), bound.getParameterMappings());
			BoundSql run = bound;
			if (rewritten != null) {
				REWRITTEN.incrementAndGet();
				run = new BoundSql(statement.getConfiguration(), rewritten.sql(), rewritten.parameters(), parameter);
				for (Map.Entry<String, Object> additional : bound.getAdditionalParameters().entrySet()) {
					run.setAdditionalParameter(additional.getKey(), additional.getValue());
				}
			}
			// what the executor's own query(statement, parameter, rows, handler) does after building the statement:
			// the statement built here is run as it is (building the task query's is a good part of its cost). Other
			// interceptors of that four-argument query would be passed by for the statements looked at here; the engine
			// registers none, and this plugin is the application's only one.
			Executor executor = (Executor) invocation.getTarget();
			RowBounds rows = (RowBounds) args[2];
			CacheKey key = executor.createCacheKey(statement, parameter, rows, run);
			return executor.query(statement, parameter, rows, (ResultHandler<?>) args[3], key, run);
		}

	}

}
