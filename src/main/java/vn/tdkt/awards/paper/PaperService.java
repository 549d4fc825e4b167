package vn.tdkt.awards.paper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.document.DocumentService;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.registry.Decision;

/**
 * Prints the papers of the workflow's steps and stores them as documents of the dossier, with the same checksum,
 * listing and authorization as uploaded ones: the submission when a hop's leader has signed it upward, the decision
 * and certificates when the decision is issued. Each is stored once (a retried job finds it).
 */
@Service
public class PaperService {

	public static final String DECISION = "DECISION";

	static final String CERTIFICATES = "CERTIFICATES";

	static final String CERTIFICATES_BLANK = "CERTIFICATES-BLANK";

	private final DossierLifecycle dossiers;

	private final Submissions submissions;

	private final SubmissionPaper submissionPaper;

	private final DecisionPaper decisionPaper;

	private final CertificatePaper certificatePaper;

	private final AwardDecisionService decisions;

	private final DocumentService documents;

	private final vn.tdkt.awards.org.OrgRepository orgs;

	private final vn.tdkt.awards.system.AppClock clock;

	/** A submission's number, taken and committed on its own (REQUIRES_NEW). */
	private final org.springframework.transaction.support.TransactionTemplate numbering;

	PaperService(DossierLifecycle dossiers, Submissions submissions, SubmissionPaper submissionPaper,
			DecisionPaper decisionPaper, CertificatePaper certificatePaper, AwardDecisionService decisions,
			DocumentService documents, vn.tdkt.awards.org.OrgRepository orgs, vn.tdkt.awards.system.AppClock clock,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.orgs = orgs;
		this.clock = clock;
		this.numbering = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.numbering.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dossiers = dossiers;
		this.submissions = submissions;
		this.submissionPaper = submissionPaper;
		this.decisionPaper = decisionPaper;
		this.certificatePaper = certificatePaper;
		this.decisions = decisions;
		this.documents = documents;
	}

	static String submissionKey(int hopSeq) {
		return "SUBMISSION-" + hopSeq;
	}

	/** Numbers the submission of the dossier's current hop, whose leader signed it, and stores its PDF. */
	@Transactional
	public String printSubmission(String dossierId) {
		return printSubmission(dossierId, dossiers.require(dossierId).currentHop());
	}

	/**
	 * Numbers the hop's submission and stores its PDF; returns the submission's number. The number is taken and kept
	 * in a short transaction of its own, before the dossier is locked and the paper rendered: the org's submission
	 * counter is not held through rendering (another dossier of the org waits an instant, not a PDF), and a retry
	 * after a failed rendering finds the number already given (no gap).
	 */
	@Transactional
	public String printSubmission(String dossierId, int hopSeq) {
		Submissions.Submission submission = numbering.execute(status -> submissions.numbered(dossierId, hopSeq));
		Dossier dossier = dossiers.lock(dossierId);
		documents.storePaper(dossierId, submissionKey(hopSeq), DocumentType.TO_TRINH,
				"to-trinh-%s.pdf".formatted(VietnameseText.slug(submission.number())),
				submissionPaper.render(dossier, submission), submission.signer(), submission.org(), hopSeq);
		return submission.number();
	}

	/**
	 * The paper the leader of the dossier's current hop is about to sign, as it would read if signed today by
	 * {@code leaderId}: the decision at the deciding hop, the submission upward elsewhere; marked as a draft, without a
	 * number, stored nowhere.
	 */
	@Transactional(readOnly = true)
	public byte[] preview(String dossierId, String leaderId) {
		Dossier dossier = dossiers.require(dossierId);
		if (dossier.status() != vn.tdkt.awards.nomination.DossierStatus.IN_REVIEW) {
			throw new vn.tdkt.awards.nomination.DossierStateException("error.paper.no-preview", dossierId);
		}
		var hop = dossiers.hop(dossierId, dossier.currentHop());
		var org = orgs.find(hop.orgCode()).orElseThrow();
		java.time.LocalDate today = clock.today();
		if (hop.role() == vn.tdkt.awards.nomination.HopRole.DECIDE) {
			return decisionPaper.preview(dossier, new Decision(0, dossierId, org.code(), today.getYear(),
					UNNUMBERED + org.decisionSymbol(), today, leaderId, org.leaderTitle()));
		}
		var next = dossiers.hop(dossierId, hop.seq() + 1);
		return submissionPaper.preview(dossier, new Submissions.Submission(dossierId, hop.seq(), org.code(),
				next.orgCode(), UNNUMBERED + org.submissionSymbol(), today, leaderId));
	}

	/** Where a draft's number will stand: "     /QĐ-UBND". */
	static final String UNNUMBERED = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/";

	/** Stores the decision and the two certificate files of a decided dossier. */
	@Transactional
	public void printDecision(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		Decision decision = decisions.find(dossierId)
			.orElseThrow(() -> new IllegalStateException("Dossier %s has no decision".formatted(dossierId)));
		String slug = VietnameseText.slug(decision.number());
		int hop = dossier.currentHop();
		documents.storePaper(dossierId, DECISION, DocumentType.QUYET_DINH, "quyet-dinh-%s.pdf".formatted(slug),
				decisionPaper.render(dossier, decision), decision.signer(), decision.authorityOrg(), hop);
		documents.storePaper(dossierId, CERTIFICATES, DocumentType.BANG_KHEN, "bang-khen-%s.pdf".formatted(slug),
				certificatePaper.full(dossier, decision), decision.signer(), decision.authorityOrg(), hop);
		documents.storePaper(dossierId, CERTIFICATES_BLANK, DocumentType.BANG_KHEN,
				"bang-khen-%s-in-len-phoi.pdf".formatted(slug), certificatePaper.onBlank(dossier, decision),
				decision.signer(), decision.authorityOrg(), hop);
	}

}
