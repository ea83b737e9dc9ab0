package az.blackjanuary.memorial.tribute;

import java.util.Arrays;

import az.blackjanuary.memorial.system.NotFoundException;

/**
 * The lists moderators choose from: the tributes of a status, and the approved ones that
 * visitors reported, but fewer times than it takes to hide one, which would otherwise go
 * unseen.
 */
enum ModerationView {

	PENDING(TributeStatus.PENDING), REPORTED(TributeStatus.APPROVED), APPROVED(TributeStatus.APPROVED),
	REJECTED(TributeStatus.REJECTED);

	private final TributeStatus status;

	ModerationView(TributeStatus status) {
		this.status = status;
	}

	/** The status of the tributes in the list. */
	TributeStatus status() {
		return this.status;
	}

	/** The list named in an address; any other name is a page that does not exist. */
	static ModerationView named(String name) {
		return Arrays.stream(values())
			.filter((view) -> view.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No such moderation list " + name));
	}

}
