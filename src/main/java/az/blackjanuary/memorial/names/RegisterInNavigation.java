package az.blackjanuary.memorial.names;

import az.blackjanuary.memorial.system.DatabaseOutage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The register is in the navigation once an entry is published, and not before. Pages are
 * cached, so the question is asked once per page and language, not per visit.
 */
@ControllerAdvice(annotations = Controller.class)
class RegisterInNavigation {

	private final Register register;

	RegisterInNavigation(Register register) {
		this.register = register;
	}

	@ModelAttribute("registerOpen")
	boolean registerOpen() {
		try {
			return this.register.isOpen();
		}
		catch (RuntimeException failed) {
			// A page shown while the database is away (the 503 page) leaves the link out.
			if (DatabaseOutage.isOutage(failed)) {
				return false;
			}
			throw failed;
		}
	}

}
