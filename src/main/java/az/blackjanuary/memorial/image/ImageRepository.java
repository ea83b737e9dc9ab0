package az.blackjanuary.memorial.image;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImageRepository extends JpaRepository<Image, Long> {

	@EntityGraph(attributePaths = "texts")
	List<Image> findAllByOrderByUploadedAtDescIdDesc();

	@EntityGraph(attributePaths = "texts")
	List<Image> findByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = "texts")
	Optional<Image> findWithTextsById(long id);

	Optional<Image> findByContentHash(String contentHash);

}
