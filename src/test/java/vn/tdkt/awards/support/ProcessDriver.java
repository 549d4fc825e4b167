package vn.tdkt.awards.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.document.DocumentService;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.identity.CamundaIdentityAuthenticationProvider;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierService;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.RequiredDocuments;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.nomination.SubmitDossier;
import vn.tdkt.awards.system.AppClock;

/**
 * Drives dossiers through the real process in tests: submits through the service, completes tasks as a named
 * reviewer (the engine's authentication is set, as Tasklist and engine-rest do), and runs the asynchronous
 * continuations the job executor would run (it is off in tests). Timers are fired explicitly.
 */
@Component
public class ProcessDriver {

	private final DossierService dossiers;

	private final DossierLifecycle repository;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final RuntimeService runtime;

	private final CamundaIdentityAuthenticationProvider users;

	private final DocumentService documents;

	private final RequiredDocuments required;

	private final AppClock clock;

	public ProcessDriver(DossierService dossiers, DossierLifecycle repository, TaskService tasks,
			ManagementService management, IdentityService identity, RuntimeService runtime,
			CamundaIdentityAuthenticationProvider users, DocumentService documents, RequiredDocuments required,
			AppClock clock) {
		this.documents = documents;
		this.required = required;
		this.clock = clock;
		this.runtime = runtime;
		this.dossiers = dossiers;
		this.repository = repository;
		this.tasks = tasks;
		this.management = management;
		this.identity = identity;
		this.users = users;
	}

	public DossierService dossierService() {
		return dossiers;
	}

	public AppUser user(String id) {
		return users.load(id);
	}

	public static NewNominee person(String name) {
		return new NewNominee(SubjectType.CA_NHAN, name, "Chủ tịch Hội Nông dân xã", "UBND xã", "Thành tích xuất sắc");
	}

	/** {@code count} individuals or collectives named "{prefix} 01", "{prefix} 02"... */
	public static NewNominee[] many(SubjectType type, String prefix, int count) {
		NewNominee[] nominees = new NewNominee[count];
		for (int i = 0; i < count; i++) {
			String name = "%s %02d".formatted(prefix, i + 1);
			nominees[i] = type == SubjectType.TAP_THE ? collective(name) : person(name);
		}
		return nominees;
	}

	public static NewNominee collective(String name) {
		return new NewNominee(SubjectType.TAP_THE, name, null, null, "Hoàn thành xuất sắc nhiệm vụ");
	}

	public String submit(String nominator, String org, String awardType, NewNominee... nominees) {
		return submit(nominator, org, awardType, "NTM_2021_2025", CommendationKind.PHONG_TRAO, nominees);
	}

	public String submit(String nominator, String org, String awardType, String movement, CommendationKind kind,
			NewNominee... nominees) {
		return submit(nominator, org, awardType, movement, kind, 2024, nominees);
	}

	public String submit(String nominator, String org, String awardType, String movement, CommendationKind kind,
			int year, NewNominee... nominees) {
		String id = submitWithDocuments(new SubmitDossier(org, awardType, movement, kind, year,
				"Đề nghị khen thưởng thành tích xây dựng nông thôn mới", List.of(nominees), null), user(nominator));
		runJobs();
		return id;
	}

	/**
	 * Submits as a nominator does: a draft, the documents its award type asks for (a small PDF each), then the
	 * draft submitted.
	 */
	public String submitWithDocuments(SubmitDossier command, AppUser nominator) {
		String id = dossiers.saveDraft(command, nominator);
		for (var document : required.required(command.awardType(), command.kind().name(), clock.today())) {
			documents.upload(id, DocumentType.valueOf(document.documentType()),
					document.documentType().toLowerCase(java.util.Locale.ROOT) + ".pdf",
					TestFiles.pdf(document.documentType() + " " + id), nominator);
		}
		dossiers.submitDraft(id, nominator);
		return id;
	}

	public List<Long> nomineeIds(String dossierId) {
		return repository.nominees(dossierId).stream().map(Nominee::id).toList();
	}

	/** The one open task of the dossier with this key (in any of its process instances). */
	public Task task(String dossierId, String key) {
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(dossierId).taskDefinitionKey(key).list();
		assertThat(open).as("open %s tasks of %s", key, dossierId).hasSize(1);
		return open.get(0);
	}

	public List<Task> openTasks(String dossierId) {
		return tasks.createTaskQuery().processInstanceBusinessKey(dossierId).list();
	}

	/** Completes the task as the user, with the user's groups, then runs what follows. */
	public void complete(String dossierId, String key, String userId, Object... variables) {
		Task task = task(dossierId, key);
		AppUser user = user(userId);
		identity.setAuthentication(userId, user.groupIds());
		try {
			tasks.claim(task.getId(), userId);
			tasks.complete(task.getId(), vars(variables));
		}
		finally {
			identity.clearAuthentication();
		}
		runJobs();
	}

	/** Claims and completes the task as {@code userId}, leaving the jobs it creates waiting (not run). */
	public void completeLeavingJobs(String dossierId, String key, String userId, Object... variables) {
		Task task = task(dossierId, key);
		identity.setAuthentication(userId, user(userId).groupIds());
		try {
			tasks.claim(task.getId(), userId);
			tasks.complete(task.getId(), vars(variables));
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** An administrator hands the task to {@code userId} (as only an administrator may, to anybody). */
	public void assignAsAdministrator(String dossierId, String key, String userId) {
		Task task = task(dossierId, key);
		identity.setAuthentication("admin", user("admin").groupIds());
		try {
			tasks.setAssignee(task.getId(), userId);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Completes the task as {@code userId} who already holds it (no claim first). */
	public void completeAsAssignee(String dossierId, String key, String userId, Object... variables) {
		Task task = task(dossierId, key);
		identity.setAuthentication(userId, user(userId).groupIds());
		try {
			tasks.complete(task.getId(), vars(variables));
		}
		finally {
			identity.clearAuthentication();
		}
		runJobs();
	}

	public void approve(String dossierId, String appraiser, Long... approved) {
		if (approved.length == 0) {
			complete(dossierId, TASK_APPRAISE, appraiser, "outcome", "APPROVE", "comment", "Đủ điều kiện");
		}
		else {
			complete(dossierId, TASK_APPRAISE, appraiser, "outcome", "APPROVE", "approvedNominees", json(Arrays.asList(approved)));
		}
	}

	public void sign(String dossierId, String leader) {
		complete(dossierId, TASK_SIGN, leader, "outcome", "SIGN");
	}

	/** Every nominee still pending gets the same number of votes. */
	public void vote(String dossierId, String secretary, int total, int present, int votesEach) {
		Map<String, Integer> votes = new HashMap<>();
		repository.pendingNominees(dossierId).forEach(n -> votes.put(Long.toString(n.id()), votesEach));
		complete(dossierId, TASK_COUNCIL_VOTE, secretary, "membersTotal", total, "membersPresent", present, "votesFor",
				json(votes));
	}

	/**
	 * A BK_TTG dossier submitted by huyện Giao Thủy, through every hop as their demo users: the district, the
	 * provincial council (a BK_TTG is not posted: Decree 98/2023 art. 46(2) posts orders and state titles), the
	 * Ministry of Home Affairs, the Prime Minister.
	 */
	public void fromGiaoThuyToThePrimeMinister(String dossierId) {
		approve(dossierId, "giaothuy.chuyenvien");
		sign(dossierId, "giaothuy.chutich");
		approve(dossierId, "namdinh.chuyenvien");
		vote(dossierId, "namdinh.thuky", 15, 13, 12);
		sign(dossierId, "namdinh.chutich");
		approve(dossierId, "bnv.chuyenvien");
		sign(dossierId, "bnv.botruong");
		approve(dossierId, "vpcp.chuyenvien");
		sign(dossierId, "ttg.thutuong");
	}

	/** Fires the timer waiting in the given activity. */
	public void fireTimer(String dossierId, String activityId) {
		Job timer = timer(dossierId, activityId);
		assertThat(timer).as("timer %s of %s", activityId, dossierId).isNotNull();
		management.executeJob(timer.getId());
		runJobs();
	}

	/** The timer job of the dossier (in any of its process instances) in the given activity, or null. */
	public Job timer(String dossierId, String activityId) {
		var activityDefinitions = management.createJobDefinitionQuery()
			.activityIdIn(activityId)
			.list()
			.stream()
			.map(d -> d.getId())
			.toList();
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(dossierId)
			.list()
			.stream()
			.flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
			.filter(job -> activityDefinitions.contains(job.getJobDefinitionId()))
			.findFirst()
			.orElse(null);
	}

	/** Runs every due continuation except those entering the given activity (to hold a process just before it). */
	public void runJobsExcept(String activityId) {
		var held = management.createJobDefinitionQuery()
			.activityIdIn(activityId)
			.list()
			.stream()
			.map(d -> d.getId())
			.toList();
		for (int round = 0; round < 100; round++) {
			List<Job> due = management.createJobQuery()
				.executable()
				.messages()
				.list()
				.stream()
				.filter(j -> !held.contains(j.getJobDefinitionId()))
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	/** Runs every due asynchronous continuation, as the job executor would, until none is left. */
	public void runJobs() {
		for (int round = 0; round < 100; round++) {
			List<Job> due = management.createJobQuery().executable().messages().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				management.executeJob(job.getId());
			}
		}
		throw new IllegalStateException("jobs keep coming");
	}

	public static Object json(Object value) {
		try {
			return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value))
				.create();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> vars(Object... keyValues) {
		var map = Variables.createVariables();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

}
