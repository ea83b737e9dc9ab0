package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * What a visitor may post: nothing else (no status, no date) can be bound from the
 * request. Lengths count characters as people see them, so an emoji counts once. The name
 * shows in full unless the author chose otherwise.
 * <p>
 * A bean, not a record: the binder fills it through its setters, where a record would be
 * built through its constructor, whose parameters Spring MVC inspects again on every
 * request (a third of the work of receiving a tribute, measured with bench/wall.sh).
 */
class TributeForm {

	@CodePointLength(max = Tribute.NAME_MAX, message = "{tribute.name.too-long}")
	@VisibleText
	private String name;

	@CodePointLength(max = Tribute.NAME_MAX, message = "{tribute.place.too-long}")
	@VisibleText
	private String place;

	@NotBlank(message = "{tribute.message.required}")
	@CodePointLength(max = Tribute.MESSAGE_MAX, message = "{tribute.message.too-long}")
	@VisibleText
	private String message;

	private NameShown nameShown = NameShown.FULL;

	/** The id of the person of the register the tribute is left in memory of, if any. */
	private Long rememberedPerson;

	/** An empty form, for the binder and the page. */
	TributeForm() {
	}

	TributeForm(String name, String place, String message, NameShown nameShown) {
		setName(name);
		setPlace(place);
		setMessage(message);
		setNameShown(nameShown);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = FormInput.clean(name);
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = FormInput.clean(place);
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = FormInput.clean(message);
	}

	public NameShown getNameShown() {
		return this.nameShown;
	}

	public void setNameShown(NameShown nameShown) {
		this.nameShown = (nameShown != null) ? nameShown : NameShown.FULL;
	}

	public Long getRememberedPerson() {
		return this.rememberedPerson;
	}

	public void setRememberedPerson(Long rememberedPerson) {
		this.rememberedPerson = rememberedPerson;
	}

}
