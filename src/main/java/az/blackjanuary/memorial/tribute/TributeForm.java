package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * What a visitor may post: nothing else (no status, no date) can be bound from the request.
 * Lengths count characters as people see them, so an emoji counts once. The name shows in full
 * unless the author chose otherwise.
 */
record TributeForm(@CodePointLength(max = 80, message = "{tribute.name.too-long}") @VisibleText String name,
		@CodePointLength(max = 80, message = "{tribute.place.too-long}") @VisibleText String place,
		@NotBlank(message = "{tribute.message.required}") @CodePointLength(max = 1000,
				message = "{tribute.message.too-long}") @VisibleText String message,
		NameShown nameShown) {

	static final int MESSAGE_MAX = 1000;

	TributeForm {
		name = FormInput.clean(name);
		place = FormInput.clean(place);
		message = FormInput.clean(message);
		nameShown = (nameShown != null) ? nameShown : NameShown.FULL;
	}

	static TributeForm empty() {
		return new TributeForm(null, null, null, null);
	}

}
