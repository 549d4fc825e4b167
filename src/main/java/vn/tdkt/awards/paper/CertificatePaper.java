package vn.tdkt.awards.paper;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.registry.Decision;
import vn.tdkt.awards.system.AwardsProperties;

/**
 * The certificates of a decision (Bằng khen, Giấy khen...), a page per awarded collective or individual: a plain
 * full-page version, and a version with only the variable text, placed by the award type's layout onto the office's
 * pre-printed blank (shifted by the printer's offsets).
 */
@Component
class CertificatePaper {

	/** Where the text goes on a blank, in mm, after the printer's shift. */
	record Layout(String awardType, List<String> title, String pageSize, String orientation, double left, double width,
			double authorityTop, double nameTop, double detailTop, double footerTop, int nameSize) {

		public String page() {
			return pageSize + " " + orientation;
		}

		/** The page's width and height in mm. */
		public double[] size() {
			double[] portrait = "A3".equalsIgnoreCase(pageSize) ? new double[] { 297, 420 } : new double[] { 210, 297 };
			return "landscape".equalsIgnoreCase(orientation) ? new double[] { portrait[1], portrait[0] } : portrait;
		}

		public double pageWidth() {
			return size()[0];
		}

		public double pageHeight() {
			return size()[1];
		}

	}

	/** One certificate. */
	record Page(String name, String position, String achievement, String decisionLine, String dateLine) {
	}

	private final PaperFacts facts;

	private final DossierLifecycle dossiers;

	private final JdbcClient jdbc;

	private final PdfRenderer renderer;

	private final AwardsProperties.Papers offsets;

	CertificatePaper(PaperFacts facts, DossierLifecycle dossiers, JdbcClient jdbc, PdfRenderer renderer,
			AwardsProperties properties) {
		this.facts = facts;
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.offsets = properties.papers();
	}

	Layout layout(String awardType) {
		return jdbc.sql("select * from certificate_layout where award_type in (?, '*')"
				+ " order by case when award_type = '*' then 1 else 0 end")
			.param(awardType)
			.query((rs, row) -> new Layout(rs.getString("award_type"),
					VietnameseText.lines(rs.getString("certificate_title")), rs.getString("page_size"),
					rs.getString("orientation"), mm(rs.getBigDecimal("text_left_mm")) + offsets.blankOffsetXMm(),
					mm(rs.getBigDecimal("text_width_mm")),
					mm(rs.getBigDecimal("authority_top_mm")) + offsets.blankOffsetYMm(),
					mm(rs.getBigDecimal("name_top_mm")) + offsets.blankOffsetYMm(),
					mm(rs.getBigDecimal("detail_top_mm")) + offsets.blankOffsetYMm(),
					mm(rs.getBigDecimal("footer_top_mm")) + offsets.blankOffsetYMm(), rs.getInt("name_size_pt")))
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No certificate layout, not even '*'"));
	}

	Map<String, Object> model(Dossier dossier, Decision decision) {
		OrgUnit authority = facts.org(decision.authorityOrg());
		AwardType awardType = facts.awardType(dossier);
		String achievement = facts.achievement(dossier);
		String sentence = Character.toUpperCase(achievement.charAt(0)) + achievement.substring(1);
		String decisionLine = "Quyết định số %s %s".formatted(decision.number(), VietnameseText.date(decision.date()));
		String dateLine = VietnameseText.dateLine(facts.place(authority), decision.date());
		List<Page> pages = dossiers.nominees(dossier.id())
			.stream()
			.filter(n -> n.status() == NomineeStatus.AWARDED)
			.map(n -> new Page(addressed(n), position(n.position(), n.orgName()), sentence, decisionLine, dateLine))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("layout", layout(awardType.code()));
		model.put("authority", VietnameseText.upper(VietnameseText.full(authority.leaderTitle())));
		model.put("signer", facts.signer(authority, decision.signer()));
		model.put("pages", pages);
		return model;
	}

	/** The full-page certificates, a page each. */
	byte[] full(Dossier dossier, Decision decision) {
		return renderer.render("certificates", model(dossier, decision));
	}

	/** Only the variable text, for the pre-printed blanks. */
	byte[] onBlank(Dossier dossier, Decision decision) {
		return renderer.render("certificates-blank", model(dossier, decision));
	}

	private static String position(String position, String org) {
		if (position == null || position.isBlank()) {
			return org == null ? "" : org;
		}
		return org == null || org.isBlank() ? position : position + ", " + org;
	}

	private static double mm(BigDecimal value) {
		return value.doubleValue();
	}

	/** "Ông Phạm Văn Sơn", "Bà Lê Thị Tiên" when the nominee's gender is known; a collective by its name. */
	static String addressed(vn.tdkt.awards.nomination.Nominee n) {
		return n.gender() == null || n.subjectType() != vn.tdkt.awards.award.SubjectType.CA_NHAN ? n.name()
				: n.gender().honorific() + " " + n.name();
	}

}
