package az.blackjanuary.memorial.carnation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lays carnations and tells how many lie at the memorial. */
@Service
public class CarnationService {

	private final CarnationCounterRepository counter;

	private final Counter laid;

	CarnationService(CarnationCounterRepository counter, MeterRegistry meters) {
		this.counter = counter;
		this.laid = meters.counter("memorial.carnations.laid");
	}

	@Transactional
	void layOne() {
		if (this.counter.addOne() != 1) {
			throw new IllegalStateException("The carnation counter row is missing");
		}
		this.laid.increment();
	}

	@Transactional(readOnly = true)
	public long total() {
		return this.counter.findById(CarnationCounter.THE_COUNTER)
			.map(CarnationCounter::total)
			.orElseThrow(() -> new IllegalStateException("The carnation counter row is missing"));
	}

}
