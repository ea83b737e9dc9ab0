package az.blackjanuary.memorial.names;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	@EntityGraph(attributePaths = "texts")
	List<Person> findByState(PersonState state);

	/** Published entries whose key has the word: the first word of a search. */
	@EntityGraph(attributePaths = "texts")
	@Query("select p from Person p where p.state = :state and p.searchKey like concat('%', :word, '%')")
	List<Person> findByStateAndKeyContaining(PersonState state, String word);

	@EntityGraph(attributePaths = "texts")
	List<Person> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "texts")
	Optional<Person> findBySlug(String slug);

	@EntityGraph(attributePaths = "texts")
	List<Person> findByReferenceIn(Collection<String> references);

	@EntityGraph(attributePaths = "texts")
	List<Person> findByIdIn(Collection<Long> ids);

	boolean existsByState(PersonState state);

	long countByState(PersonState state);

	boolean existsBySlug(String slug);

}
