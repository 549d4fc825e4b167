package vn.tdkt.awards.incident;

import static vn.tdkt.awards.system.Snapshot.REFRESH;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.Snapshot;

/**
 * {@code awards_incidents} at {@code /actuator/prometheus}: steps that failed after their retries and wait for an
 * administrator (the list is at /admin/incidents). Anything above zero deserves an alert.
 */
@Component
class IncidentMetrics implements MeterBinder {

	private final Snapshot<Long> open;

	IncidentMetrics(RuntimeService runtime, @Value(REFRESH) Duration refresh) {
		this.open = new Snapshot<>(refresh, () -> runtime.createIncidentQuery().count());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("awards.incidents", open, Snapshot::get)
			.description("Open incidents: process steps that failed after their retries")
			.register(registry);
	}

}
