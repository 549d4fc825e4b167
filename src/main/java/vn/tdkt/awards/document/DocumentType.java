package vn.tdkt.awards.document;

/** Kinds of documents a dossier holds (Law 06/2022 Art. 84; Decree 152/2025 Art. 42). */
public enum DocumentType {

	TO_TRINH("Tờ trình đề nghị khen thưởng"), BAO_CAO_THANH_TICH("Báo cáo thành tích"),
	BIEN_BAN_HOI_DONG("Biên bản họp Hội đồng Thi đua - Khen thưởng"), BIEN_BAN_BINH_XET("Biên bản bình xét thi đua"),
	XAC_NHAN_SANG_KIEN("Xác nhận sáng kiến, đề tài khoa học"), Y_KIEN_CO_QUAN("Ý kiến của cơ quan có thẩm quyền"),
	KET_QUA_CONG_KHAI("Kết quả công khai danh sách"), TOM_TAT_THANH_TICH("Tóm tắt thành tích"),
	QUYET_DINH("Quyết định khen thưởng"), BANG_KHEN("Bằng khen, giấy khen (bản in)"), KHAC("Tài liệu khác");

	private final String label;

	DocumentType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
