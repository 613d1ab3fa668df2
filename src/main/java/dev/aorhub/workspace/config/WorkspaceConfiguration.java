package dev.aorhub.workspace.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the module's settings by name: scanning the classpath for
 * {@code @ConfigurationProperties} costs start-up time to find two records.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspaceProperties.class)
class WorkspaceConfiguration {

}
