package vn.tdkt.awards.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.system.ReferenceVersion;

/**
 * Reads award types and the council rules that go with them, by code and by date from each node's copy of the tables
 * (every step of a dossier names its award type), which follows the reference version ({@link ReferenceVersion}).
 */
@Repository
public class AwardTypeRepository {

	private static final String SELECT = "select code, name_vi, name_en, family, subject_types, deciding_levels, authority, public_posting, legal_basis from award_type";

	private static final String COUNCIL_RULE = "select award_type, org_level, secret_ballot, threshold_percent,"
			+ " threshold_inclusive, threshold_base, legal_basis, quorum_numerator, quorum_denominator, quorum_basis,"
			+ " certainty, valid_from, valid_to from award_council_rule";

	private final JdbcClient jdbc;

	/** The award types by code, in their order; and every council rule of every date, newest first: each node's copy. */
	private final ReferenceVersion.Cached<Map<String, AwardType>> types;

	private final ReferenceVersion.Cached<List<CouncilRule>> rules;

	public AwardTypeRepository(JdbcClient jdbc, ReferenceVersion version) {
		this.jdbc = jdbc;
		this.types = version.cache(() -> {
			Map<String, AwardType> byCode = new LinkedHashMap<>();
			jdbc.sql(SELECT + " order by sort_order").query(AwardTypeRepository::map).list().forEach(t -> byCode.put(t.code(), t));
			return Collections.unmodifiableMap(byCode);
		});
		this.rules = version.cache(() -> jdbc.sql(COUNCIL_RULE + " order by valid_from desc").query(CouncilRule.class).list()
			.stream()
			.filter(r -> r.validFrom() != null)
			.toList());
	}

	public List<AwardType> findAll() {
		return List.copyOf(types.inTransaction().values());
	}

	public Optional<AwardType> find(String code) {
		return Optional.ofNullable(code == null ? null : types.inTransaction().get(code));
	}

	/** How the council of the level votes on the award type, by the rule in force on the date; none: no vote there. */
	public Optional<CouncilRule> councilRule(String awardType, OrgLevel level, LocalDate on) {
		if (on == null) {
			return Optional.empty();
		}
		return rules.inTransaction()
			.stream()
			.filter(r -> r.awardType().equals(awardType) && r.orgLevel().equals(level.name()) && !r.validFrom().isAfter(on)
					&& (r.validTo() == null || !r.validTo().isBefore(on)))
			.findFirst();
	}

	/** Every council rule in force on the date. */
	public List<CouncilRule> councilRules(LocalDate on) {
		return jdbc.sql(COUNCIL_RULE + " where valid_from <= ? and (valid_to is null or valid_to >= ?) order by award_type, org_level")
			.params(on, on)
			.query(CouncilRule.class)
			.list();
	}

	private static AwardType map(ResultSet rs, int row) throws SQLException {
		return new AwardType(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getString("family"), split(rs.getString("subject_types"), SubjectType.class),
				split(rs.getString("deciding_levels"), OrgLevel.class), rs.getString("authority"),
				rs.getBoolean("public_posting"), rs.getString("legal_basis"));
	}

	private static <E extends Enum<E>> List<E> split(String csv, Class<E> type) {
		return Arrays.stream(csv.split("[|,]")).map(String::trim).map(v -> Enum.valueOf(type, v)).toList();
	}

}
