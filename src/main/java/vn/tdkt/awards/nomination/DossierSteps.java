package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * The dossier-wide steps of the main process (BPMN award-nomination): "Tiếp nhận hồ sơ, lập lộ trình xét duyệt",
 * "Chuyển hồ sơ lên cấp trên", and the ends of a dossier not awarded (rejected, expired, withdrawn). Each runs in the
 * engine's transaction and publishes its milestone.
 */
@Service
public class DossierSteps {

	private final DossierRepository dossiers;

	private final NomineeRepository nomineeRows;

	private final Timeline timeline;

	private final AwardTypeRepository awardTypes;

	private final RoutePlanner routePlanner;

	private final AppClock clock;

	private final ApplicationEventPublisher events;

	DossierSteps(DossierRepository dossiers, NomineeRepository nomineeRows, Timeline timeline,
			AwardTypeRepository awardTypes, RoutePlanner routePlanner, AppClock clock,
			ApplicationEventPublisher events) {
		this.nomineeRows = nomineeRows;
		this.timeline = timeline;
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.routePlanner = routePlanner;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The process's first step: computes and records the route and opens the timeline. Returns the first hop that
	 * reviews.
	 */
	@Transactional
	public int register(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		List<RouteHop> route = routePlanner.plan(dossier.submittingOrg(), awardType, dossier.submittedAt().toLocalDate());
		dossiers.insertRoute(dossierId, route);
		int first = route.stream().filter(RouteHop::reviews).findFirst().orElseThrow().seq();
		dossiers.setCurrentHop(dossierId, first);
		timeline.addEvent(dossierId, clock.localNow(), 0, dossier.submittingOrg(), dossier.submittedBy(),
				DossierEventType.SUBMITTED, null, null, dossier.title());
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.RECEIVED, first));
		return first;
	}

	/** Moves the dossier from its hop, whose leader signed the submission, to the next hop; returns that hop. */
	@Transactional
	public int forward(String dossierId) {
		int fromHop = dossiers.lock(dossierId).currentHop();
		RouteHop next = dossiers.hop(dossierId, fromHop + 1);
		dossiers.setCurrentHop(dossierId, next.seq());
		timeline.addEvent(dossierId, clock.localNow(), fromHop, dossiers.hop(dossierId, fromHop).orgCode(),
				Actors.SYSTEM, DossierEventType.FORWARDED, null, null, next.orgCode());
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.FORWARDED, next.seq()));
		return next.seq();
	}

	/** Closes a dossier no level proposed further: every nominee still pending is not awarded. */
	@Transactional
	public void closeRejected(String dossierId) {
		close(dossierId, DossierStatus.REJECTED, DossierEventType.CLOSED_REJECTED,
				recorded("page.nomination.reason.closed-rejected"));
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.REJECTED,
				dossiers.require(dossierId).currentHop()));
	}

	/** Closes a dossier not supplemented in time. */
	@Transactional
	public void expire(String dossierId) {
		close(dossierId, DossierStatus.EXPIRED, DossierEventType.EXPIRED, recorded("page.nomination.reason.expired"));
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.EXPIRED,
				dossiers.require(dossierId).currentHop()));
	}

	/** Closes a withdrawn dossier (called by the process after the withdrawal message). */
	@Transactional
	public void markWithdrawn(String dossierId) {
		close(dossierId, DossierStatus.WITHDRAWN, DossierEventType.WITHDRAWN, recorded("page.nomination.reason.withdrawn"));
	}

	/** A text recorded with the dossier (a nominee's reason, a timeline entry): Vietnamese, whoever reads it. */
	private static String recorded(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args);
	}

	private void close(String dossierId, DossierStatus status, DossierEventType event, String reason) {
		Dossier dossier = dossiers.lock(dossierId);
		LocalDateTime now = clock.localNow();
		for (Nominee nominee : nomineeRows.pendingNominees(dossierId)) {
			nomineeRows.closeNominee(nominee.id(), NomineeStatus.NOT_AWARDED, reason, dossier.currentHop());
		}
		dossiers.updateStatus(dossierId, status, now);
		if (event != DossierEventType.WITHDRAWN) {
			RouteHop hop = dossiers.hop(dossierId, dossier.currentHop());
			timeline.addEvent(dossierId, now, hop.seq(), hop.orgCode(), Actors.SYSTEM, event, null, null, reason);
		}
	}

}
