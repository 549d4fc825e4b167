package vn.tdkt.awards.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;

/**
 * An administrator who enabled deployments through the REST API deploys from a script; the same request from another
 * site's page is still refused. Own JVM: the setting is off everywhere else.
 */
@AppTest
@OwnJvm
@TestPropertySource(properties = "awards.security.deployment-api-enabled=true")
class DeploymentApiEnabledTest {

	static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
			    targetNamespace="test" id="definitions_script">
			  <process id="scriptDeployed" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <startEvent id="start"/>
			  </process>
			</definitions>
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aScriptDeploys_anotherSitesPageDoesNot() {
		Http http = new Http(port);
		assertThat(http.send(deployment(http, "http://evil.example")).statusCode()).isEqualTo(403);
		assertThat(count()).isZero();
		assertThat(http.send(deployment(http, null)).statusCode()).isEqualTo(200);
		assertThat(count()).isEqualTo(1);
	}

	long count() {
		return jdbc.sql("select count(*) from act_re_procdef where key_ = 'scriptDeployed'").query(Long.class).single();
	}

	HttpRequest deployment(Http http, String origin) {
		String boundary = "----test" + System.nanoTime();
		String body = ("--%1$s\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nscript\r\n"
				+ "--%1$s\r\nContent-Disposition: form-data; name=\"data\"; filename=\"script.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n%2$s\r\n--%1$s--\r\n").formatted(boundary, MODEL);
		var request = http.request("/engine-rest/deployment/create", "admin", Http.ADMIN_PASSWORD)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return request.build();
	}

}
