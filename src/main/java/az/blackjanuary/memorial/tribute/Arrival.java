package az.blackjanuary.memorial.tribute;

import java.time.Instant;

import az.blackjanuary.memorial.system.Language;

/**
 * A tribute as intake passed it: the form as sent, stamped with its moment, screened, and
 * with the hashes of where it came from (see {@link Tribute#sentWith}), waiting to be
 * stored together with those that came at the same moment.
 */
record Arrival(TributeForm form, Language language, Instant at, TributeFlag flag, String clientHash,
		String authorKeyHash, String requestKeyHash) {

	/**
	 * A new, unsaved tribute each time: a write that failed is tried again with a fresh
	 * one.
	 */
	Tribute tribute() {
		Tribute tribute = new Tribute(this.form.getName(), this.form.getPlace(), this.form.getMessage(), this.language,
				this.at);
		tribute.sentWith(this.clientHash, this.authorKeyHash, this.requestKeyHash);
		tribute.showName(this.form.getNameShown());
		tribute.remember(this.form.getRememberedPerson());
		if (this.flag != null) {
			tribute.flag(this.flag);
		}
		return tribute;
	}

}
