package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.StepSupport.record;

import java.time.LocalDateTime;
import java.util.Date;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.legal.LegalDurations;
import vn.tdkt.awards.nomination.Actors;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.HopRole;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.workflow.LevelOutcome;

/**
 * A hop's reception and how it ends without a signature (BPMN level-review: "Tiếp nhận hồ sơ tại cấp", the return for
 * a supplement and its deadline, "Kết thúc: không còn người được đề nghị").
 */
@Service
public class ReceptionService {

	private final DossierLifecycle dossiers;

	private final AwardTypeRepository awardTypes;

	private final LegalDurations durations;

	private final BusinessCalendar calendar;

	private final AppClock clock;

	private final StepSupport support;

	ReceptionService(DossierLifecycle dossiers, AwardTypeRepository awardTypes, LegalDurations durations,
			BusinessCalendar calendar, AppClock clock, StepSupport support) {
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.durations = durations;
		this.calendar = calendar;
		this.clock = clock;
		this.support = support;
	}

	/**
	 * The dossier reaches its current hop: the org's groups review it; council and posting where the data say so
	 * (recorded on the hop, where the route reads them).
	 */
	@Transactional
	public void open(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		int hopSeq = dossier.currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		HopSteps steps = steps(dossier, hop);
		dossiers.openHop(dossierId, hopSeq, steps.council(), steps.posting());
		dossiers.updateStatus(dossierId, DossierStatus.IN_REVIEW, clock.localNow());
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM, DossierEventType.RECEIVED,
				null, null, support.orgName(hop.orgCode()));
	}

	/** Whether the council votes and the list is posted publicly at a hop of the dossier. */
	public record HopSteps(boolean council, boolean posting) {
	}

	/** The steps the data give a hop: a council where a rule exists for the level, posting where the law asks. */
	public HopSteps steps(Dossier dossier, RouteHop hop) {
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		boolean council = awardTypes.councilRule(awardType.code(), hop.level(), dossier.submittedAt().toLocalDate())
			.isPresent();
		boolean posting = awardType.publicPosting() && hop.role() == HopRole.FORWARD
				&& durations.findForLevelOnly(LegalDurations.PUBLIC_POSTING, hop.level(), clock.today()).isPresent();
		return new HopSteps(council, posting);
	}

	/** After a RETURN: the dossier waits for the nominator's supplement until the legal deadline. */
	@Transactional
	public Date returnForSupplement(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		int days = durations.require(LegalDurations.SUPPLEMENT, hop.level(), clock.today()).workingDays();
		Date due = calendar.deadline(days);
		dossiers.returnedForSupplement(dossierId, hopSeq, LocalDateTime.ofInstant(due.toInstant(), AppClock.ZONE),
				clock.localNow());
		return due;
	}

	/** The supplement arrived: back to the appraiser of the same hop. */
	@Transactional
	public void resume(String dossierId) {
		dossiers.updateStatus(dossierId, DossierStatus.IN_REVIEW, clock.localNow());
		dossiers.setSupplementDue(dossierId, null);
	}

	/** No supplement before the deadline: the hop ends EXPIRED. */
	@Transactional
	public void supplementExpired(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM,
				DossierEventType.SUPPLEMENT_EXPIRED, null, null, record("record.review.supplement-expired"));
		dossiers.setHopOutcome(dossierId, hopSeq, LevelOutcome.EXPIRED.name());
	}

	/** Every nominee was dropped at this hop (posting or council): nobody goes on; the hop ends REJECTED. */
	@Transactional
	public void closeWithoutNominees(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM,
				DossierEventType.NO_NOMINEE_LEFT, null, null, record("record.review.no-nominee-left"));
		dossiers.setHopOutcome(dossierId, hopSeq, LevelOutcome.REJECTED.name());
	}

}
