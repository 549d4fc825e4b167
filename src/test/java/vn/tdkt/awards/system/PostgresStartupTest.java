package vn.tdkt.awards.system;

import org.springframework.context.annotation.Import;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.EmbeddedPostgresConfiguration;

/** The application on a real PostgreSQL 15 server (embedded, no Docker): Flyway, engine schema, reference data. */
@AppTest
@OwnJvm
@Import(EmbeddedPostgresConfiguration.class)
class PostgresStartupTest extends StartupChecks {

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

}
