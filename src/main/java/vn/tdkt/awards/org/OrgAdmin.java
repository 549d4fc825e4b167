package vn.tdkt.awards.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.reference.ReferenceAudit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.NotFoundException;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Administrators keep the org tree: create an org, rename it, move it under another parent from a date (it keeps its
 * former parent for the dates before), set its validity, close it with a successor. Every change is checked against
 * the tree through time (a parent that exists over the whole validity, no cycle, a successor that exists) and audited;
 * nothing is written when a check fails.
 */
@Service
public class OrgAdmin {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** An org as an administrator gives it; optional fields get defaults from the name and level. */
	public record OrgInput(String code, String name, OrgLevel level, String parentCode, LocalDate validFrom,
			LocalDate validTo, String leaderTitle, String authority, String decisionSymbol, String submissionSymbol,
			String issuer, String place, String officialCode, String successorCode, LocalDate movedFrom,
			String legalBasis, String reason) {
	}

	/** Published after an org is created, in its transaction (its Camunda groups are made then). */
	public record OrgCreated(String code) {
	}

	private final OrgRepository orgs;

	private final OrgChecks checks;

	private final JdbcClient jdbc;

	private final ReferenceAudit audit;

	private final AppClock clock;

	private final ApplicationEventPublisher events;

	OrgAdmin(OrgRepository orgs, OrgChecks checks, JdbcClient jdbc, ReferenceAudit audit, AppClock clock,
			ApplicationEventPublisher events) {
		this.checks = checks;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public OrgUnit create(OrgInput input, String actor) {
		orgs.changing();
		String code = Texts.requiredLine("code", input.code(), 40, "error.org.code-missing");
		if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new InvalidInputException("code", "error.org.code-format");
		}
		if (orgs.find(code).isPresent()) {
			throw new InvalidInputException("code", "error.org.code-taken", code);
		}
		String name = Texts.requiredLine("name", input.name(), 255, "error.org.name-missing");
		if (input.level() == null) {
			throw new InvalidInputException("level", "error.org.level-missing");
		}
		OrgChecks.checkDates(input.validFrom(), input.validTo());
		OrgUnit parent = checks.parentFor(code, input.level(), input.parentCode(), input.validFrom(), input.validTo());
		String place = Texts.line("place", input.place(), 100);
		OrgUnit org = new OrgUnit(code, name, input.level(), parent == null ? null : parent.code(),
				or(Texts.line("leaderTitle", input.leaderTitle(), 255), "Thủ trưởng " + name),
				or(Texts.line("authority", input.authority(), 255), authority(input.level())),
				or(Texts.line("decisionSymbol", input.decisionSymbol(), 40), "QĐ"),
				or(Texts.line("submissionSymbol", input.submissionSymbol(), 40), "TTr"), null,
				or(Texts.line("issuer", input.issuer(), 255), name.toUpperCase(VI)), or(place, name),
				position(input.level()), Texts.line("officialCode", input.officialCode(), 10), input.validFrom(), input.validTo());
		jdbc.sql("insert into org_unit (code, name, level, parent_code, leader_title, authority, decision_symbol,"
				+ " submission_symbol, issuer, place, leader_position, official_code, valid_from, valid_to)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(org.code(), org.name(), org.level().name(), org.parentCode(), org.leaderTitle(), org.authority(),
					org.decisionSymbol(), org.submissionSymbol(), org.issuer(), org.place(), org.leaderPosition(),
					org.officialCode(), org.validFrom(), org.validTo())
			.update();
		audit.record(clock.localNow(), actor, "ORG", code, "CREATE", null, describe(org), input.reason());
		events.publishEvent(new OrgCreated(code));
		return org;
	}

	/**
	 * Renames an org, moves it under another parent from {@code movedFrom} (today by default), changes its validity,
	 * or closes it ({@code validTo}) with a successor.
	 */
	@Transactional
	public OrgUnit update(String code, OrgInput input, String actor) {
		orgs.changing();
		OrgUnit before = orgs.find(code).orElseThrow(() -> new NotFoundException("error.org.not-found", code));
		String name = input.name() == null ? before.name()
				: Texts.requiredLine("name", input.name(), 255, "error.org.name-missing");
		if (input.level() != null && input.level() != before.level()) {
			throw new InvalidInputException("level", "error.org.level-fixed");
		}
		LocalDate from = input.validFrom() != null ? input.validFrom() : before.validFrom();
		LocalDate to = input.validTo() != null ? input.validTo() : before.validTo();
		OrgChecks.checkDates(from, to);
		String parentCode = input.parentCode() != null ? input.parentCode() : before.parentCode();
		OrgUnit parent = checks.parentFor(code, before.level(), parentCode, from, to);
		checks.childrenWithin(code, from, to);
		String successor = Texts.line("successorCode", input.successorCode(), 40);
		if (successor != null) {
			closeInto(before, successor, to, input.legalBasis());
		}
		boolean moved = !Objects.equals(parentCode, before.parentCode());
		if (moved) {
			LocalDate movedFrom = input.movedFrom() != null ? input.movedFrom() : clock.today();
			jdbc.sql("insert into org_parent_history (org_code, parent_code, valid_to) values (?, ?, ?)")
				.params(code, before.parentCode(), movedFrom.minusDays(1))
				.update();
			audit.record(clock.localNow(), actor, "ORG", code, "MOVE", before.parentCode(),
					UserTexts.text(WebConfiguration.VIETNAMESE, "record.org.moved", parentCode, DAY.format(movedFrom)),
					input.reason());
		}
		jdbc.sql("update org_unit set name = ?, parent_code = ?, valid_from = ?, valid_to = ? where code = ?")
			.params(name, parent == null ? null : parent.code(), from, to, code)
			.update();
		OrgUnit after = orgs.find(code).orElseThrow();
		if (!describe(after).equals(describe(before))) {
			audit.record(clock.localNow(), actor, "ORG", code, to != null && before.validTo() == null ? "CLOSE" : "UPDATE",
					describe(before), describe(after), input.reason());
		}
		return after;
	}

	/**
	 * Closes the org on {@code lastDay}, taken over whole by {@code successorCode} from the next day (a
	 * reorganization); its children that outlive it stay, and resolve to the successor when a route passes them.
	 */
	@Transactional
	public void close(String code, LocalDate lastDay, String successorCode, String legalBasis, String actor,
			String reason) {
		orgs.changing();
		OrgUnit before = orgs.find(code).orElseThrow(() -> new NotFoundException("error.org.not-found", code));
		closeInto(before, successorCode, lastDay, legalBasis);
		if (before.validTo() == null || before.validTo().isAfter(lastDay)) {
			jdbc.sql("update org_unit set valid_to = ? where code = ?").params(lastDay, code).update();
		}
		audit.record(clock.localNow(), actor, "ORG", code, "CLOSE", describe(before),
				describe(orgs.find(code).orElseThrow()) + " → " + successorCode, reason);
	}

	/** Records that {@code successor} takes the org over whole from the day after {@code lastDay}. */
	void closeInto(OrgUnit org, String successorCode, LocalDate lastDay, String legalBasis) {
		if (lastDay == null) {
			throw new InvalidInputException("validTo", "error.org.last-day-missing");
		}
		OrgUnit successor = orgs.find(successorCode)
			.orElseThrow(() -> new InvalidInputException("successorCode", "error.org.successor-unknown", successorCode));
		if (successor.code().equals(org.code())) {
			throw new InvalidInputException("successorCode", "error.org.successor-itself");
		}
		if (!successor.validOn(lastDay.plusDays(1))) {
			throw new InvalidInputException("successorCode", "error.org.not-in-force", successor.name(),
					DAY.format(lastDay.plusDays(1)));
		}
		String basis = Texts.requiredLine("legalBasis", legalBasis, 500, "error.org.legal-basis-missing");
		jdbc.sql("delete from org_succession where predecessor_code = ? and successor_code = ?")
			.params(org.code(), successor.code())
			.update();
		jdbc.sql("insert into org_succession (predecessor_code, successor_code, effective_from, whole, legal_basis)"
				+ " values (?, ?, ?, true, ?)")
			.params(org.code(), successor.code(), lastDay.plusDays(1), basis)
			.update();
	}

	/** Printed above the leader's signature. */
	private static String position(OrgLevel level) {
		return switch (level) {
			case COMMUNE, DISTRICT, PROVINCE -> "Chủ tịch";
			case DEPARTMENT -> "Giám đốc";
			case CENTRAL -> "Bộ trưởng";
			case GOVERNMENT -> "Thủ tướng";
			case PRESIDENT -> "Chủ tịch nước";
			case UNIT -> "Thủ trưởng";
		};
	}

	private static String authority(OrgLevel level) {
		return switch (level) {
			case UNIT -> "Thủ trưởng đơn vị";
			case COMMUNE -> "Chủ tịch UBND cấp xã";
			case DISTRICT -> "Chủ tịch UBND cấp huyện";
			case DEPARTMENT -> "Thủ trưởng sở ban ngành tỉnh";
			case PROVINCE -> "Chủ tịch UBND tỉnh";
			case CENTRAL -> "Bộ trưởng Bộ Nội vụ";
			case GOVERNMENT -> "Thủ tướng Chính phủ";
			case PRESIDENT -> "Chủ tịch nước";
		};
	}

	static String describe(OrgUnit o) {
		// a record of the audit: Vietnamese, whoever reads it
		return UserTexts.text(WebConfiguration.VIETNAMESE, "record.org.describe", o.code(), o.name(), o.level(),
				o.parentCode(), day(o.validFrom()), day(o.validTo()));
	}

	static String day(LocalDate date) {
		return date == null ? "…" : DAY.format(date);
	}

	private static String or(String value, String fallback) {
		return value != null ? value : fallback;
	}

}
