package vn.tdkt.awards.eligibility;

import java.util.List;
import java.util.Set;

import vn.tdkt.awards.system.TableFile;

/** The history file's format: its columns, the required ones, the values it knows, and its templates with examples. */
public final class HistoryFile {

	private HistoryFile() {
	}

	public static final List<String> COLUMNS = List.of("record", "subject_type", "id_number", "name", "birth_date",
			"org_code", "year", "value", "award_type", "kind", "movement", "authority_org", "decision_number",
			"decision_date", "from_date", "to_date", "note");

	static final List<String> REQUIRED = List.of("record", "subject_type", "name", "org_code");

	static final List<List<String>> EXAMPLES = List.of(
			List.of("RATING", "CA_NHAN", "036080001234", "Phạm Văn Sơn", "12/05/1980", "GIAO_PHONG", "2021", "HTTNV", "",
					"", "", "", "", "", "", "", ""),
			List.of("INITIATIVE", "CA_NHAN", "036080001234", "Phạm Văn Sơn", "12/05/1980", "GIAO_PHONG", "2022", "CO_SO",
					"", "", "", "", "", "", "", "", "Mô hình cánh đồng mẫu lớn"),
			List.of("AWARD", "CA_NHAN", "036080001234", "Phạm Văn Sơn", "12/05/1980", "GIAO_PHONG", "2020", "", "BK_TINH",
					"CONG_TRANG", "", "NAM_DINH", "1234/QĐ-UBND", "20/12/2020", "", "", ""),
			List.of("DISCIPLINE", "CA_NHAN", "036080001234", "Phạm Văn Sơn", "12/05/1980", "GIAO_PHONG", "", "KHIEN_TRACH",
					"", "", "", "", "", "", "01/03/2019", "01/03/2020", "Khiển trách"));

	static final Set<String> RATINGS = Set.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");

	static final Set<String> LEVELS = Set.of("CO_SO", "TINH", "TOAN_QUOC");

	static final Set<String> KINDS = Set.of("CONG_TRANG", "DOT_XUAT", "PHONG_TRAO", "CONG_HIEN", "NIEN_HAN", "DOI_NGOAI");

	public static byte[] csvTemplate() {
		return TableFile.csvTemplate(COLUMNS, EXAMPLES);
	}

	public static byte[] xlsxTemplate() {
		return TableFile.xlsxTemplate("Lịch sử thi đua", COLUMNS, EXAMPLES);
	}

}
