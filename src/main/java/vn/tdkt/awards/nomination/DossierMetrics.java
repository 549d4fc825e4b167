package vn.tdkt.awards.nomination;

import static vn.tdkt.awards.system.Snapshot.REFRESH;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.Snapshot;

/** {@code awards_dossiers{status=…}} at {@code /actuator/prometheus}: dossiers by where they stand, all years. */
@Component
class DossierMetrics implements MeterBinder {

	private final Snapshot<Map<DossierStatus, Long>> counts;

	DossierMetrics(JdbcClient jdbc, @Value(REFRESH) Duration refresh) {
		this.counts = new Snapshot<>(refresh, () -> {
			Map<DossierStatus, Long> byStatus = new EnumMap<>(DossierStatus.class);
			jdbc.sql("select status, count(*) as n from dossier group by status")
				.query((rs, row) -> byStatus.put(DossierStatus.valueOf(rs.getString("status")), rs.getLong("n")))
				.list();
			return byStatus;
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (DossierStatus status : DossierStatus.values()) {
			Gauge.builder("awards.dossiers", counts, c -> c.get().getOrDefault(status, 0L))
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.description("Dossiers by status")
				.register(registry);
		}
	}

}
