package vn.tdkt.awards.reorganization;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.reference.ReferenceAudit;
import vn.tdkt.awards.reorganization.Reorganization.Applied;
import vn.tdkt.awards.reorganization.Reorganization.Plan;
import vn.tdkt.awards.reorganization.Reorganization.Request;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/** The reorganizations applied: one row each with what moved, and its line in the reference data's audit. */
@Component
public class ReorganizationLog {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcClient jdbc;

	private final ReferenceAudit audit;

	private final AppClock clock;

	ReorganizationLog(JdbcClient jdbc, ReferenceAudit audit, AppClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records an applied reorganization, in its transaction; returns its id. */
	long record(Request r, Plan plan, String actor) {
		String merges = json(r.merges());
		int users = plan.moveUsers() ? plan.users().size() : 0;
		jdbc.sql("insert into reorganization (effective_from, legal_basis, merges, applied_at, actor, dossiers_moved,"
				+ " tasks_moved, users_moved) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.effectiveFrom(), r.legalBasis(), merges, clock.localNow(), actor, plan.dossiers().size(),
					plan.tasks().size(), users)
			.update();
		long id = jdbc.sql("select max(id) from reorganization").query(Long.class).single();
		audit.record(clock.localNow(), actor, "REORGANIZATION", Long.toString(id), "APPLY", null,
				UserTexts.text(WebConfiguration.VIETNAMESE, "record.reorganization.applied", merges,
						DAY.format(r.effectiveFrom()), r.legalBasis(), plan.dossiers().size(), plan.tasks().size(), users),
				r.reason());
		return id;
	}

	/** The reorganizations applied, newest first. */
	@Transactional(readOnly = true)
	public List<Applied> list() {
		return jdbc.sql("select id, effective_from, legal_basis, merges, applied_at, actor, dossiers_moved, tasks_moved,"
				+ " users_moved from reorganization order by id desc")
			.query(Applied.class)
			.list();
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
