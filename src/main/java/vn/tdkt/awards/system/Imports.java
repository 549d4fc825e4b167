package vn.tdkt.awards.system;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;


/**
 * How every table import runs: a file over {@code awards.imports.max-size} is refused before it is read (413), its
 * rows are read as a stream and more than {@code awards.imports.max-rows} refuse it (400), then the importer checks
 * and writes them. Each import is counted and timed at {@code /actuator/prometheus} as
 * {@code awards_imports_seconds{kind, outcome}}: {@code imported}, {@code refused} (rows with problems, nothing
 * written) or {@code failed} (the file refused or unreadable, or an error).
 */
@Component
public class Imports {

	private final MeterRegistry registry;

	private final long maxBytes;

	private final int maxRows;

	public Imports(MeterRegistry registry, @Value("${awards.imports.max-size:10MB}") DataSize maxSize,
			@Value("${awards.imports.max-rows:20000}") int maxRows) {
		this.registry = registry;
		this.maxBytes = maxSize.toBytes();
		this.maxRows = maxRows;
	}

	/** The most data rows one import takes (shown on the import pages). */
	public int maxRows() {
		return maxRows;
	}

	public long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}

	public ImportReport run(String kind, byte[] content, Function<List<Map<String, String>>, ImportReport> importer) {
		Timer.Sample sample = Timer.start(registry);
		String outcome = "failed";
		try {
			if (content.length > maxBytes) {
				throw new FileTooLargeException("error.system.import-too-large", maxBytes / (1024 * 1024));
			}
			ImportReport report = importer.apply(TableFile.read(content, maxRows));
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
