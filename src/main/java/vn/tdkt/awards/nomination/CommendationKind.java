package vn.tdkt.awards.nomination;

/** Loại hình khen thưởng (Law 06/2022 Art. 8). */
public enum CommendationKind {

	/** Theo công trạng và thành tích (periodic, merit-based). */
	CONG_TRANG,
	/** Đột xuất (ad hoc). */
	DOT_XUAT,
	/** Theo đợt, chuyên đề, phong trào thi đua. */
	PHONG_TRAO,
	/** Quá trình cống hiến. */
	CONG_HIEN,
	/** Niên hạn (armed forces). */
	NIEN_HAN,
	/** Đối ngoại. */
	DOI_NGOAI

}
