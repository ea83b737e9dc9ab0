package az.blackjanuary.memorial.image;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.Translated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features ask of the images: a feature keeps the id of its picture in a
 * column of its own, asks here for the {@link Picture} to show, and lets editors choose
 * from {@link #options}.
 */
@Service
@Transactional(readOnly = true)
public class Pictures {

	/** The width a browser that reads no {@code srcset} is given. */
	private static final int DEFAULT_WIDTH = 960;

	private static final int LABEL_MAX = 80;

	private final ImageRepository images;

	Pictures(ImageRepository images) {
		this.images = images;
	}

	/** The picture to show, when the id names one; null and unknown ids give none. */
	public Optional<Picture> picture(Long id, Language language) {
		if (id == null) {
			return Optional.empty();
		}
		return this.images.findWithTextsById(id).map((image) -> picture(image, language));
	}

	/** The pictures of several ids at once, by id: for a page of many entries. */
	public Map<Long, Picture> pictures(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.images.findByIdIn(ids)
			.stream()
			.map((image) -> picture(image, language))
			.collect(Collectors.toMap(Picture::id, Function.identity()));
	}

	public boolean exists(long id) {
		return this.images.existsById(id);
	}

	/**
	 * Every image, newest first, named by its alternative text in the editor's language.
	 */
	public List<ImageOption> options(Language language) {
		return this.images.findAllByOrderByUploadedAtDescIdDesc()
			.stream()
			.map((image) -> new ImageOption(image.id(), label(image, language)))
			.toList();
	}

	private static String label(Image image, Language language) {
		String alt = image.textFor(language).map((text) -> text.content().altText()).orElse("");
		String shortened = (alt.length() > LABEL_MAX) ? alt.substring(0, LABEL_MAX - 1) + "…" : alt;
		return "#" + image.id() + " · " + shortened;
	}

	static Picture picture(Image image, Language language) {
		List<Integer> widths = ImageResizer.widthsFor(image.width());
		String srcset = widths.stream()
			.map((width) -> address(image, width) + " " + width + "w")
			.collect(Collectors.joining(", "));
		int middle = widths.stream()
			.filter((width) -> width <= DEFAULT_WIDTH)
			.reduce((a, b) -> b)
			.orElse(widths.get(0));
		Optional<Translated<ImageText>> text = image.textFor(language);
		return new Picture(image.id(), image.kind(), address(image, middle), srcset, image.width(), image.height(),
				text.map((t) -> t.content().altText()).orElse(""), text.map(Translated::language).orElse(language),
				text.map((t) -> t.content().caption()).orElse(null), image.credit(), address(image, image.width()),
				widths);
	}

	/** The content-hashed address of one width: {@code /images/3f2a…-960.jpg}. */
	static String address(Image image, int width) {
		return "/images/" + image.contentHash() + "-" + width + "." + image.format();
	}

}
