package az.blackjanuary.memorial.image;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping the images: upload, describe and list them, each change audited. */
@Service
@Transactional
class ImageAdminService {

	private final ImageRepository images;

	private final Renditions renditions;

	private final AuditLog audit;

	private final Clock clock;

	ImageAdminService(ImageRepository images, Renditions renditions, AuditLog audit, Clock clock) {
		this.images = images;
		this.renditions = renditions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Keeps an image already resized, with its words; the same picture uploaded again is
	 * not kept twice.
	 */
	Uploaded upload(ResizedImage resized, ImageForm form) {
		Optional<Image> same = this.images.findByContentHash(resized.contentHash());
		if (same.isPresent()) {
			return new Uploaded(same.get().id(), true);
		}
		Image image = new Image(resized, this.clock.instant());
		image.describe(form.kind(), form.credit(), form.written());
		this.images.saveAndFlush(image);
		this.renditions.store(image.id(), resized);
		this.audit.record(AuditAction.IMAGE_UPLOADED, AuditSubject.image(image.id()));
		return new Uploaded(image.id(), false);
	}

	/** Saves new words unless someone else saved the image since the editor opened it. */
	boolean update(long id, ImageForm form) {
		Image image = find(id);
		if (form.version() == null || form.version() != image.version()) {
			return false;
		}
		image.describe(form.kind(), form.credit(), form.written());
		this.images.flush();
		this.audit.record(AuditAction.IMAGE_EDITED, AuditSubject.image(id));
		return true;
	}

	@Transactional(readOnly = true)
	ImageForm form(long id) {
		return ImageForm.of(find(id));
	}

	@Transactional(readOnly = true)
	Picture picture(long id, Language language) {
		return Pictures.picture(find(id), language);
	}

	/** Every image, newest first. */
	@Transactional(readOnly = true)
	List<ImageRow> all(Language language) {
		return this.images.findAllByOrderByUploadedAtDescIdDesc().stream().map((image) -> {
			int thumbnail = ImageResizer.widthsFor(image.width()).get(0);
			return new ImageRow(image.id(), Pictures.picture(image, language), Pictures.address(image, thumbnail),
					image.width(), image.height());
		}).toList();
	}

	private Image find(long id) {
		return this.images.findWithTextsById(id).orElseThrow(() -> new NotFoundException("No image " + id));
	}

	/** The image kept, and whether it had been uploaded before. */
	record Uploaded(long id, boolean before) {
	}

}
