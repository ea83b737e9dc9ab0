package az.blackjanuary.memorial.tribute;

import java.util.Objects;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;

/**
 * Keeps the word index ({@link WallWords}) with the tributes, in the same transaction and
 * on the same connection as the statement that writes each: whatever stores a tribute
 * through JPA (intake, the author's change or removal, moderation, tests) cannot forget
 * it. A removed tribute's words leave the index with its words.
 */
class TributeWordsListener {

	private final WallWords words;

	TributeWordsListener(WallWords words) {
		this.words = words;
	}

	@PostLoad
	void loaded(Tribute tribute) {
		tribute.indexed(tribute.searchText());
	}

	@PostPersist
	void stored(Tribute tribute) {
		this.words.add(tribute.id(), tribute.createdAt(), tribute.searchText());
		tribute.indexed(tribute.searchText());
	}

	@PostUpdate
	void changed(Tribute tribute) {
		if (!Objects.equals(tribute.indexedSearchText(), tribute.searchText())) {
			this.words.remove(tribute.id(), tribute.createdAt(), tribute.indexedSearchText());
			this.words.add(tribute.id(), tribute.createdAt(), tribute.searchText());
			tribute.indexed(tribute.searchText());
		}
	}

	@PreRemove
	void removed(Tribute tribute) {
		this.words.remove(tribute.id(), tribute.createdAt(), tribute.indexedSearchText());
	}

}
