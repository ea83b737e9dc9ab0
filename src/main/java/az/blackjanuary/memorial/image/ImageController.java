package az.blackjanuary.memorial.image;

import java.time.Duration;

import az.blackjanuary.memorial.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Serves each width of an image at an address made from its content: the bytes at an
 * address never change, so a browser keeps them a year and never asks again, and any
 * instance answers from the database.
 */
@Controller
class ImageController {

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final Renditions renditions;

	ImageController(Renditions renditions) {
		this.renditions = renditions;
	}

	@GetMapping("/images/{hash:[0-9a-f]{20}}-{width:[0-9]{1,4}}.{extension:jpg|png}")
	ResponseEntity<byte[]> image(@PathVariable String hash, @PathVariable int width, @PathVariable String extension,
			WebRequest webRequest, HttpServletRequest request) {
		// The tag is the address's own: the bytes need not be read, nor buffered to tag
		// them.
		ShallowEtagHeaderFilter.disableContentCaching(request);
		String tag = "\"" + hash + "-" + width + "\"";
		ImageFormat format = ImageFormat.ofExtension(extension).orElseThrow();
		if (webRequest.checkNotModified(tag)) {
			return ResponseEntity.status(304).eTag(tag).cacheControl(FOR_A_YEAR).build();
		}
		byte[] bytes = this.renditions.bytes(hash, width, extension)
			.orElseThrow(() -> new NotFoundException("No image " + hash + "-" + width));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.cacheControl(FOR_A_YEAR)
			.eTag(tag)
			.body(bytes);
	}

}
