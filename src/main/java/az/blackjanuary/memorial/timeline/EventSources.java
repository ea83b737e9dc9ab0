package az.blackjanuary.memorial.timeline;

import az.blackjanuary.memorial.release.ReleaseCitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Timeline events cite the release they are sourced from, hidden events too. */
@Component
class EventSources implements ReleaseCitations {

	private final TimelineEventRepository events;

	EventSources(TimelineEventRepository events) {
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isCited(long releaseId) {
		return this.events.existsBySourceReleaseId(releaseId);
	}

}
