package az.blackjanuary.memorial.carnation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lays carnations and tells how many lie at the memorial. */
@Service
public class CarnationService {

	private final CarnationCounterRepository counter;

	CarnationService(CarnationCounterRepository counter) {
		this.counter = counter;
	}

	@Transactional
	void layOne() {
		if (this.counter.addOne() != 1) {
			throw new IllegalStateException("The carnation counter row is missing");
		}
	}

	@Transactional(readOnly = true)
	public long total() {
		return this.counter.findById(CarnationCounter.THE_COUNTER)
			.map(CarnationCounter::total)
			.orElseThrow(() -> new IllegalStateException("The carnation counter row is missing"));
	}

}
