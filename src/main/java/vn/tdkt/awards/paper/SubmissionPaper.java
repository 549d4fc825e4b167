package vn.tdkt.awards.paper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.document.DocumentRepository;
import vn.tdkt.awards.movement.Movement;
import vn.tdkt.awards.nomination.DocumentInfo;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.HopRole;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgUnit;

/**
 * A hop's submission (tờ trình) to the next level: header, number and date, to whom, legal bases, the proposal it
 * carries on, the request, the documents enclosed, the signer, and the list of those still proposed.
 */
@Component
class SubmissionPaper {

	private final PaperFacts facts;

	private final DossierLifecycle dossiers;

	private final DocumentRepository documents;

	private final Submissions submissions;

	private final PdfRenderer renderer;

	SubmissionPaper(PaperFacts facts, DossierLifecycle dossiers, DocumentRepository documents, Submissions submissions,
			PdfRenderer renderer) {
		this.facts = facts;
		this.dossiers = dossiers;
		this.documents = documents;
		this.submissions = submissions;
		this.renderer = renderer;
	}

	Map<String, Object> model(Dossier dossier, Submissions.Submission submission) {
		OrgUnit org = facts.org(submission.org());
		OrgUnit to = facts.org(submission.toOrg());
		AwardType awardType = facts.awardType(dossier);
		Optional<Movement> movement = facts.movement(dossier);
		List<Nominee> proposed = dossiers.pendingNominees(dossier.id());
		RouteHop next = dossiers.hop(dossier.id(), submission.hopSeq() + 1);
		String toTitle = VietnameseText.full(to.leaderTitle());
		String counts = PaperFacts.counts(proposed);
		Map<String, Object> model = new HashMap<>();
		model.put("issuerParent", facts.issuerParent(org));
		model.put("issuer", facts.issuer(org));
		model.put("number", submission.number());
		model.put("dateLine", VietnameseText.dateLine(facts.place(org), submission.date()));
		model.put("subject", "Về việc đề nghị tặng " + awardType.nameVi());
		model.put("to", toTitle);
		model.put("bases", facts.bases(org, submission.date(), movement));
		model.put("proposal", proposal(dossier, submission, org));
		String asked = next.role() == HopRole.DECIDE ? "xem xét, quyết định tặng"
				: "xem xét, trình cấp có thẩm quyền tặng";
		model.put("request", "%s kính trình %s %s %s cho %s (có danh sách kèm theo), %s.".formatted(org.name(), toTitle,
				asked, awardType.nameVi(), counts, facts.achievement(dossier)));
		model.put("enclosed", enclosed(dossier));
		model.put("closing", "Kính trình %s xem xét, %s./.".formatted(toTitle,
				next.role() == HopRole.DECIDE ? "quyết định" : "trình cấp có thẩm quyền quyết định"));
		model.put("recipients", List.of("Như trên;", "Lưu: VT."));
		model.put("signer", facts.signer(org, submission.signer()));
		// a People's Committee submits as a body: its chair signs on its behalf (Decree 30/2020, "TM." before the title)
		if (facts.issuer(org).stream().anyMatch(line -> line.startsWith(PEOPLES_COMMITTEE))) {
			model.put("onBehalf", "TM. " + PEOPLES_COMMITTEE);
		}
		model.put("annexTitle", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG " + VietnameseText.upper(awardType.nameVi()));
		model.put("annexRef", "(Kèm theo Tờ trình số %s %s của %s)".formatted(submission.number(),
				VietnameseText.date(submission.date()), org.name()));
		model.put("groups", PaperFacts.groups(proposed));
		return model;
	}

	/** "Xét đề nghị của …": the submission of the hop below, else the submitting org when it is another. */
	private String proposal(Dossier dossier, Submissions.Submission submission, OrgUnit org) {
		String previous = submission.hopSeq() == 0 ? null : submissions.find(dossier.id(), submission.hopSeq() - 1)
			.map(s -> "Xét đề nghị của %s tại Tờ trình số %s %s.".formatted(
					VietnameseText.full(facts.org(s.org()).leaderTitle()), s.number(), VietnameseText.date(s.date())))
			.orElse(null);
		if (previous == null && !dossier.submittingOrg().equals(org.code())) {
			previous = "Xét đề nghị của %s.".formatted(facts.org(dossier.submittingOrg()).name());
		}
		return previous;
	}

	/** The dossier's own documents (not the papers printed) by type, as the submission lists them. */
	private List<String> enclosed(Dossier dossier) {
		return documents.ofDossier(dossier.id())
			.stream()
			.filter(d -> !d.generated())
			.map(DocumentInfo::typeName)
			.distinct()
			.toList();
	}

	static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";

	byte[] render(Dossier dossier, Submissions.Submission submission) {
		return renderer.render("submission", model(dossier, submission));
	}

	/** The submission as it would be signed now, marked as a draft without a number. */
	byte[] preview(Dossier dossier, Submissions.Submission unsigned) {
		Map<String, Object> model = model(dossier, unsigned);
		model.put("draft", true);
		return renderer.render("submission", model);
	}

}
