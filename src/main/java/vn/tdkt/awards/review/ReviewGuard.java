package vn.tdkt.awards.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.identity.Memberships;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.review.ContractVariable.Kind;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.workflow.ProcessDossier;

/**
 * What a user may do with a review task, checked inside the engine's command so that it holds on every way in
 * (engine-rest, Tasklist's API, the Java API): only a member of the role's group of the hop under review completes
 * it or is assigned it (an administrator may assign anybody); a completion sets the variables its
 * {@link ReviewTask} declares, each of its type, and nothing else; the task's read-only form data stay as presented.
 * The hop and its group come from our tables, the dossier from the business key.
 */
@Component
class ReviewGuard {

	private final DossierLifecycle dossiers;

	private final Memberships memberships;

	private final ReviewTaskRecords records;

	private final AppClock clock;

	ReviewGuard(DossierLifecycle dossiers, Memberships memberships, ReviewTaskRecords records, AppClock clock) {
		this.dossiers = dossiers;
		this.memberships = memberships;
		this.records = records;
		this.clock = clock;
	}

	/** The group whose members do the task at the dossier's current hop ({@code GIAO_THUY.appraiser}). */
	String group(String dossierId, ReviewTask task) {
		return task.role().groupId(currentHop(dossierId).orgCode());
	}

	RouteHop currentHop(String dossierId) {
		return dossiers.hop(dossierId, dossiers.require(dossierId).currentHop());
	}

	/**
	 * A completing task: checks who completes it and what it carries, takes the contract's values out of the process
	 * (so nothing of them stays in the instance, and the next task starts empty) and returns them typed.
	 */
	Completion complete(DelegateTask task, ReviewTask declaration) {
		String dossierId = ProcessDossier.id(task);
		RouteHop hop = currentHop(dossierId);
		String group = declaration.role().groupId(hop.orgCode());
		String user = memberships.currentUser();
		if (user == null || !memberships.isMember(user, group)) {
			throw user == null ? new ReviewerNotAllowedException("error.review.complete-anonymous")
					: new ReviewerNotAllowedException("error.review.complete-outside-group", user,
							memberships.groupName(group), group, dossierId);
		}
		refuseUndeclared(task, declaration);
		refuseChangedPresentation(task, declaration);
		Map<String, Object> values = new LinkedHashMap<>();
		for (ContractVariable variable : declaration.variables()) {
			Object value = ContractValues.read(variable, submitted(task, variable.name()));
			if (value == null && variable.required()) {
				throw variable.allowed().isEmpty() ? new ReviewInputException(variable.name(), "error.review.required")
						: new ReviewInputException(variable.name(), "error.review.required-choice",
								String.join(", ", variable.allowed()));
			}
			values.put(variable.name(), value);
		}
		for (String slot : declaration.formSlots()) {
			ContractValues.read(new ContractVariable(slot, Kind.COUNT, false, 0, List.of(), null),
					task.getExecution().getVariableTyped(slot));
		}
		List<String> taken = new ArrayList<>(declaration.variableNames());
		taken.addAll(declaration.formSlots());
		for (String name : taken) {
			if (task.getExecution().hasVariable(name)) {
				task.getExecution().removeVariable(name);
			}
		}
		records.completed(task.getId(), user, clock.localNow());
		return new Completion(declaration, dossierId, hop.seq(), new TaskRef(task.getTaskDefinitionKey(), task.getId(),
				user), values);
	}

	/**
	 * What the completion carries for a contract variable: set on the process by {@code complete} (the Java API,
	 * /engine-rest), else the task's own value — a form submission updates the value the task was given as the form's
	 * initial one (the appraise checklist), which stays on the task when nothing else was sent.
	 */
	private static org.camunda.bpm.engine.variable.value.TypedValue submitted(DelegateTask task, String name) {
		var value = task.getExecution().getVariableTyped(name);
		return value != null ? value : task.getVariableLocalTyped(name);
	}

	/** An assignment (claim, set assignee): the assignee must be of the hop's group, unless an administrator assigns. */
	void assign(DelegateTask task) {
		String assignee = task.getAssignee();
		if (assignee == null) {
			return;
		}
		ReviewTask declaration = ReviewTask.require(task.getTaskDefinitionKey());
		String group = group(ProcessDossier.id(task), declaration);
		if (memberships.isMember(assignee, group)) {
			return;
		}
		String user = memberships.currentUser();
		if (user != null && memberships.isAdmin(user)) {
			return;
		}
		throw new ReviewerNotAllowedException("error.review.assign-outside-group", memberships.groupName(group), group,
				assignee);
	}

	/** Seals the task's read-only form data as just presented. */
	void seal(DelegateTask task, ReviewTask declaration, int hop) {
		records.presented(task.getId(), ProcessDossier.id(task), hop, declaration.key(), clock.localNow(),
				digests(declaration, name -> task.getVariableLocalTyped(name)));
	}

	/** Seals again after our own change of a presented value (a document added while the task is open). */
	void reseal(String taskId, ReviewTask declaration, VariableMap locals) {
		records.reseal(taskId, digests(declaration, locals::getValueTyped));
	}

	private void refuseUndeclared(DelegateTask task, ReviewTask declaration) {
		Set<String> allowed = new HashSet<>(declaration.variableNames());
		allowed.addAll(declaration.formSlots());
		for (String name : new TreeSet<>(task.getExecution().getVariableNames())) {
			if (!allowed.contains(name)) {
				throw outside(name, declaration);
			}
		}
		for (String name : new TreeSet<>(task.getVariableNamesLocal())) {
			if (!allowed.contains(name) && !declaration.presented().contains(name)) {
				throw outside(name, declaration);
			}
		}
	}

	private static ReviewInputException outside(String name, ReviewTask declaration) {
		return new ReviewInputException(name, "error.review.undeclared", declaration.key(),
				String.join(", ", declaration.variableNames()));
	}

	private void refuseChangedPresentation(DelegateTask task, ReviewTask declaration) {
		var sealed = records.digests(task.getId());
		if (sealed.isEmpty()) {
			return;
		}
		Map<String, String> now = digests(declaration, name -> task.getVariableLocalTyped(name));
		for (var entry : sealed.get().entrySet()) {
			if (!entry.getValue().equals(now.get(entry.getKey()))) {
				throw new ReviewInputException(entry.getKey(), "error.review.read-only");
			}
		}
	}

	private static Map<String, String> digests(ReviewTask declaration,
			java.util.function.Function<String, TypedValue> value) {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String name : declaration.presented()) {
			TypedValue typed = value.apply(name);
			if (typed != null) {
				digests.put(name, digest(typed));
			}
		}
		return digests;
	}

	private static String digest(TypedValue typed) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(String.valueOf(typed.getType() == null ? "" : typed.getType().getName()).getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(String.valueOf(typed.getValue()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
