package vn.tdkt.awards.system;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Imports at {@code /actuator/prometheus}: {@code awards_imports_seconds{kind, outcome}} counts and times every import
 * of a file, by what it imports (awards, history, …) and how it ended: {@code imported}, {@code refused} (rows with
 * problems, nothing written) or {@code failed} (the file could not be read, or an error).
 */
@Component
public class ImportMetrics {

	private final MeterRegistry registry;

	public ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public ImportReport time(String kind, Supplier<ImportReport> body) {
		Timer.Sample sample = Timer.start(registry);
		String outcome = "failed";
		try {
			ImportReport report = body.get();
			outcome = report.ok() ? "imported" : "refused";
			return report;
		}
		finally {
			sample.stop(Timer.builder("awards.imports")
				.description("Imports of files, by what they import and how they ended")
				.tag("kind", kind)
				.tag("outcome", outcome)
				.register(registry));
		}
	}

}
