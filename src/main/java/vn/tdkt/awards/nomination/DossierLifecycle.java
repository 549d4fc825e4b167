package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The dossier as other modules see and change it: nomination owns the dossier's tables ({@link DossierRepository} is
 * its own), and this is the only way in from outside. Reads: the dossier, its route and hops, its nominees and its
 * timeline. Lifecycle: a hop opened, its steps' outcomes, verdicts and nominees dropped or put back, a return for a
 * supplement, the hop's end, the status; {@link #addEvent} is the one writer of the timeline. Callers run inside their
 * own transactions (the engine's command, a service's {@code @Transactional}).
 */
@Component
public class DossierLifecycle {

	private final DossierRepository repository;

	private final NomineeRepository nominees;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	DossierLifecycle(DossierRepository repository, NomineeRepository nominees, Timeline timeline,
			ApplicationEventPublisher events) {
		this.timeline = timeline;
		this.repository = repository;
		this.nominees = nominees;
		this.events = events;
	}

	// the milestones, published where they happen (mails listen to them)

	/** The hop returned the dossier: it waits for its nominator's supplement until {@code due}. */
	public void returnedForSupplement(String dossierId, int hopSeq, LocalDateTime due, LocalDateTime at) {
		repository.updateStatus(dossierId, DossierStatus.RETURNED, at);
		repository.setSupplementDue(dossierId, due);
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.RETURNED, hopSeq));
	}

	/**
	 * The decision is issued at the deciding hop: every nominee still pending is awarded (with {@code reason}), the
	 * dossier is DECIDED, the timeline says so ({@code record}, by {@code actor}). Returns the nominees awarded.
	 */
	public List<Nominee> decided(String dossierId, RouteHop hop, String actor, String reason, String record,
			LocalDateTime at) {
		List<Nominee> awarded = nominees.pendingNominees(dossierId);
		awarded.forEach(n -> nominees.closeNominee(n.id(), NomineeStatus.AWARDED, reason, hop.seq()));
		repository.updateStatus(dossierId, DossierStatus.DECIDED, at);
		timeline.addEvent(dossierId, at, hop.seq(), hop.orgCode(), actor, DossierEventType.DECIDED, null, null,
				record);
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.DECIDED, hop.seq()));
		return awarded;
	}

	/** Who a nominee is, as eligibility links it to a person: the person found before, the CCCD and birth date. */
	public record NomineeIdentity(Long personId, String idNumber, java.time.LocalDate birthDate) {
	}

	public NomineeIdentity identity(long nomineeId) {
		return nominees.identity(nomineeId);
	}

	/** The nominee is this person (eligibility's people register). */
	public void linkPerson(long nomineeId, long personId) {
		nominees.linkPerson(nomineeId, personId);
	}

	// what other modules read

	/** The dossier, if there is one with this id. */
	public Optional<Dossier> find(String id) {
		return repository.find(id);
	}

	/** The dossier; an unknown id is a programming error here (callers hold ids from the engine). */
	public Dossier require(String id) {
		return repository.require(id);
	}

	/** The dossier's hops in order. */
	public List<RouteHop> route(String dossierId) {
		return repository.route(dossierId);
	}

	/** One hop of the dossier's route. */
	public RouteHop hop(String dossierId, int seq) {
		return repository.hop(dossierId, seq);
	}

	/** What the route reads at a hop: the steps that apply there and the outcomes recorded so far. */
	public HopState hopState(String dossierId, int seq) {
		return repository.hopState(dossierId, seq);
	}

	/** Every nominee of the dossier, in their order. */
	public List<Nominee> nominees(String dossierId) {
		return nominees.nominees(dossierId);
	}

	/** The nominees still under review. */
	public List<Nominee> pendingNominees(String dossierId) {
		return nominees.pendingNominees(dossierId);
	}

	/** How many nominees are still under review. */
	public int pendingCount(String dossierId) {
		return nominees.pendingCount(dossierId);
	}

	/**
	 * Nominees this hop's own appraisal left out (not the council, not an objection, not an earlier level): when the
	 * dossier comes back to the same appraisal (a leader's return, a supplement), the appraiser may put them back.
	 */
	public List<Nominee> leftOutByAppraisal(String dossierId, int hop) {
		return nominees.leftOutByAppraisal(dossierId, hop);
	}

	/** The dossier's timeline, oldest first. */
	public List<DossierEvent> events(String dossierId) {
		return timeline.events(dossierId);
	}

	/** The latest event of the kind on the dossier's timeline. */
	public Optional<DossierEvent> lastEvent(String dossierId, DossierEventType action) {
		return timeline.lastEvent(dossierId, action);
	}

	/** The dossier's posting under way, if its current hop posts and has not tallied the posting yet. */
	public Optional<OpenPosting> openPosting(String dossierId) {
		return timeline.openPosting(dossierId);
	}

	/** The postings under way at these orgs (all of them for null), soonest to end first. */
	public List<OpenPosting> openPostings(java.util.Collection<String> orgCodes) {
		return timeline.openPostings(orgCodes);
	}

	/** The dossiers not closed yet whose route still has one of the orgs ahead of it (its current hop included). */
	public List<Dossier> openDossiersAhead(java.util.Collection<String> orgCodes) {
		return repository.openDossiersAhead(orgCodes);
	}

	// what other modules change, as the review goes

	/** Locks the dossier row for the rest of the transaction (serialises actions on one dossier across nodes). */
	public Dossier lock(String id) {
		return repository.lock(id);
	}

	/** The dossier's status; a final one closes it. */
	public void updateStatus(String id, DossierStatus status, LocalDateTime at) {
		repository.updateStatus(id, status, at);
	}

	/** Moves the dossier to {@code hop}; the hops up to it are marked reached (what the list's scope reads). */
	public void setCurrentHop(String id, int hop) {
		repository.setCurrentHop(id, hop);
	}

	/**
	 * The route from hop {@code seq} on is replaced (an org on it ceased): that hop continues at the tail's first org,
	 * the hops after it are the tail's. The hops before {@code seq} keep their history.
	 */
	public void replaceRouteFrom(String dossierId, int seq, List<RouteHop> tail) {
		repository.replaceRouteFrom(dossierId, seq, tail);
	}

	/** Which steps apply at a hop, its outcomes so far kept (the hop moved to another org). */
	public void setHopSteps(String dossierId, int seq, boolean councilRequired, boolean postingRequired) {
		repository.setHopSteps(dossierId, seq, councilRequired, postingRequired);
	}

	/** The hop opens: which steps apply there; no outcome yet. */
	public void openHop(String dossierId, int seq, boolean councilRequired, boolean postingRequired) {
		repository.openHop(dossierId, seq, councilRequired, postingRequired);
	}

	/** The appraisal's outcome at the hop, which the route reads. */
	public void setAppraisalOutcome(String dossierId, int seq, String outcome) {
		repository.setAppraisalOutcome(dossierId, seq, outcome);
	}

	/** The signature's outcome at the hop, which the route reads. */
	public void setSignOutcome(String dossierId, int seq, String outcome) {
		repository.setSignOutcome(dossierId, seq, outcome);
	}

	/** How the review at the hop ended (FORWARDED, DECIDED, REJECTED, EXPIRED). */
	public void setHopOutcome(String dossierId, int seq, String outcome) {
		repository.setHopOutcome(dossierId, seq, outcome);
	}

	/** When the supplement asked for is due (null once it arrived). */
	public void setSupplementDue(String id, LocalDateTime due) {
		repository.setSupplementDue(id, due);
	}

	/** The hop's public posting runs until {@code ends}. */
	public void setPostingEnds(String dossierId, int seq, LocalDateTime ends) {
		repository.setPostingEnds(dossierId, seq, ends);
	}

	/** A nominee's verdict at a step of a hop. */
	public void addVerdict(long nomineeId, int hop, String step, boolean approved, String reason, LocalDateTime at) {
		nominees.addVerdict(nomineeId, hop, step, approved, reason, at);
	}

	/** The nominee leaves the review with its status and reason. */
	public void closeNominee(long nomineeId, NomineeStatus status, String reason, int hop) {
		nominees.closeNominee(nomineeId, status, reason, hop);
	}

	/** A nominee the same appraisal had left out goes on again. */
	public void reopenNominee(long nomineeId) {
		nominees.reopenNominee(nomineeId);
	}

	/** The one writer of the dossier's timeline (dossier_event): what happened, at which hop, by whom, from which task. */
	public void addEvent(String dossierId, LocalDateTime at, int hop, String orgCode, String actor,
			DossierEventType action, String taskKey, String taskId, String comment) {
		timeline.addEvent(dossierId, at, hop, orgCode, actor, action, taskKey, taskId, comment);
	}

}
