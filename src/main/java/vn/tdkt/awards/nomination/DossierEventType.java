package vn.tdkt.awards.nomination;

/** What happened to a dossier, as the timeline records it, with its Vietnamese label. */
public enum DossierEventType {

	SUBMITTED("Nộp hồ sơ"),
	RECEIVED("Tiếp nhận"),
	APPRAISED("Thẩm định"),
	RETURNED("Trả lại để bổ sung"),
	SUPPLEMENTED("Đã bổ sung"),
	SUPPLEMENT_EXPIRED("Quá hạn bổ sung"),
	REJECTED("Không đề nghị"),
	POSTED("Công khai danh sách"),
	OBJECTION_RECEIVED("Nhận phản ánh"),
	OBJECTION_UPHELD("Phản ánh đúng"),
	OBJECTION_DISMISSED("Phản ánh không đúng"),
	POSTING_ENDED("Kết thúc công khai"),
	COUNCIL_VOTED("Hội đồng bỏ phiếu"),
	SIGN_RETURNED("Lãnh đạo trả lại để thẩm định lại"),
	SUBMISSION_SIGNED("Ký tờ trình"),
	DECISION_SIGNED("Ký quyết định"),
	FORWARDED("Chuyển cấp trên"),
	DECIDED("Ban hành quyết định"),
	NO_NOMINEE_LEFT("Không còn người được đề nghị"),
	CLOSED_REJECTED("Kết thúc: không khen thưởng"),
	EXPIRED("Kết thúc: quá hạn bổ sung"),
	WITHDRAWN("Rút hồ sơ"),
	DOCUMENT_ADDED("Bổ sung tài liệu"),
	REORGANIZED("Chuyển theo sắp xếp tổ chức");

	private final String label;

	DossierEventType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
