package vn.tdkt.awards.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk data for the benchmark, written in JDBC batches: the national registry (award rows over ten years, half of
 * them in the "Nông thôn mới" movement), and a province's closed dossiers with their nominees and routes.
 */
final class DataGenerator {

	static final int BATCH = 5_000;

	static final String[] COMMUNES = { "GIAO_PHONG", "GIAO_AN", "XUAN_PHU", "XUAN_PHONG", "XUAN_KIEN", "YEN_TIEN",
			"NAM_HUNG" };

	static final String[] DISTRICTS = { "GIAO_THUY", "GIAO_THUY", "XUAN_TRUONG", "XUAN_TRUONG", "XUAN_TRUONG", "Y_YEN",
			"NAM_TRUC" };

	static final String[] MOVEMENTS = { "NTM_2021_2025", "VI_NGUOI_NGHEO_2021_2025", "VAN_HOA_CONG_SO_2019_2025",
			"CCHC_2021_2025", "DOI_SONG_VAN_HOA_2021_2026", "GPMB_2022_2025" };

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20261126);

	DataGenerator(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code rows} awards over {@code years} years ending at {@code lastYear}. */
	void registry(int rows, int lastYear, int years) {
		String sql = "insert into award (award_type, award_year, movement_code, kind, subject_type, recipient_name,"
				+ " recipient_org, org_code, authority_org, decision_number, decision_date, source)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT')";
		List<Object[]> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < rows; i++) {
			int year = lastYear - random.nextInt(years);
			int c = random.nextInt(COMMUNES.length);
			int kind = random.nextInt(10);
			String type;
			String authority;
			if (kind < 5) {
				type = "GIAY_KHEN";
				authority = DISTRICTS[c];
			}
			else if (kind < 8) {
				type = "BK_TINH";
				authority = "NAM_DINH";
			}
			else if (kind < 9) {
				type = "CSTD_CS";
				authority = DISTRICTS[c];
			}
			else {
				type = "BK_TTG";
				authority = "TTG";
			}
			boolean ntm = random.nextBoolean();
			String movement = ntm ? "NTM_2021_2025" : random.nextInt(3) == 0 ? null : MOVEMENTS[1 + random.nextInt(5)];
			String subject = "CSTD_CS".equals(type) || random.nextInt(4) > 0 ? "CA_NHAN" : "TAP_THE";
			batch.add(new Object[] { type, year, movement, movement == null ? "CONG_TRANG" : "PHONG_TRAO", subject,
					"Người nhận " + i, null, COMMUNES[c], authority, "B-" + i, Date.valueOf(LocalDate.of(year, 12, 20)) });
			if (batch.size() == BATCH) {
				jdbc.batchUpdate(sql, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(sql, batch);
		}
	}

	/** {@code count} decided dossiers of a province's year, {@code nominees} each, with their routes. */
	void closedDossiers(int count, int nominees, int year) {
		String dossier = "insert into dossier (id, award_year, award_type, movement_code, kind, title, submitting_org,"
				+ " current_hop, status, submitted_by, submitted_at, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		String nominee = "insert into nominee (dossier_id, seq, subject_type, name, position, org_name, achievements,"
				+ " status) values (?, ?, ?, ?, ?, ?, ?, ?)";
		String hop = "insert into dossier_hop (dossier_id, seq, org_code, org_level, role, reached)"
				+ " values (?, ?, ?, ?, ?, true)";
		List<Object[]> dossiers = new ArrayList<>();
		List<Object[]> people = new ArrayList<>();
		List<Object[]> hops = new ArrayList<>();
		LocalDateTime at = LocalDateTime.of(year, 11, 1, 8, 0);
		for (int i = 0; i < count; i++) {
			String id = "HS-%d-B%05d".formatted(year, i);
			int c = random.nextInt(COMMUNES.length);
			boolean bkTinh = random.nextBoolean();
			dossiers.add(new Object[] { id, year, bkTinh ? "BK_TINH" : "GIAY_KHEN", "NTM_2021_2025", "PHONG_TRAO",
					"Đề nghị khen thưởng phong trào nông thôn mới " + i, COMMUNES[c], bkTinh ? 2 : 1, "DECIDED", "admin",
					Timestamp.valueOf(at.plusMinutes(i)), Timestamp.valueOf(at.plusDays(20).plusMinutes(i)) });
			for (int n = 1; n <= nominees; n++) {
				people.add(new Object[] { id, n, n == 1 ? "TAP_THE" : "CA_NHAN", "Người " + i + "-" + n, "Cán bộ",
						"UBND xã", "Thành tích xuất sắc", "AWARDED" });
			}
			hops.add(new Object[] { id, 0, COMMUNES[c], "UNIT", "SUBMIT" });
			hops.add(new Object[] { id, 1, DISTRICTS[c], "DISTRICT", bkTinh ? "FORWARD" : "DECIDE" });
			if (bkTinh) {
				hops.add(new Object[] { id, 2, "NAM_DINH", "PROVINCE", "DECIDE" });
			}
			if (dossiers.size() == 1000) {
				flush(dossier, dossiers, nominee, people, hop, hops);
			}
		}
		flush(dossier, dossiers, nominee, people, hop, hops);
	}

	private void flush(String dossier, List<Object[]> dossiers, String nominee, List<Object[]> people, String hop,
			List<Object[]> hops) {
		jdbc.batchUpdate(dossier, dossiers);
		jdbc.batchUpdate(nominee, people);
		jdbc.batchUpdate(hop, hops);
		dossiers.clear();
		people.clear();
		hops.clear();
	}

}
