package az.blackjanuary.memorial.tribute;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The group commit where the database needs it (see {@link TributeCommits}), one commit
 * each elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class TributeCommitChoice {

	/**
	 * The writer, when chosen, is started and stopped with the site: Spring finds its
	 * lifecycle on the bean itself.
	 */
	@Bean
	TributeCommits tributeCommits(TributeProperties properties,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		boolean together = (properties.groupCommit() != null) ? properties.groupCommit()
				: databaseUrl.startsWith("jdbc:h2:");
		return together ? new TributeWriter() : new OneCommitEach();
	}

}
