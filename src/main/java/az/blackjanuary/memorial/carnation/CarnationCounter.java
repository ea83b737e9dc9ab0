package az.blackjanuary.memorial.carnation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that holds how many red carnations have been laid. */
@Entity
@Table(name = "carnation_counter")
class CarnationCounter {

	static final int THE_COUNTER = 1;

	@Id
	private Integer id;

	@Column(nullable = false)
	private long total;

	protected CarnationCounter() {
	}

	long total() {
		return this.total;
	}

}
