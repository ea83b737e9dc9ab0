package az.blackjanuary.memorial.tribute;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import az.blackjanuary.memorial.system.Language;

/**
 * The people of the register a tribute may name, as the register tells them: published
 * entries only, so that a tribute never leads to a page visitors cannot open.
 */
public interface RememberedPeople {

	Optional<RememberedPerson> published(long id, Language language);

	Optional<RememberedPerson> published(String slug, Language language);

	/**
	 * Those of these ids that are published, by id: one look-up for a page of tributes.
	 */
	Map<Long, RememberedPerson> published(Collection<Long> ids, Language language);

}
