package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.StepSupport.record;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.legal.LegalDurations;
import vn.tdkt.awards.nomination.Actors;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStateException;
import vn.tdkt.awards.nomination.InvalidDossierException;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.workflow.DossierWorkflow;

/**
 * The public posting of a hop's nominees and its objections (BPMN public-posting: "Đăng công khai danh sách", the
 * objections' verification task {@code verifyObjection}, the tally when the period is over).
 */
@Service
public class PostingService {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DossierLifecycle dossiers;

	private final ReviewRecords records;

	private final LegalDurations durations;

	private final BusinessCalendar calendar;

	private final DossierWorkflow workflow;

	private final AppClock clock;

	private final StepSupport support;

	PostingService(DossierLifecycle dossiers, ReviewRecords records, LegalDurations durations,
			BusinessCalendar calendar, DossierWorkflow workflow, AppClock clock, StepSupport support) {
		this.dossiers = dossiers;
		this.records = records;
		this.durations = durations;
		this.calendar = calendar;
		this.workflow = workflow;
		this.clock = clock;
		this.support = support;
	}

	/** Starts the public posting of the nominees still proposed; returns when it ends. */
	@Transactional
	public Date startPosting(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		int days = durations.require(LegalDurations.PUBLIC_POSTING, hop.level(), clock.today()).workingDays();
		Date ends = calendar.deadline(days);
		dossiers.setPostingEnds(dossierId, hopSeq, LocalDateTime.ofInstant(ends.toInstant(), AppClock.ZONE));
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM, DossierEventType.POSTED,
				null, null, record("record.review.posted", days, DAY.format(calendar.toLocalDate(ends))));
		return ends;
	}

	/** An objection to a nominee during the posting: recorded, then a verification opens. */
	@Transactional
	public long receiveObjection(String dossierId, long nomineeId, String content) {
		Dossier dossier = dossiers.lock(dossierId);
		if (!workflow.postingOpen(dossierId)) {
			throw new DossierStateException("error.review.not-posted", dossierId);
		}
		if (dossiers.pendingNominees(dossierId).stream().noneMatch(n -> n.id() == nomineeId)) {
			throw new InvalidDossierException("nomineeId", "error.review.objection-nominee",
					support.nomineeLabel(dossierId, nomineeId), dossierId);
		}
		String text = Texts.lines("content", content, 4000);
		if (text == null) {
			throw new InvalidDossierException("content", "error.review.objection-empty");
		}
		long id = records.insertObjection(dossierId, nomineeId, text, clock.localNow());
		RouteHop hop = dossiers.hop(dossierId, dossier.currentHop());
		dossiers.addEvent(dossierId, clock.localNow(), hop.seq(), hop.orgCode(), Actors.SYSTEM,
				DossierEventType.OBJECTION_RECEIVED, null, null,
				record("record.review.objection-about", support.nomineeName(dossierId, nomineeId)));
		workflow.objection(dossierId);
		return id;
	}

	/** A verification task was created: it takes up the oldest objection not yet taken up. */
	@Transactional
	public void takeUpObjection(String dossierId, String taskId) {
		records.takeUpOldestObjection(dossierId, taskId);
	}

	/** {@code verifyObjection} completed: an upheld objection drops its nominee. */
	@Transactional
	public void recordObjectionVerdict(String dossierId, int hopSeq, boolean upheld, String comment, TaskRef task) {
		var objection = records.objectionOfTask(task.taskId());
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		LocalDateTime now = clock.localNow();
		records.recordObjectionVerdict(objection.id(), upheld, task.actor(), now, comment);
		String name = support.nomineeName(dossierId, objection.nomineeId());
		if (upheld) {
			String reason = comment == null ? record("record.review.objection-upheld")
					: record("record.review.objection-upheld-because", comment);
			dossiers.nominees(dossierId)
				.stream()
				.filter(n -> n.id() == objection.nomineeId() && n.status() == NomineeStatus.PENDING)
				.forEach(n -> support.drop(n, hopSeq, "OBJECTION", reason, now));
		}
		dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(),
				upheld ? DossierEventType.OBJECTION_UPHELD : DossierEventType.OBJECTION_DISMISSED, task.taskKey(),
				task.taskId(), name + (comment == null ? "" : ": " + comment));
	}

	/** The posting is over and every objection verified: how many nominees are still proposed. */
	@Transactional
	public int tallyPosting(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		int remaining = dossiers.pendingNominees(dossierId).size();
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM,
				DossierEventType.POSTING_ENDED, null, null, record("record.review.posting-ended", remaining));
		return remaining;
	}

}
