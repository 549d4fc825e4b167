package vn.tdkt.awards.nomination;

import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Kinds of documents a dossier holds (Law 06/2022 Art. 84; Decree 152/2025 Art. 42). The label is the bundle's
 * {@code label.documenttype.<NAME>}: Vietnamese by {@link #label()} (papers, the timeline), in a reader's language by
 * {@link #label(Locale)}.
 */
public enum DocumentType {

	TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN_HOI_DONG, BIEN_BAN_BINH_XET, XAC_NHAN_SANG_KIEN, Y_KIEN_CO_QUAN,
	KET_QUA_CONG_KHAI, TOM_TAT_THANH_TICH, QUYET_DINH, BANG_KHEN, KHAC;

	public String label() {
		return label(WebConfiguration.VIETNAMESE);
	}

	public String label(Locale locale) {
		return UserTexts.text(locale, "label.documenttype." + name());
	}

}
