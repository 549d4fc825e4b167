package vn.tdkt.awards.reorganization;

import vn.tdkt.awards.reorganization.Reorganization.DossierMove;
import vn.tdkt.awards.reorganization.Reorganization.Plan;
import vn.tdkt.awards.reorganization.Reorganization.Request;
import vn.tdkt.awards.reorganization.Reorganization.TaskMove;
import vn.tdkt.awards.reorganization.Reorganization.UserMove;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgAdmin;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;
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

	private final OrgRepository orgs;

	private final OrgAdmin orgAdmin;

	private final DossierLifecycle dossiers;

	private final ReorganizationChecks checks;

	private final ContinuedRoutes routes;

	private final AwardTypeRepository awardTypes;

	private final ReceptionService reviews;

	private final TaskService tasks;

	private final IdentityService identity;

	private final ReferenceVersion version;

	private final AppClock clock;

	private final ReorganizationLog log;

	Reorganizations(OrgRepository orgs, OrgAdmin orgAdmin, DossierLifecycle dossiers, ReorganizationChecks checks,
			ContinuedRoutes routes, AwardTypeRepository awardTypes, ReceptionService reviews, TaskService tasks, IdentityService identity,
			ReferenceVersion version, AppClock clock, ReorganizationLog log) {
		this.orgs = orgs;
		this.orgAdmin = orgAdmin;
		this.dossiers = dossiers;
		this.checks = checks;
		this.routes = routes;
		this.awardTypes = awardTypes;
		this.reviews = reviews;
		this.tasks = tasks;
		this.identity = identity;
		this.version = version;
		this.clock = clock;
		this.log = log;
	}

	/** What the reorganization would move; nothing is written. */
	@Transactional(readOnly = true)
	public Plan preview(Request request) {
		Request r = checks.checked(request);
		return plan(r, ReorganizationChecks.successors(r), null, false);
	}

	/** Applies the reorganization in one transaction; refused whole (409) when a dossier could not continue. */
	@Transactional
	public Plan apply(Request request, String actor) {
		Request r = checks.checked(request);
		Map<String, String> successors = ReorganizationChecks.successors(r);
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
		moveTasks(plan);
		if (plan.moveUsers()) {
			moveUsers(plan);
		}
		long id = log.record(r, plan, actor);
		version.changed();
		return new Plan(id, r.effectiveFrom(), r.legalBasis(), r.merges(), plan.dossiers(), plan.tasks(), plan.users(),
				plan.moveUsers(), true);
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
				List<RouteHop> tail = routes.tail(dossier, start, awardType, day, successors);
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

	/** The open tasks offered to the successor's groups; an assignee who may not work there any more lets go. */
	private void moveTasks(Plan plan) {
		for (TaskMove move : plan.tasks()) {
			tasks.deleteCandidateGroup(move.taskId(), move.fromGroup());
			tasks.addCandidateGroup(move.taskId(), move.toGroup());
			Task task = tasks.createTaskQuery().taskId(move.taskId()).singleResult();
			if (task.getAssignee() != null && !(plan.moveUsers() || memberOf(task.getAssignee(), move.toGroup()))) {
				tasks.setAssignee(move.taskId(), null);
			}
		}
	}

	private void moveUsers(Plan plan) {
		for (UserMove move : plan.users()) {
			identity.deleteMembership(move.userId(), move.fromGroup());
			if (!memberOf(move.userId(), move.toGroup())) {
				identity.createMembership(move.userId(), move.toGroup());
			}
		}
	}

	private void moveDossier(DossierMove move, Request r, String actor) {
		Dossier dossier = dossiers.lock(move.dossierId());
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		LocalDate day = clock.today().isBefore(r.effectiveFrom()) ? r.effectiveFrom() : clock.today();
		// the ceased orgs are closed by now: the tree as it stands gives the same route as the preview
		String start = routes.current(dossiers.hop(dossier.id(), dossier.currentHop()).orgCode(), Map.of(), day);
		List<RouteHop> tail = routes.tail(dossier, start, awardType, day, Map.of());
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

	private boolean memberOf(String userId, String groupId) {
		return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
	}

	private String name(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

}
