package vn.tdkt.awards.paper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardDecisionService;
import vn.tdkt.awards.award.Decision;
import vn.tdkt.awards.document.DocumentService;
import vn.tdkt.awards.document.DocumentType;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierRepository;

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

	private final DossierRepository dossiers;

	private final Submissions submissions;

	private final SubmissionPaper submissionPaper;

	private final DecisionPaper decisionPaper;

	private final CertificatePaper certificatePaper;

	private final AwardDecisionService decisions;

	private final DocumentService documents;

	PaperService(DossierRepository dossiers, Submissions submissions, SubmissionPaper submissionPaper,
			DecisionPaper decisionPaper, CertificatePaper certificatePaper, AwardDecisionService decisions,
			DocumentService documents) {
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

	/** Numbers the hop's submission and stores its PDF; returns the submission's number. */
	@Transactional
	public String printSubmission(String dossierId, int hopSeq) {
		Dossier dossier = dossiers.lock(dossierId);
		Submissions.Submission submission = submissions.numbered(dossierId, hopSeq);
		documents.storePaper(dossierId, submissionKey(hopSeq), DocumentType.TO_TRINH,
				"to-trinh-%s.pdf".formatted(VietnameseText.slug(submission.number())),
				submissionPaper.render(dossier, submission), submission.signer(), submission.org(), hopSeq);
		return submission.number();
	}

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
