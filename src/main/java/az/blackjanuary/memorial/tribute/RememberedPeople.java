package az.blackjanuary.memorial.tribute;

import java.util.Optional;

import az.blackjanuary.memorial.system.Language;

/**
 * The people of the register a tribute may name, as the register tells them: published
 * entries only, so that a tribute never leads to a page visitors cannot open.
 */
public interface RememberedPeople {

	Optional<RememberedPerson> published(long id, Language language);

	Optional<RememberedPerson> published(String slug, Language language);

}
