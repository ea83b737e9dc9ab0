package az.blackjanuary.memorial.names;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's name as spelled in one language, and a short text about them in it. */
@Embeddable
class PersonText {

	static final int NAME_MAX = 300;

	@Column(name = "full_name", nullable = false, length = NAME_MAX)
	private String fullName;

	@Column(name = "about")
	private String about;

	protected PersonText() {
	}

	PersonText(String fullName, String about) {
		this.fullName = fullName;
		this.about = about;
	}

	String fullName() {
		return this.fullName;
	}

	String about() {
		return this.about;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PersonText text && text.fullName.equals(this.fullName)
				&& java.util.Objects.equals(text.about, this.about);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.fullName, this.about);
	}

}
