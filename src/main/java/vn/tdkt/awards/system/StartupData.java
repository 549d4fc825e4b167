package vn.tdkt.awards.system;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to the reference data before traffic is accepted: each module's {@link StartupStep}, in their
 * order. Nodes starting together on one database take turns ({@link StartupLock}).
 */
@Component
@Order(0)
class StartupData implements ApplicationRunner {

	private final List<StartupStep> steps;

	private final StartupLock lock;

	/** {@code steps} come sorted by their {@code @Order}. */
	StartupData(List<StartupStep> steps, StartupLock lock) {
		this.steps = steps;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			steps.forEach(StartupStep::run);
		}
		finally {
			// taken before the engine built its schema: nodes starting together take turns (StartupLock)
			lock.release();
		}
	}

}
