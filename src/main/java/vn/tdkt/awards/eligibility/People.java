package vn.tdkt.awards.eligibility;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.system.AppClock;

/**
 * The people and collectives behind nominees, so that one's history is found across dossiers and years: the same
 * personal ID number (CCCD) is the same person; without it, the same name (case and diacritics aside), org and birth
 * date (when both sides know it).
 */
@Component
class People {

	private final JdbcClient jdbc;

	private final AppClock clock;

	People(JdbcClient jdbc, AppClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Finds the person, or records a new one. */
	long resolve(SubjectType type, String idNumber, String name, LocalDate birthDate, String orgCode) {
		return find(type, idNumber, name, birthDate, orgCode).orElseGet(() -> create(type, idNumber, name, birthDate,
				orgCode));
	}

	Optional<Long> find(SubjectType type, String idNumber, String name, LocalDate birthDate, String orgCode) {
		if (idNumber != null) {
			Optional<Long> byId = jdbc.sql("select id from person where id_number = ?")
				.param(idNumber)
				.query(Long.class)
				.optional();
			if (byId.isPresent()) {
				return byId;
			}
		}
		List<Long> candidates = jdbc
			.sql("select id from person where subject_type = ? and name_key = ? and org_code = ?"
					+ " and (cast(? as date) is null or birth_date is null or birth_date = ?)"
					+ " and (cast(? as varchar(12)) is null or id_number is null) order by id")
			.params(type.name(), key(name), orgCode, birthDate, birthDate, idNumber)
			.query(Long.class)
			.list();
		return candidates.stream().findFirst();
	}

	private long create(SubjectType type, String idNumber, String name, LocalDate birthDate, String orgCode) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into person (subject_type, id_number, name, name_key, birth_date, org_code, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(type.name(), idNumber, name.trim(), key(name), birthDate, orgCode, clock.localNow())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** "Phạm  Văn Sơn" → "pham van son". */
	static String key(String name) {
		String plain = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
	}

}
