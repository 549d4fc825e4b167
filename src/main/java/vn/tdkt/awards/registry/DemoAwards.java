package vn.tdkt.awards.registry;

import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.reference.ReferenceDataLoader;
import vn.tdkt.awards.system.NotFoundException;

/**
 * The illustrative award data set of the reference data ({@code demo_awards.csv}: the seed report's counts for the
 * "Nông thôn mới" movement). Loaded only when an administrator asks, as registry rows with source {@code DEMO} and
 * made-up names ("minh họa"), so every report can tell them apart; removed the same way.
 */
@Service
public class DemoAwards {

	static final String FILE = "demo_awards.csv";

	private final ReferenceDataLoader referenceData;

	private final AwardRegistry registry;

	private final OrgRepository orgs;

	public DemoAwards(ReferenceDataLoader referenceData, AwardRegistry registry, OrgRepository orgs) {
		this.referenceData = referenceData;
		this.registry = registry;
		this.orgs = orgs;
	}

	/** How many demo awards the registry holds now, and whether this data set has any to load. */
	public record State(long loaded, boolean available) {
	}

	public State state() {
		return new State(registry.count(AwardRegistry.DEMO), !records().isEmpty());
	}

	/** Loads the data set once: a second call leaves the registry as it is. Returns the demo awards held. */
	@Transactional
	public long load() {
		List<CSVRecord> records = records();
		if (records.isEmpty()) {
			throw new NotFoundException("error.award.demo-missing");
		}
		long held = registry.count(AwardRegistry.DEMO);
		if (held > 0) {
			return held;
		}
		long added = 0;
		for (CSVRecord r : records) {
			SubjectType subject = SubjectType.valueOf(r.get("subject_type"));
			String orgName = orgs.find(r.get("org_code")).map(OrgUnit::name).orElse(r.get("org_code"));
			int count = Integer.parseInt(r.get("count"));
			for (int i = 1; i <= count; i++) {
				String label = Character.toUpperCase(subject.label().charAt(0)) + subject.label().substring(1);
				String name = "%s minh họa %02d – %s".formatted(label, i, orgName);
				registry.recordExternal(new AwardRegistry.External(r.get("award_type"), Integer.parseInt(r.get("year")),
						r.get("movement"), "PHONG_TRAO", subject.name(), name, orgName, r.get("org_code"),
						r.get("authority_org"), r.get("decision_number"), LocalDate.parse(r.get("decision_date"))),
						AwardRegistry.DEMO);
				added++;
			}
		}
		return added;
	}

	@Transactional
	public int remove() {
		return registry.removeAll(AwardRegistry.DEMO);
	}

	private List<CSVRecord> records() {
		return referenceData.readDataSet(FILE);
	}

}
