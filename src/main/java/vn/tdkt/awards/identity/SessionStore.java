package vn.tdkt.awards.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (shared by every node): two requests of one session that add the same attribute at once
 * (a page and its scripts right after a login, each setting the webapps' authentication) must not collide on the
 * attributes' primary key, so an attribute is upserted — PostgreSQL's {@code ON CONFLICT}, H2's {@code MERGE}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell the database of the session store", ex);
		}
		if (product.contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (product.contains("h2")) {
			return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
		}
		return repository -> {
		};
	}

}
