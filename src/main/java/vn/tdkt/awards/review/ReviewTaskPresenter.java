package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.TaskTexts.bounded;
import static vn.tdkt.awards.review.TaskTexts.countBySubject;
import static vn.tdkt.awards.review.TaskTexts.eligibilitySummary;
import static vn.tdkt.awards.review.TaskTexts.json;
import static vn.tdkt.awards.review.TaskTexts.label;
import static vn.tdkt.awards.review.TaskTexts.row;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.document.DocumentRepository;
import vn.tdkt.awards.eligibility.EligibilityService;
import vn.tdkt.awards.eligibility.NomineeEligibility;
import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEvent;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.HopRole;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.review.ReviewTask.Names;
import vn.tdkt.awards.workflow.AwardNominationProcess;
import vn.tdkt.awards.workflow.NominationVariables;

/**
 * Names, due dates and form data of review tasks. The form data are task-local snapshots of our tables (they die
 * with the task); the reviewer's answer comes back through the contract variables.
 */
@Component
class ReviewTaskPresenter {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DossierLifecycle dossiers;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final MovementRepository movements;

	private final ReviewRecords records;

	private final BusinessCalendar calendar;

	private final TaskDeadlines deadlines;

	private final DocumentRepository documents;

	private final EligibilityService eligibility;

	ReviewTaskPresenter(DossierLifecycle dossiers, AwardTypeRepository awardTypes, OrgRepository orgs,
			MovementRepository movements, ReviewRecords records, BusinessCalendar calendar,
			TaskDeadlines deadlines, DocumentRepository documents, EligibilityService eligibility) {
		this.eligibility = eligibility;
		this.documents = documents;
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.movements = movements;
		this.records = records;
		this.calendar = calendar;
		this.deadlines = deadlines;
	}

	/** What the presentation of one task reads: the dossier at its hop, its nominees, the task's step. */
	private record Context(DelegateTask task, String key, Dossier dossier, RouteHop hop, AwardType awardType,
			List<Nominee> nominees, List<Nominee> pending, String submitter, String movement) {
	}

	void present(DelegateTask task, String dossierId, int hopSeq) {
		// The due dates were handed to the task as transient variables. The engine stores with each execution whether
		// it holds variables, counting transient ones, and the first read that finds none writes the row again:
		// Tasklist's first reads of a new task (the form's variables, the claim) run at once and both wrote the
		// instance's row, so one failed ("ENGINE-03005 … updated by another transaction concurrently"). Dropped once
		// used, the row is written right here, with nothing else running on the instance.
		NominationVariables.TASK_DUE.clear(task.getExecution());
		NominationVariables.TASK_REMINDER.clear(task.getExecution());
		Dossier dossier = dossiers.require(dossierId);
		List<Nominee> nominees = dossiers.nominees(dossierId);
		Context c = new Context(task, task.getTaskDefinitionKey(), dossier, dossiers.hop(dossierId, hopSeq),
				awardTypes.find(dossier.awardType()).orElseThrow(), nominees,
				nominees.stream().filter(n -> n.status() == NomineeStatus.PENDING).toList(),
				orgName(dossier.submittingOrg()), movementName(dossier));
		nameAndDescription(c);
		content(c);
		switch (c.key()) {
			case AwardNominationProcess.TASK_APPRAISE -> appraisalChoices(c);
			case AwardNominationProcess.TASK_COUNCIL_VOTE -> councilChoices(c);
			case AwardNominationProcess.TASK_SIGN -> task.setVariableLocal(Names.DECIDING_HOP,
					c.hop().role() == HopRole.DECIDE);
			default -> objection(c);
		}
	}

	/** The task's name (the step, the dossier, its award and nominees) and description (who, when, until when). */
	private void nameAndDescription(Context c) {
		String subject = "%s – %s – %s".formatted(c.dossier().id(), c.awardType().nameVi(), countBySubject(c.pending()));
		c.task().setName(switch (c.key()) {
			case AwardNominationProcess.TASK_APPRAISE -> "Thẩm định hồ sơ " + subject;
			case AwardNominationProcess.TASK_COUNCIL_VOTE -> "Hội đồng TĐKT bỏ phiếu hồ sơ " + subject;
			case AwardNominationProcess.TASK_SIGN -> (c.hop().role() == HopRole.DECIDE
					? "Ký quyết định khen thưởng hồ sơ " : "Ký tờ trình đề nghị cấp trên hồ sơ ") + subject;
			default -> "Xác minh phản ánh về hồ sơ " + subject;
		});
		LocalDate dueDay = calendar.toLocalDate(c.task().getDueDate());
		int days = deadlines.of(c.key(), c.hop().level()).workingDays();
		c.task().setDescription("Đơn vị đề nghị: %s. Năm: %d. Phong trào: %s. Hạn xử lý: %s (%d ngày làm việc)."
			.formatted(c.submitter(), c.dossier().year(), c.movement(), DAY.format(dueDay), days));
	}

	private String movementName(Dossier dossier) {
		return dossier.movement() == null ? "không"
				: movements.find(dossier.movement()).map(m -> m.name()).orElse(dossier.movement());
	}

	/** What every step's form shows: the summary, the nominees with their criteria, documents, the history. */
	private void content(Context c) {
		String dossierId = c.dossier().id();
		String summary = summary(c.dossier(), c.awardType(), c.hop(), c.submitter(), c.movement(),
				calendar.toLocalDate(c.task().getDueDate()));
		if (AwardNominationProcess.TASK_SIGN.equals(c.key())) {
			// the paper the leader signs, to read first: the decision at the deciding level, the submission elsewhere
			summary += "\n\n[Xem dự thảo %s (PDF) trước khi ký](/dossiers/%s/papers/preview.pdf)".formatted(
					c.hop().role() == HopRole.DECIDE ? "quyết định" : "tờ trình", dossierId);
		}
		c.task().setVariableLocal(Names.DOSSIER_SUMMARY, summary);
		// the appraiser gets the criteria checked afresh against the history as it is now; the others see that result
		Map<Long, NomineeEligibility> checked = new java.util.HashMap<>();
		(AwardNominationProcess.TASK_APPRAISE.equals(c.key()) ? eligibility.evaluate(dossierId)
				: eligibility.results(dossierId)).forEach(e -> checked.put(e.nomineeId(), e));
		c.task().setVariableLocal(Names.NOMINEE_TABLE,
				json(c.nominees().stream().map(n -> row(n, checked.get(n.id()))).toList()));
		c.task().setVariableLocal(Names.ELIGIBILITY_SUMMARY, bounded(eligibilitySummary(c.nominees(), checked)));
		c.task().setVariableLocal(Names.DOCUMENT_LINKS, bounded(documentLinks(dossierId)));
		c.task().setVariableLocal(Names.REVIEW_HISTORY, bounded(history(dossierId)));
	}

	/**
	 * The appraiser's checklist: besides those still proposed, the ones this same appraisal left out before the
	 * dossier came back (a leader's return, a supplement), unticked, so that the appraiser may put them back; it
	 * starts with everyone still proposed ticked (the same as a completion without approvedNominees).
	 */
	private void appraisalChoices(Context c) {
		List<Map<String, String>> options = new ArrayList<>(c.pending().stream()
			.map(n -> Map.of("label", label(n), "value", Long.toString(n.id())))
			.toList());
		dossiers.leftOutByAppraisal(c.dossier().id(), c.hop().seq())
			.forEach(n -> options.add(Map.of("label", label(n) + " – đã không đề nghị lần trước", "value",
					Long.toString(n.id()))));
		c.task().setVariableLocal(Names.NOMINEE_OPTIONS, json(options));
		c.task().setVariableLocal(Names.APPROVED_NOMINEES,
				json(c.pending().stream().map(n -> Long.toString(n.id())).toList()));
	}

	/** The council's rule as the secretary reads it, and one vote field per nominee (form-js has no dynamic lists). */
	private void councilChoices(Context c) {
		c.task().setVariableLocal(Names.COUNCIL_RULE, awardTypes
			.councilRule(c.awardType().code(), c.hop().level(), c.dossier().submittedAt().toLocalDate())
			.map(r -> Markdown.escape("Ngưỡng: " + r.describeVi() + ". Hội đồng phải có ít nhất " + r.quorumNumerator()
					+ "/" + r.quorumDenominator() + " tổng số thành viên dự họp. Căn cứ: " + r.legalBasis()))
			.orElse(""));
		c.task().setVariableLocal(Names.VOTE_IDS, json(c.pending().stream().map(n -> Long.toString(n.id())).toList()));
		c.task().setVariableLocal(Names.VOTE_NAMES, json(c.pending().stream().map(TaskTexts::label).toList()));
	}

	/** The objection the verification is about, with the nominee it names. */
	private void objection(Context c) {
		var objection = records.objectionOfTask(c.task().getId());
		String name = c.nominees().stream()
			.filter(n -> n.id() == objection.nomineeId())
			.map(TaskTexts::label)
			.findFirst()
			.orElse("");
		c.task().setVariableLocal(Names.OBJECTION_TEXT,
				bounded("Về %s: %s".formatted(Markdown.escape(name), Markdown.escape(objection.content()))));
	}

	private String summary(Dossier dossier, AwardType awardType, RouteHop hop, String submitter, String movement,
			LocalDate dueDay) {
		return """
				**Hồ sơ %s** – %s, năm %d

				Trích yếu: %s

				Đơn vị đề nghị: %s · Phong trào: %s · Cấp xem xét: %s (%s) · Hạn xử lý: %s

				[Xem toàn bộ hồ sơ %s](/dossiers/%s)"""
			.formatted(dossier.id(), Markdown.escape(awardType.nameVi()), dossier.year(), Markdown.escape(dossier.title()),
					Markdown.escape(submitter), Markdown.escape(movement), Markdown.escape(orgName(hop.orgCode())),
					hop.role() == HopRole.DECIDE ? "cấp quyết định" : "trình cấp trên", DAY.format(dueDay), dossier.id(),
					dossier.id());
	}

	/** The dossier's documents as links to our download, which checks the reviewer's access like the dossier page. */
	String documentLinks(String dossierId) {
		var docs = documents.ofDossier(dossierId);
		if (docs.isEmpty()) {
			return "Hồ sơ chưa có tài liệu kèm theo.";
		}
		return docs.stream()
			.map(d -> "- [%s%s: %s](/dossiers/%s/documents/%d)".formatted(Markdown.escape(d.typeName()),
					d.generated() ? " (hệ thống lập khi lãnh đạo ký)" : "", Markdown.escape(d.fileName()), dossierId,
					d.id()))
			.collect(java.util.stream.Collectors.joining("\n"));
	}

	private String history(String dossierId) {
		List<String> lines = new ArrayList<>();
		for (DossierEvent e : dossiers.events(dossierId)) {
			if (e.action() == DossierEventType.RECEIVED || e.action() == DossierEventType.FORWARDED) {
				continue;
			}
			lines.add("- %s · %s · %s%s".formatted(DAY.format(e.at()), Markdown.escape(orgName(e.orgCode())),
					Markdown.escape(e.action().label()), e.comment() == null ? "" : ": " + Markdown.escape(e.comment())));
		}
		return lines.isEmpty() ? "Chưa có ý kiến của cấp nào." : String.join("\n", lines);
	}

	private String orgName(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

}
