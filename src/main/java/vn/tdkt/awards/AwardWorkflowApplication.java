package vn.tdkt.awards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The award workflow engine: nomination dossiers reviewed level by level in Camunda 7, decided and registered. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AwardWorkflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(AwardWorkflowApplication.class, args);
	}

}
