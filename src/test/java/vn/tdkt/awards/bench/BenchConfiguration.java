package vn.tdkt.awards.bench;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The benchmark's additions to the application: the bare route's no-op bean, a commit counter on the DataSource.
 * Registered only by {@link Benchmark} as a source (no stereotype: component scanning in the tests leaves it out).
 */
class BenchConfiguration {

	static final AtomicLong COMMITS = new AtomicLong();

	@Bean
	BareRoute.Route benchRoute() {
		return new BareRoute.Route();
	}

	@Bean
	BareRoute.Noop benchNoop() {
		return new BareRoute.Noop();
	}

	@Bean
	static BeanPostProcessor countCommits() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource ds && name.equals("dataSource") ? new CountingDataSource(ds) : bean;
			}
		};
	}

	/** Counts commits, i.e. database transactions. */
	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String user, String password) throws SQLException {
			return counting(super.getConnection(user, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().equals("commit")) {
							COMMITS.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (java.lang.reflect.InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
