package vn.tdkt.awards.support;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL 15 server for the Spring context, started in-process from Maven Central binaries (no Docker).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres() throws IOException {
		// no shutdown hook of its own: Spring closes the DataSource first, then this bean
		return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setServerConfig("random_page_cost", "1.1").start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(8);
		return dataSource;
	}

}
