package vn.tdkt.awards.reorganization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.InvalidDossierException;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.nomination.RoutePlanner;
import vn.tdkt.awards.org.OrgAdmin;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.reference.ReferenceAudit;
import vn.tdkt.awards.review.ReceptionService;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ConflictException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.ReferenceVersion;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * A reorganization: these orgs merge into that one from a date (a district level abolished is its districts merged
 * into the province). Previewed first — which open dossiers, tasks and users move where — then applied in one
 * transaction: the orgs close the day before, taken over whole by their successor; a dossier open at or before a
 * ceased org continues at its successor (its route recomputed from its current hop, its open tasks offered to the
 * successor's groups, its timeline saying why); users of a ceased org move to the successor's groups when asked; the
 * past stays counted under the old orgs. A dossier that could not continue is named and nothing is written.
 */
@Service
public class Reorganizations {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final ObjectMapper JSON = new ObjectMapper();

	public record Merge(List<String> from, String into) {
	}

	public record Request(LocalDate effectiveFrom, String legalBasis, List<Merge> merges, Boolean moveUsers,
			String reason) {
	}

	/** A dossier's move: from which org at its current hop, to which, and its route from there; or why it cannot. */
	public record DossierMove(String dossierId, int currentHop, String fromOrg, String toOrg, List<String> newRoute,
			String blockedBy) {
	}

	public record TaskMove(String taskId, String dossierId, String taskKey, String fromGroup, String toGroup) {
	}

	public record UserMove(String userId, String fromGroup, String toGroup) {
	}

	public record Plan(Long id, LocalDate effectiveFrom, String legalBasis, List<Merge> merges,
			List<DossierMove> dossiers, List<TaskMove> tasks, List<UserMove> users, boolean moveUsers,
			boolean applied) {
	}

	public record Applied(long id, LocalDate effectiveFrom, String legalBasis, String merges, java.time.LocalDateTime appliedAt,
			String actor, int dossiersMoved, int tasksMoved, int usersMoved) {
	}

	private final OrgRepository orgs;

	private final OrgAdmin orgAdmin;

	private final DossierLifecycle dossiers;

	private final RoutePlanner planner;

	private final AwardTypeRepository awardTypes;

	private final ReceptionService reviews;

	private final TaskService tasks;

	private final IdentityService identity;

	private final ReferenceAudit audit;

	private final ReferenceVersion version;

	private final AppClock clock;

	private final JdbcClient jdbc;

	Reorganizations(OrgRepository orgs, OrgAdmin orgAdmin, DossierLifecycle dossiers, RoutePlanner planner,
			AwardTypeRepository awardTypes, ReceptionService reviews, TaskService tasks, IdentityService identity,
			ReferenceAudit audit, ReferenceVersion version, AppClock clock, JdbcClient jdbc) {
		this.orgs = orgs;
		this.orgAdmin = orgAdmin;
		this.dossiers = dossiers;
		this.planner = planner;
		this.awardTypes = awardTypes;
		this.reviews = reviews;
		this.tasks = tasks;
		this.identity = identity;
		this.audit = audit;
		this.version = version;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** What the reorganization would move; nothing is written. */
	@Transactional(readOnly = true)
	public Plan preview(Request request) {
		Request r = checked(request);
		return plan(r, successors(r), null, false);
	}

	/** Applies the reorganization in one transaction; refused whole (409) when a dossier could not continue. */
	@Transactional
	public Plan apply(Request request, String actor) {
		Request r = checked(request);
		Map<String, String> successors = successors(r);
		Plan plan = plan(r, successors, null, false);
		List<DossierMove> blocked = plan.dossiers().stream().filter(d -> d.blockedBy() != null).toList();
		if (!blocked.isEmpty()) {
			throw new ConflictException("error.reorganization.blocked", blocked.size(), String.join("; ", blocked.stream()
				.limit(5)
				.map(d -> d.dossierId() + ": " + d.blockedBy())
				.toList()));
		}
		LocalDate lastDay = r.effectiveFrom().minusDays(1);
		successors.forEach((from, into) -> orgAdmin.close(from, lastDay, into, r.legalBasis(), actor, r.reason()));
		for (DossierMove move : plan.dossiers()) {
			moveDossier(move, r, actor);
		}
		for (TaskMove move : plan.tasks()) {
			tasks.deleteCandidateGroup(move.taskId(), move.fromGroup());
			tasks.addCandidateGroup(move.taskId(), move.toGroup());
			Task task = tasks.createTaskQuery().taskId(move.taskId()).singleResult();
			if (task.getAssignee() != null && !(plan.moveUsers() || memberOf(task.getAssignee(), move.toGroup()))) {
				tasks.setAssignee(move.taskId(), null);
			}
		}
		if (plan.moveUsers()) {
			for (UserMove move : plan.users()) {
				identity.deleteMembership(move.userId(), move.fromGroup());
				if (!memberOf(move.userId(), move.toGroup())) {
					identity.createMembership(move.userId(), move.toGroup());
				}
			}
		}
		String merges = json(r.merges());
		jdbc.sql("insert into reorganization (effective_from, legal_basis, merges, applied_at, actor, dossiers_moved,"
				+ " tasks_moved, users_moved) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.effectiveFrom(), r.legalBasis(), merges, clock.localNow(), actor, plan.dossiers().size(),
					plan.tasks().size(), plan.moveUsers() ? plan.users().size() : 0)
			.update();
		long id = jdbc.sql("select max(id) from reorganization").query(Long.class).single();
		audit.record(clock.localNow(), actor, "REORGANIZATION", Long.toString(id), "APPLY", null,
				UserTexts.text(WebConfiguration.VIETNAMESE, "record.reorganization.applied", merges,
						DAY.format(r.effectiveFrom()), r.legalBasis(), plan.dossiers().size(), plan.tasks().size(),
						plan.moveUsers() ? plan.users().size() : 0),
				r.reason());
		version.changed();
		return new Plan(id, r.effectiveFrom(), r.legalBasis(), r.merges(), plan.dossiers(), plan.tasks(), plan.users(),
				plan.moveUsers(), true);
	}

	/** What a conversion table gives: the merges of the orgs it names, and its rows that name no org here. */
	public record Conversion(Request request, int rowsUsed, int rowsWithoutOrg) {
	}

	/**
	 * A conversion table of administrative units ({@code new_code,new_name,old_code,old_name,change,...}, as
	 * {@code admin-units/ninh-binh-2025-merged-from.csv}) as a reorganization: each org whose official code is a
	 * former unit merges into the org of the new unit (created first, from the register: {@code POST
	 * /api/orgs/from-register}); a former unit split over several goes whole into the one the table says it joined
	 * whole ("Nhập toàn bộ"). Rows whose former unit is no org here are left out and counted.
	 */
	@Transactional(readOnly = true)
	public Conversion fromConversionTable(String csv, LocalDate effectiveFrom, String legalBasis, Boolean moveUsers,
			String reason) {
		if (effectiveFrom == null) {
			throw new InvalidInputException("effectiveFrom", "error.reorganization.date-missing");
		}
		List<org.apache.commons.csv.CSVRecord> rows;
		try {
			rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(new java.io.StringReader(csv)).getRecords();
		}
		catch (java.io.IOException | IllegalArgumentException ex) {
			throw new InvalidInputException("file", "error.system.csv-unreadable", ex.getLocalizedMessage());
		}
		if (!rows.isEmpty() && (!rows.get(0).isMapped("new_code") || !rows.get(0).isMapped("old_code"))) {
			throw new InvalidInputException("file", "error.reorganization.conversion-columns");
		}
		Map<String, String> into = new LinkedHashMap<>();
		Set<String> missing = new java.util.TreeSet<>();
		int used = 0;
		int without = 0;
		LocalDate before = effectiveFrom.minusDays(1);
		List<OrgUnit> all = orgs.findAll();
		for (org.apache.commons.csv.CSVRecord row : rows) {
			String oldCode = row.get("old_code");
			String newCode = row.get("new_code");
			List<OrgUnit> former = oldCode == null || oldCode.isBlank() ? List.of()
					: all.stream().filter(o -> oldCode.equals(o.officialCode()) && o.validOn(before)
							&& (o.level() == vn.tdkt.awards.org.OrgLevel.UNIT || o.level() == vn.tdkt.awards.org.OrgLevel.COMMUNE))
						.toList();
			if (former.isEmpty()) {
				without++;
				continue;
			}
			OrgUnit target = all.stream()
				.filter(o -> newCode.equals(o.officialCode()) && o.level() == vn.tdkt.awards.org.OrgLevel.COMMUNE
						&& o.validOn(effectiveFrom) && !o.validOn(before))
				.findFirst()
				.orElse(null);
			if (target == null) {
				missing.add(newCode + " " + (row.isMapped("new_name") ? row.get("new_name") : ""));
				continue;
			}
			boolean whole = !row.isMapped("change") || !row.get("change").toLowerCase(java.util.Locale.ROOT).contains("một phần");
			for (OrgUnit f : former) {
				if (whole || !into.containsKey(f.code())) {
					into.put(f.code(), target.code());
				}
			}
			used++;
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "error.reorganization.new-orgs-missing", missing.size(),
					String.join(", ", missing.stream().limit(8).toList()));
		}
		Map<String, List<String>> grouped = new LinkedHashMap<>();
		into.forEach((from, to) -> grouped.computeIfAbsent(to, k -> new ArrayList<>()).add(from));
		List<Merge> merges = new ArrayList<>();
		grouped.forEach((to, from) -> merges.add(new Merge(from, to)));
		return new Conversion(new Request(effectiveFrom, legalBasis, merges, moveUsers, reason), used, without);
	}

	/** The reorganizations applied, newest first. */
	@Transactional(readOnly = true)
	public List<Applied> list() {
		return jdbc.sql("select id, effective_from, legal_basis, merges, applied_at, actor, dossiers_moved, tasks_moved,"
				+ " users_moved from reorganization order by id desc")
			.query(Applied.class)
			.list();
	}

	private Plan plan(Request r, Map<String, String> successors, Long id, boolean applied) {
		List<DossierMove> moves = new ArrayList<>();
		List<TaskMove> taskMoves = new ArrayList<>();
		LocalDate day = clock.today().isBefore(r.effectiveFrom()) ? r.effectiveFrom() : clock.today();
		for (Dossier dossier : dossiers.openDossiersAhead(successors.keySet())) {
			RouteHop current = dossiers.hop(dossier.id(), dossier.currentHop());
			String start = successors.getOrDefault(current.orgCode(), current.orgCode());
			AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
			List<String> route = new ArrayList<>();
			String blocked = null;
			String target = start;
			try {
				List<RouteHop> tail = tail(dossier, start, awardType, day, successors);
				tail.forEach(h -> route.add(h.orgCode() + ":" + h.role()));
				target = tail.get(0).orgCode();
			}
			catch (InvalidInputException ex) {
				blocked = ex.getLocalizedMessage();
			}
			moves.add(new DossierMove(dossier.id(), dossier.currentHop(), current.orgCode(), target, route, blocked));
			if (!target.equals(current.orgCode())) {
				taskMoves.addAll(taskMoves(dossier.id(), current.orgCode(), target));
			}
		}
		List<UserMove> users = new ArrayList<>();
		successors.forEach((from, into) -> {
			for (OrgRole role : OrgRole.values()) {
				for (User user : identity.createUserQuery().memberOfGroup(role.groupId(from)).list()) {
					users.add(new UserMove(user.getId(), role.groupId(from), role.groupId(into)));
				}
			}
		});
		return new Plan(id, r.effectiveFrom(), r.legalBasis(), r.merges(), moves, taskMoves, users,
				Boolean.TRUE.equals(r.moveUsers()), applied);
	}

	/**
	 * The route from the dossier's current hop on, as the tree will be: from the successor of the org at the current
	 * hop (a district's dossier goes on at the province); where no org above it decides the award type any more (a
	 * district's Giấy khen, which communes decide now), from the submitting org's successor, its reviewing hops.
	 */
	private List<RouteHop> tail(Dossier dossier, String start, AwardType awardType, LocalDate day,
			Map<String, String> successors) {
		List<RouteHop> planned;
		try {
			planned = planner.plan(start, awardType, day, successors);
		}
		catch (InvalidDossierException ex) {
			planned = planner.plan(current(dossier.submittingOrg(), successors, day), awardType, day, successors).stream()
				.filter(RouteHop::reviews)
				.toList();
			if (planned.isEmpty()) {
				throw ex;
			}
			List<RouteHop> renumbered = new ArrayList<>();
			for (int i = 0; i < planned.size(); i++) {
				RouteHop hop = planned.get(i);
				renumbered.add(new RouteHop(i, hop.orgCode(), hop.level(), hop.role()));
			}
			planned = renumbered;
		}
		if (!planned.get(0).reviews()) {
			throw new InvalidDossierException("merges", "error.reorganization.not-reviewing", planned.get(0).orgCode());
		}
		List<RouteHop> tail = new ArrayList<>();
		for (RouteHop hop : planned) {
			tail.add(new RouteHop(dossier.currentHop() + hop.seq(), hop.orgCode(), hop.level(), hop.role()));
		}
		Set<String> before = new HashSet<>();
		dossiers.route(dossier.id()).stream().filter(h -> h.seq() < dossier.currentHop()).forEach(h -> before.add(h.orgCode()));
		for (RouteHop hop : tail) {
			if (before.contains(hop.orgCode())) {
				throw new InvalidDossierException("merges", "error.reorganization.reviewed-before", hop.orgCode());
			}
		}
		return tail;
	}

	/** The org that stands for this one on the day: itself, or the one that took it over whole (in the plan or done). */
	private String current(String code, Map<String, String> successors, LocalDate day) {
		String at = code;
		for (int step = 0; step < 10; step++) {
			if (successors.containsKey(at)) {
				at = successors.get(at);
				continue;
			}
			OrgUnit org = orgs.find(at).orElse(null);
			if (org == null || org.validOn(day)) {
				return at;
			}
			String next = orgs.successorsOf(at).stream().filter(s -> s.whole()).map(s -> s.successorCode()).findFirst()
				.orElse(null);
			if (next == null) {
				return at;
			}
			at = next;
		}
		return at;
	}

	private void moveDossier(DossierMove move, Request r, String actor) {
		Dossier dossier = dossiers.lock(move.dossierId());
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		LocalDate day = clock.today().isBefore(r.effectiveFrom()) ? r.effectiveFrom() : clock.today();
		// the ceased orgs are closed by now: the tree as it stands gives the same route as the preview
		String start = current(dossiers.hop(dossier.id(), dossier.currentHop()).orgCode(), Map.of(), day);
		List<RouteHop> tail = tail(dossier, start, awardType, day, Map.of());
		dossiers.replaceRouteFrom(dossier.id(), dossier.currentHop(), tail);
		RouteHop current = dossiers.hop(dossier.id(), dossier.currentHop());
		ReceptionService.HopSteps steps = reviews.steps(dossier, current);
		dossiers.setHopSteps(dossier.id(), current.seq(), steps.council(), steps.posting());
		dossiers.setCurrentHop(dossier.id(), dossier.currentHop());
		// the dossier's timeline is a record: Vietnamese, whoever reads it
		String text = UserTexts.text(WebConfiguration.VIETNAMESE, "record.reorganization.dossier-moved",
				DAY.format(r.effectiveFrom()), r.legalBasis(), name(move.fromOrg()), name(move.toOrg()),
				String.join(" → ", tail.stream().map(h -> name(h.orgCode())).toList()));
		dossiers.addEvent(dossier.id(), clock.localNow(), current.seq(), current.orgCode(), actor,
				DossierEventType.REORGANIZED, null, null, Texts.lines("comment", text, 2000));
	}

	private List<TaskMove> taskMoves(String dossierId, String fromOrg, String toOrg) {
		List<TaskMove> moves = new ArrayList<>();
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(dossierId).list()) {
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
					continue;
				}
				OrgRole.Membership membership = OrgRole.parse(link.getGroupId());
				if (membership != null && membership.orgCode().equals(fromOrg)) {
					moves.add(new TaskMove(task.getId(), dossierId, task.getTaskDefinitionKey(), link.getGroupId(),
							membership.role().groupId(toOrg)));
				}
			}
		}
		return moves;
	}

	/** The request checked: dates, basis, orgs that exist and are in force, no org twice, no cycle. */
	private Request checked(Request request) {
		if (request == null || request.effectiveFrom() == null) {
			throw new InvalidInputException("effectiveFrom", "error.reorganization.date-missing");
		}
		if (request.effectiveFrom().isAfter(clock.today())) {
			throw new InvalidInputException("effectiveFrom", "error.reorganization.not-yet-in-force",
					DAY.format(request.effectiveFrom()));
		}
		String basis = Texts.requiredLine("legalBasis", request.legalBasis(), 500, "error.org.legal-basis-missing");
		if (request.merges() == null || request.merges().isEmpty()) {
			throw new InvalidInputException("merges", "error.reorganization.merges-missing");
		}
		Set<String> seen = new HashSet<>();
		List<Merge> merges = new ArrayList<>();
		for (int i = 0; i < request.merges().size(); i++) {
			Merge m = request.merges().get(i);
			String field = "merges[%d]".formatted(i);
			if (m == null || m.into() == null || m.from() == null || m.from().isEmpty()) {
				throw new InvalidInputException(field, "error.reorganization.merge-incomplete");
			}
			OrgUnit into = orgs.find(m.into())
				.orElseThrow(() -> new InvalidInputException(field + ".into", "error.reorganization.into-unknown", m.into()));
			if (!into.validOn(request.effectiveFrom())) {
				throw new InvalidInputException(field + ".into", "error.org.not-in-force", into.name(),
						DAY.format(request.effectiveFrom()));
			}
			for (String code : m.from()) {
				OrgUnit from = orgs.find(code)
					.orElseThrow(() -> new InvalidInputException(field + ".from", "error.org.not-found", code));
				if (!seen.add(code)) {
					throw new InvalidInputException(field + ".from", "error.reorganization.org-twice", code);
				}
				if (code.equals(into.code())) {
					throw new InvalidInputException(field + ".from", "error.reorganization.into-itself", code);
				}
				if (!from.validOn(request.effectiveFrom().minusDays(1))) {
					throw new InvalidInputException(field + ".from", "error.reorganization.ended-before", from.name(),
							DAY.format(request.effectiveFrom()));
				}
				if (orgs.pathToRoot(into.code()).stream().anyMatch(o -> o.code().equals(code))) {
					throw new InvalidInputException(field + ".into", "error.reorganization.cycle", into.name(),
							from.name());
				}
			}
			merges.add(new Merge(List.copyOf(m.from()), into.code()));
		}
		for (Merge m : merges) {
			if (seen.contains(m.into())) {
				throw new InvalidInputException("merges", "error.reorganization.merged-and-receiving", m.into());
			}
		}
		return new Request(request.effectiveFrom(), basis, merges, request.moveUsers(),
				Texts.lines("reason", request.reason(), 1000));
	}

	private static Map<String, String> successors(Request r) {
		Map<String, String> successors = new LinkedHashMap<>();
		r.merges().forEach(m -> m.from().forEach(f -> successors.put(f, m.into())));
		return successors;
	}

	private boolean memberOf(String userId, String groupId) {
		return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
	}

	private String name(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
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
