package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.pagecache.PerResponseValue;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The tribute form's one-time ticket is issued anew for every response, the wall's cached
 * pages included: two visitors never share one, and its time is when this visitor got the
 * form.
 */
@Component
class TicketPerResponse implements PerResponseValue {

	private final FormTickets tickets;

	TicketPerResponse(FormTickets tickets) {
		this.tickets = tickets;
	}

	@Override
	public String modelAttribute() {
		return "ticket";
	}

	@Override
	public String issue(HttpServletRequest request) {
		return this.tickets.issue();
	}

}
