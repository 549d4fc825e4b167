package vn.tdkt.awards.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
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

	private static final ObjectMapper JSON = new ObjectMapper();

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

	void present(DelegateTask task, String dossierId, int hopSeq) {
		// The due dates were handed to the task as transient variables. The engine stores with each execution whether
		// it holds variables, counting transient ones, and the first read that finds none writes the row again:
		// Tasklist's first reads of a new task (the form's variables, the claim) run at once and both wrote the
		// instance's row, so one failed ("ENGINE-03005 … updated by another transaction concurrently"). Dropped once
		// used, the row is written right here, with nothing else running on the instance.
		NominationVariables.TASK_DUE.clear(task.getExecution());
		NominationVariables.TASK_REMINDER.clear(task.getExecution());
		Dossier dossier = dossiers.require(dossierId);
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		List<Nominee> nominees = dossiers.nominees(dossierId);
		List<Nominee> pending = nominees.stream().filter(n -> n.status() == NomineeStatus.PENDING).toList();
		String key = task.getTaskDefinitionKey();

		LocalDate dueDay = calendar.toLocalDate(task.getDueDate());
		int days = deadlines.of(key, hop.level()).workingDays();

		String subject = "%s – %s – %s".formatted(dossierId, awardType.nameVi(), countBySubject(pending));
		task.setName(switch (key) {
			case AwardNominationProcess.TASK_APPRAISE -> "Thẩm định hồ sơ " + subject;
			case AwardNominationProcess.TASK_COUNCIL_VOTE -> "Hội đồng TĐKT bỏ phiếu hồ sơ " + subject;
			case AwardNominationProcess.TASK_SIGN -> (hop.role() == HopRole.DECIDE ? "Ký quyết định khen thưởng hồ sơ "
					: "Ký tờ trình đề nghị cấp trên hồ sơ ") + subject;
			default -> "Xác minh phản ánh về hồ sơ " + subject;
		});
		String submitter = orgName(dossier.submittingOrg());
		String movement = dossier.movement() == null ? "không"
				: movements.find(dossier.movement()).map(m -> m.name()).orElse(dossier.movement());
		task.setDescription("Đơn vị đề nghị: %s. Năm: %d. Phong trào: %s. Hạn xử lý: %s (%d ngày làm việc)."
			.formatted(submitter, dossier.year(), movement, DAY.format(dueDay), days));

		String summary = summary(dossier, awardType, hop, submitter, movement, dueDay);
		if (AwardNominationProcess.TASK_SIGN.equals(key)) {
			// the paper the leader signs, to read first: the decision at the deciding level, the submission elsewhere
			summary += "\n\n[Xem dự thảo %s (PDF) trước khi ký](/dossiers/%s/papers/preview.pdf)".formatted(
					hop.role() == HopRole.DECIDE ? "quyết định" : "tờ trình", dossierId);
		}
		task.setVariableLocal(Names.DOSSIER_SUMMARY, summary);
		// the appraiser gets the criteria checked afresh against the history as it is now; the others see that result
		Map<Long, NomineeEligibility> checked = new java.util.HashMap<>();
		(AwardNominationProcess.TASK_APPRAISE.equals(key) ? eligibility.evaluate(dossierId)
				: eligibility.results(dossierId)).forEach(e -> checked.put(e.nomineeId(), e));
		task.setVariableLocal(Names.NOMINEE_TABLE, json(nominees.stream().map(n -> row(n, checked.get(n.id()))).toList()));
		task.setVariableLocal(Names.ELIGIBILITY_SUMMARY, bounded(eligibilitySummary(nominees, checked)));
		task.setVariableLocal(Names.DOCUMENT_LINKS, bounded(documentLinks(dossierId)));
		task.setVariableLocal(Names.REVIEW_HISTORY, bounded(history(dossierId)));
		switch (key) {
			case AwardNominationProcess.TASK_APPRAISE -> {
				// besides those still proposed, the ones this same appraisal left out before the dossier came back
				// (a leader's return, a supplement), unticked, so that the appraiser may put them back
				List<Map<String, String>> options = new ArrayList<>(pending.stream()
					.map(n -> Map.of("label", label(n), "value", Long.toString(n.id())))
					.toList());
				dossiers.leftOutByAppraisal(dossierId, hop.seq())
					.forEach(n -> options.add(Map.of("label", label(n) + " – đã không đề nghị lần trước",
							"value", Long.toString(n.id()))));
				task.setVariableLocal(Names.NOMINEE_OPTIONS, json(options));
				// the checklist starts with everyone still proposed ticked: the appraiser unticks who does not go on
				// (the same as a completion without approvedNominees)
				task.setVariableLocal(Names.APPROVED_NOMINEES,
						json(pending.stream().map(n -> Long.toString(n.id())).toList()));
			}
			case AwardNominationProcess.TASK_COUNCIL_VOTE -> {
				task.setVariableLocal(Names.COUNCIL_RULE, awardTypes.councilRule(awardType.code(), hop.level(), dossier.submittedAt().toLocalDate())
					.map(r -> Markdown.escape("Ngưỡng: " + r.describeVi() + ". Hội đồng phải có ít nhất "
							+ r.quorumNumerator() + "/" + r.quorumDenominator() + " tổng số thành viên dự họp. Căn cứ: "
							+ r.legalBasis()))
					.orElse(""));
				// the form has one vote field per nominee (Tasklist cannot validate form-js dynamic lists)
				task.setVariableLocal(Names.VOTE_IDS, json(pending.stream().map(n -> Long.toString(n.id())).toList()));
				task.setVariableLocal(Names.VOTE_NAMES, json(pending.stream().map(ReviewTaskPresenter::label).toList()));
			}
			case AwardNominationProcess.TASK_SIGN -> task.setVariableLocal(Names.DECIDING_HOP, hop.role() == HopRole.DECIDE);
			default -> {
				var objection = records.objectionOfTask(task.getId());
				String name = nominees.stream()
					.filter(n -> n.id() == objection.nomineeId())
					.map(ReviewTaskPresenter::label)
					.findFirst()
					.orElse("");
				task.setVariableLocal(Names.OBJECTION_TEXT,
						bounded("Về %s: %s".formatted(Markdown.escape(name), Markdown.escape(objection.content()))));
			}
		}
	}

	/** "1 tập thể, 2 cá nhân". */
	static String countBySubject(List<Nominee> nominees) {
		Map<SubjectType, Long> counts = new EnumMap<>(SubjectType.class);
		for (Nominee n : nominees) {
			counts.merge(n.subjectType(), 1L, Long::sum);
		}
		List<String> parts = new ArrayList<>();
		for (SubjectType type : List.of(SubjectType.TAP_THE, SubjectType.CA_NHAN, SubjectType.HO_GIA_DINH)) {
			if (counts.containsKey(type)) {
				parts.add(counts.get(type) + " " + type.label());
			}
		}
		return parts.isEmpty() ? "không còn người được đề nghị" : String.join(", ", parts);
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

	/**
	 * A string variable the engine can store (4,000 characters): a long text is cut at a line end, saying where the
	 * whole of it is.
	 */
	static String bounded(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		String more = "\n\n… (còn nữa: xem đầy đủ trên trang hồ sơ)";
		String cut = text.substring(0, MAX_TEXT - more.length());
		int line = cut.lastIndexOf('\n');
		return (line > 0 ? cut.substring(0, line) : cut) + more;
	}

	static final int MAX_TEXT = 4000;

	/** A line per nominee: the verdict and its reasons, as the appraiser reads them. */
	static String eligibilitySummary(List<Nominee> nominees, Map<Long, NomineeEligibility> checked) {
		List<String> lines = new ArrayList<>();
		for (Nominee n : nominees) {
			NomineeEligibility e = checked.get(n.id());
			if (e != null) {
				lines.add("- **%s**: %s — %s".formatted(Markdown.escape(n.name()), verdict(e),
						Markdown.escape(String.join("; ", e.reasons()))));
			}
		}
		return lines.isEmpty() ? "Chưa đối chiếu được." : String.join("\n", lines)
				+ "\n\n_Kết quả đối chiếu tự động với lịch sử thi đua, khen thưởng đã nhập; chỉ để tham khảo._";
	}

	static String verdict(NomineeEligibility e) {
		return switch (e.verdict()) {
			case "ELIGIBLE" -> "✔ Đủ điều kiện";
			case "BLOCKED" -> "✘ Không xét";
			case "MISSING" -> "✘ Chưa đủ điều kiện";
			default -> "? Chưa xác định";
		};
	}

	private Map<String, Object> row(Nominee n, NomineeEligibility e) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", Long.toString(n.id()));
		row.put("subject", n.subjectType().label());
		row.put("name", n.name());
		row.put("position", n.position() == null ? "" : n.position());
		row.put("org", n.orgName() == null ? "" : n.orgName());
		row.put("achievements", n.achievements() == null ? "" : n.achievements());
		// the form's columns: a readable table at 1366 px (who, where, what, the criteria, the state)
		row.put("who", n.name() + " (" + n.subjectType().label() + ")");
		row.put("where", java.util.stream.Stream.of(n.position(), n.orgName())
			.filter(t -> t != null && !t.isBlank())
			.collect(java.util.stream.Collectors.joining(", ")));
		row.put("eligibility", e == null ? "" : verdict(e) + " — " + String.join("; ", e.reasons()));
		row.put("status", switch (n.status()) {
			case PENDING -> "Đang xét";
			case AWARDED -> "Được khen thưởng";
			case NOT_AWARDED -> "Không được đề nghị: " + n.reason();
		});
		return row;
	}

	private static String label(Nominee n) {
		return "%s (%s%s)".formatted(n.name(), n.subjectType().label(), n.position() == null ? "" : ", " + n.position());
	}

	private String orgName(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

	private static Object json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
