package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.junit.jupiter.api.Test;

/**
 * A task query the plugin leaves as it is runs the statement the plugin built to look at it: the engine's task query
 * is built once, not twice (building it is a good part of its cost).
 */
class TaskQueryPluginStatementTest {

	@Test
	void aTaskQueryThatNeedsNoRewrite_isBuiltOnce_andRunAsBuilt() throws Throwable {
		Configuration configuration = new Configuration();
		AtomicInteger built = new AtomicInteger();
		String sql = "select distinct RES.* from ACT_RU_TASK RES WHERE RES.PROC_INST_ID_ = ?";
		SqlSource source = parameter -> {
			built.incrementAndGet();
			return new BoundSql(configuration, sql, List.of(), parameter);
		};
		MappedStatement statement = new MappedStatement.Builder(configuration,
				"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria", source,
				SqlCommandType.SELECT).build();
		List<BoundSql> ran = new ArrayList<>();
		Executor executor = (Executor) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Executor.class },
				(proxy, method, args) -> switch (method.getName()) {
					case "createCacheKey" -> new CacheKey();
					case "query" -> {
						assertThat(args).as("the executor's query with the statement already built").hasSize(6);
						ran.add((BoundSql) args[5]);
						yield List.of();
					}
					default -> throw new UnsupportedOperationException(method.getName());
				});
		Invocation invocation = new Invocation(executor,
				Executor.class.getMethod("query", MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class),
				new Object[] { statement, "parameter", RowBounds.DEFAULT, null });

		new TaskQueryPlugin.Rewrite(false).intercept(invocation);

		assertThat(built).hasValue(1);
		assertThat(ran).singleElement().satisfies(b -> assertThat(b.getSql()).isEqualTo(sql));
	}

}
