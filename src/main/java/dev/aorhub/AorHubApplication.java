package dev.aorhub;

import org.springframework.boot.SpringApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * AOR Hub: one application that runs an agency's agency-of-record relationships end to
 * end.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class AorHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(AorHubApplication.class, args);
	}

}
