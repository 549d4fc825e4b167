package vn.tdkt.awards.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under the top-level folder bpmn/ (copied to classpath:bpmn/ by pom.xml) as one deployment,
 * naming each resource by its path relative to bpmn/ ("award-nomination.bpmn", "forms/appraise.form"). Camunda's
 * own auto-deployment names resources by absolute path when run from target/classes and by bare file name in the
 * jar, which creates new versions when switching between the two; this keeps names stable everywhere. Unchanged
 * deployments are filtered as duplicates.
 */
@Component
public class BpmnFolderDeployment extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(BpmnFolderDeployment.class);

	public static final String DEPLOYMENT_NAME = "award-workflow";

	static final String ROOT = "bpmn/";

	static final String[] SUFFIXES = { ".bpmn", ".dmn", ".form" };

	private final ResourcePatternResolver resolver;

	public BpmnFolderDeployment(ResourcePatternResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		DeploymentBuilder deployment = processEngine.getRepositoryService()
			.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(ROOT)
			// redeploy all resources together when one changed, so forms stay with their process version
			.enableDuplicateFiltering(false);
		int count = 0;
		try {
			for (Resource root : resolver.getResources("classpath*:" + ROOT)) {
				String rootUrl = root.getURL().toString();
				for (String suffix : SUFFIXES) {
					for (Resource resource : resolver.getResources(rootUrl + "**/*" + suffix)) {
						String name = resource.getURL().toString().substring(rootUrl.length());
						try (InputStream in = resource.getInputStream()) {
							deployment.addInputStream(name, in);
						}
						count++;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (count > 0) {
			LOG.info("Deploying {} resources from {}: {}", count, ROOT, deployment.getResourceNames());
			deployment.deploy();
		}
	}

}
