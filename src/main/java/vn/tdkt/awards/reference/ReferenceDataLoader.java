package vn.tdkt.awards.reference;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.system.AwardsProperties;
import vn.tdkt.awards.system.ReferenceVersion;
import vn.tdkt.awards.system.StartupStep;

/**
 * Loads the reference data from versioned CSV files under {@code classpath:reference/}: the national files (central
 * orgs, the register of administrative units, award types, council rules, legal durations and bases, intake
 * deadlines, holidays) and the chosen data set's movements ({@code awards.reference-data}); the data set's org tree
 * through time is the org module's step, before this one.
 * A row whose key is already present keeps its values; only its empty columns are filled from the file
 * ({@link CsvTables}).
 */
@Component
@Order(20)
public class ReferenceDataLoader implements StartupStep {

	private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final CsvTables csv;

	private final AwardsProperties properties;

	private final ReferenceVersion version;

	public ReferenceDataLoader(CsvTables csv, AwardsProperties properties, ReferenceVersion version) {
		this.csv = csv;
		this.properties = properties;
		this.version = version;
	}

	public DataSet dataSet() {
		return DataSet.read(properties.referenceData(), csv);
	}

	@Override
	@Transactional
	public void run() {
		// before any row: every node's copies of the reference tables reload once this commits (a release's new rows,
		// its filled columns, its migrations), and writers of reference data take the version first
		version.changed();
		DataSet set = dataSet();
		int added = csv.load("reference/national/award_type.csv", "award_type", "code");
		added += csv.load("reference/national/award_council_rule.csv", "award_council_rule", "award_type", "org_level",
				"valid_from");
		added += csv.load("reference/national/legal_duration.csv", "legal_duration", "code", "org_level", "valid_from");
		added += csv.load("reference/national/intake_deadline.csv", "intake_deadline", "award_type", "org_level",
				"valid_from");
		added += csv.load("reference/national/dossier_document.csv", "dossier_document", "award_type", "document_type",
				"valid_from");
		added += csv.load("reference/national/public_holiday.csv", "public_holiday", "holiday_date");
		added += csv.load("reference/national/working_weekend_day.csv", "working_weekend_day", "work_date");
		for (String movements : set.periodFiles("movement.csv")) {
			added += csv.load(movements, "movement", "code");
		}
		added += csv.load("reference/national/legal_basis.csv", "legal_basis", "code", "valid_from");
		added += csv.load("reference/national/certificate_layout.csv", "certificate_layout", "award_type");
		added += csv.load("reference/national/eligibility_rule_set.csv", "eligibility_rule_set", "code");
		LOG.info("Reference data '{}' ready ({} rows added)", set.name(), added);
	}

	/** Reads a CSV file of the reference folder as records. */
	public List<CSVRecord> read(String path) {
		return csv.records(path);
	}

	/**
	 * The records of a file of the data set: the national file of that name, then each period's (demo users, demo
	 * awards).
	 */
	public List<CSVRecord> readDataSet(String file) {
		List<CSVRecord> records = new ArrayList<>(csv.records("reference/national/" + file));
		for (String path : dataSet().periodFiles(file)) {
			records.addAll(csv.records(path));
		}
		return records;
	}

}
