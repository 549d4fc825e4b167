package vn.tdkt.awards.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;


/**
 * {@code /actuator/info} beside the build (version, time) and the JVM: the engine's version, the reference data set
 * and the business time zone, what an operator asks first when a figure looks wrong.
 */
@Component
class AppInfo implements InfoContributor {

	private final AwardsProperties properties;

	AppInfo(AwardsProperties properties) {
		this.properties = properties;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> awards = new LinkedHashMap<>();
		awards.put("referenceData", properties.referenceData());
		awards.put("timeZone", AppClock.ZONE.getId());
		awards.put("camunda", String.valueOf(ProcessEngine.class.getPackage().getImplementationVersion()));
		builder.withDetail("awards", awards);
	}

}
