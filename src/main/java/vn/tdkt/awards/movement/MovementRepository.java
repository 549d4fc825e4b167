package vn.tdkt.awards.movement;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads emulation movements. */
@Repository
public class MovementRepository {

	private static final String SELECT = "select code, name, launched_by, plan_number, plan_date, period_from, period_to, lead_agency, status from movement";

	private final JdbcClient jdbc;

	public MovementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Movement> findAll() {
		return jdbc.sql(SELECT + " order by period_from, code").query(Movement.class).list();
	}

	public Optional<Movement> find(String code) {
		return jdbc.sql(SELECT + " where code = ?").param(code).query(Movement.class).optional();
	}

	public void insert(Movement m) {
		jdbc.sql("insert into movement (code, name, launched_by, plan_number, plan_date, period_from, period_to,"
				+ " lead_agency, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(m.code(), m.name(), m.launchedBy(), m.planNumber(), m.planDate(), m.periodFrom(), m.periodTo(),
					m.leadAgency(), m.status())
			.update();
	}

	public void update(Movement m) {
		jdbc.sql("update movement set name = ?, launched_by = ?, plan_number = ?, plan_date = ?, period_from = ?,"
				+ " period_to = ?, lead_agency = ?, status = ? where code = ?")
			.params(m.name(), m.launchedBy(), m.planNumber(), m.planDate(), m.periodFrom(), m.periodTo(),
					m.leadAgency(), m.status(), m.code())
			.update();
	}

}
