package az.blackjanuary.memorial.tribute;

import java.time.Instant;

import az.blackjanuary.memorial.system.Language;

/**
 * A tribute as it came with a form, stamped and screened in its sender's request, waiting to be
 * stored together with those that came at the same moment.
 */
record Arrival(TributeForm form, Language language, Submission submission, Instant at, TributeFlag flag) {

	/** A new, unsaved tribute each time: a write that failed is tried again with a fresh one. */
	Tribute tribute() {
		Tribute tribute = new Tribute(this.form.getName(), this.form.getPlace(), this.form.getMessage(), this.language,
				this.at);
		tribute.sentWith(this.submission);
		tribute.showName(this.form.getNameShown());
		if (this.flag != null) {
			tribute.flag(this.flag);
		}
		return tribute;
	}

}
