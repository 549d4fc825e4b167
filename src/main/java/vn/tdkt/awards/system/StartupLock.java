package vn.tdkt.awards.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL database take turns: the engine's schema creation and our start-up
 * data (reference rows, groups, demo users, filters, the administrator) are check-then-create steps that would
 * collide. The first node takes a database lock (an advisory lock on a connection of its own) before the engine
 * builds, and lets it go when its start-up data is in place ({@link StartupData}); the others wait for it, then find
 * everything there. On H2 (one node) nothing happens.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

	/** The advisory lock's key, for this application ("awards" in ASCII). */
	static final long KEY = 0x6177617264735fL;

	private final DataSource dataSource;

	private Connection held;

	public StartupLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		acquire();
	}

	synchronized void acquire() {
		if (held != null) {
			return;
		}
		try {
			Connection connection = dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return;
			}
			long started = System.nanoTime();
			try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
				statement.setLong(1, KEY);
				statement.execute();
			}
			held = connection;
			LOG.info("Start-up lock taken ({} ms waited for other nodes)", (System.nanoTime() - started) / 1_000_000);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the start-up lock", ex);
		}
	}

	/** Start-up data in place: the next node may go on. */
	public synchronized void release() {
		if (held == null) {
			return;
		}
		try (Connection connection = held) {
			try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
				statement.setLong(1, KEY);
				statement.execute();
			}
			LOG.info("Start-up lock released");
		}
		catch (SQLException ex) {
			LOG.warn("Could not release the start-up lock (closing its connection does): {}", ex.getMessage());
		}
		finally {
			held = null;
		}
	}

	@EventListener
	void failed(ApplicationFailedEvent event) {
		release();
	}

}
