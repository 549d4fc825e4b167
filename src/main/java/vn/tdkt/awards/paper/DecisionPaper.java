package vn.tdkt.awards.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.movement.Movement;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.registry.Decision;

/**
 * The decision (quyết định) with its attached list: header, number and date, the authority, legal bases, the
 * proposal it answers (the previous hop's submission), the articles, recipients, the signer, and the awarded
 * collectives and individuals — only those awarded.
 */
@Component
class DecisionPaper {

	private final PaperFacts facts;

	private final DossierLifecycle dossiers;

	private final Submissions submissions;

	private final PdfRenderer renderer;

	DecisionPaper(PaperFacts facts, DossierLifecycle dossiers, Submissions submissions, PdfRenderer renderer) {
		this.facts = facts;
		this.dossiers = dossiers;
		this.submissions = submissions;
		this.renderer = renderer;
	}

	Map<String, Object> model(Dossier dossier, Decision decision) {
		return model(dossier, decision, dossiers.nominees(dossier.id())
			.stream()
			.filter(n -> n.status() == NomineeStatus.AWARDED)
			.toList());
	}

	Map<String, Object> model(Dossier dossier, Decision decision, List<Nominee> awarded) {
		OrgUnit authority = facts.org(decision.authorityOrg());
		AwardType awardType = facts.awardType(dossier);
		Optional<Movement> movement = facts.movement(dossier);
		String authorityTitle = VietnameseText.full(authority.leaderTitle());
		Map<String, Object> model = new HashMap<>();
		model.put("issuerParent", facts.issuerParent(authority));
		model.put("issuer", facts.issuer(authority));
		model.put("number", decision.number());
		model.put("dateLine", VietnameseText.dateLine(facts.place(authority), decision.date()));
		model.put("subject", "Về việc tặng " + awardType.nameVi());
		model.put("authority", VietnameseText.upper(authorityTitle));
		model.put("bases", facts.bases(authority, decision.date(), movement));
		model.put("proposal", proposal(dossier, authority));
		String counts = PaperFacts.counts(awarded);
		List<String> articles = new ArrayList<>();
		articles.add("Tặng %s cho %s (có danh sách kèm theo), %s.".formatted(awardType.nameVi(), counts,
				facts.achievement(dossier)));
		articles.add("Quyết định này có hiệu lực thi hành kể từ ngày ký.");
		articles.add("Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách"
				+ " nhiệm thi hành Quyết định này.");
		model.put("articles", articles);
		List<String> recipients = new ArrayList<>();
		recipients.add("Như Điều 3;");
		for (RouteHop hop : dossiers.route(dossier.id())) {
			if (!hop.orgCode().equals(authority.code())) {
				recipients.add(facts.org(hop.orgCode()).name() + ";");
			}
		}
		recipients.add("Lưu: VT.");
		model.put("recipients", recipients);
		model.put("signer", facts.signer(authority, decision.signer()));
		model.put("annexTitle", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG " + VietnameseText.upper(awardType.nameVi()));
		model.put("annexRef", "(Kèm theo Quyết định số %s %s của %s)".formatted(decision.number(),
				VietnameseText.date(decision.date()), authorityTitle));
		model.put("groups", PaperFacts.groups(awarded));
		return model;
	}

	byte[] render(Dossier dossier, Decision decision) {
		return renderer.render("decision", model(dossier, decision));
	}

	/** The decision as it would be issued for the nominees still proposed, marked as a draft without a number. */
	byte[] preview(Dossier dossier, Decision unsigned) {
		Map<String, Object> model = model(dossier, unsigned, dossiers.pendingNominees(dossier.id()));
		model.put("draft", true);
		return renderer.render("decision", model);
	}

	/** "Xét đề nghị của ... tại Tờ trình số ... và ý kiến của Hội đồng Thi đua - Khen thưởng." */
	private String proposal(Dossier dossier, OrgUnit authority) {
		int decidingHop = dossier.currentHop();
		StringBuilder text = new StringBuilder("Xét đề nghị của ");
		Optional<Submissions.Submission> previous = decidingHop == 0 ? Optional.empty()
				: submissions.find(dossier.id(), decidingHop - 1);
		if (previous.isPresent()) {
			OrgUnit from = facts.org(previous.get().org());
			text.append(VietnameseText.full(from.leaderTitle()))
				.append(" tại Tờ trình số ")
				.append(previous.get().number())
				.append(' ')
				.append(VietnameseText.date(previous.get().date()));
		}
		else {
			text.append(facts.org(dossier.submittingOrg()).name());
		}
		boolean council = dossiers.events(dossier.id())
			.stream()
			.anyMatch(e -> e.action() == DossierEventType.COUNCIL_VOTED && e.hopSeq() == decidingHop);
		if (council) {
			text.append(" và kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng");
		}
		return text.append('.').toString();
	}

}
