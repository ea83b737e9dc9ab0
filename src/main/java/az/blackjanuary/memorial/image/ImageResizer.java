package az.blackjanuary.memorial.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import az.blackjanuary.memorial.image.ResizedImage.Rendition;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into what the site keeps: the type told by the bytes, not the name
 * (JPEG, PNG or WebP); the pixels decoded, turned upright as the camera's orientation
 * says, and encoded again at a few widths. Only pixels are written, so EXIF, GPS and any
 * other metadata stay behind.
 */
@Component
class ImageResizer {

	/**
	 * The widths pages choose from; an image narrower than one is kept at its own width.
	 */
	static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	/** The widest an image is kept, to be opened at full size (a document's scan). */
	static final int FULL_WIDTH = 2400;

	/** More pixels than any camera or scanner gives: a file made to fill the memory. */
	static final long MAX_PIXELS = 100_000_000L;

	/**
	 * The most pixels decoded at once, 48 to 64 MiB (3 or 4 bytes each): a phone's 12
	 * megapixels whole, anything larger read at every second or third pixel, so that an
	 * upload fits in the heap the site is started with beside the pages it serves.
	 */
	static final long DECODED_PIXELS = 16_000_000L;

	private static final float JPEG_QUALITY = 0.85f;

	/** One upload decoded at a time: a large photograph takes tens of megabytes. */
	private final ReentrantLock decoding = new ReentrantLock();

	ImageResizer() {
		// The WebP reader is found on the class path of the packaged site only this way.
		ImageIO.scanForPlugins();
		// Uploads are bytes in memory already: no copy of each through a file in the
		// temporary directory, which a full or cleaned disk would make fail.
		ImageIO.setUseCache(false);
	}

	ResizedImage resize(byte[] upload) throws UnreadableImage {
		String formatName = formatName(upload);
		this.decoding.lock();
		try {
			Decoded decoded = decode(upload, formatName);
			ImageFormat format = hasTransparentPixels(decoded.pixels()) ? ImageFormat.PNG : ImageFormat.JPEG;
			List<Rendition> renditions = new ArrayList<>();
			for (int width : widthsFor(decoded.uprightWidth())) {
				BufferedImage resized = decoded.upright(decoded.resizer(width)
					.imageType((format == ImageFormat.PNG) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
					.asBufferedImage());
				renditions.add(new Rendition(resized.getWidth(), resized.getHeight(), encode(resized, format)));
			}
			return new ResizedImage(hash(renditions.get(renditions.size() - 1).bytes()), format,
					List.copyOf(renditions));
		}
		catch (IOException | RuntimeException unreadable) {
			throw new UnreadableImage("admin.image.not-an-image", unreadable);
		}
		finally {
			this.decoding.unlock();
		}
	}

	/** The widths kept for an image this wide: the usual ones below it, and its own. */
	static List<Integer> widthsFor(int width) {
		List<Integer> widths = new ArrayList<>();
		int widest = Math.min(width, FULL_WIDTH);
		WIDTHS.stream().filter((candidate) -> candidate < widest).forEach(widths::add);
		widths.add(widest);
		return widths;
	}

	/** What the first bytes say the file is, whatever its name says. */
	private static String formatName(byte[] upload) throws UnreadableImage {
		if (startsWith(upload, 0, 0xFF, 0xD8, 0xFF)) {
			return "jpeg";
		}
		if (startsWith(upload, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "png";
		}
		if (startsWith(upload, 0, 'R', 'I', 'F', 'F') && startsWith(upload, 8, 'W', 'E', 'B', 'P')) {
			return "webp";
		}
		throw new UnreadableImage("admin.image.not-an-image");
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Every how many pixels an image this large is read: every second or third of a very
	 * large one, since it is kept at most {@link #FULL_WIDTH} wide anyway, and never more
	 * than {@link #DECODED_PIXELS} in all.
	 */
	static int decodingStep(int width, int height) {
		int step = Math.max(1, Math.max(width, height) / FULL_WIDTH);
		while (decodedPixels(width, step) * decodedPixels(height, step) > DECODED_PIXELS) {
			step++;
		}
		return step;
	}

	private static long decodedPixels(int length, int step) {
		return (length + step - 1) / step;
	}

	/**
	 * Decodes the image as read at {@link #decodingStep}, with the way to turn it
	 * upright.
	 */
	private static Decoded decode(byte[] upload, String formatName) throws IOException, UnreadableImage {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
		if (!readers.hasNext()) {
			throw new UnreadableImage("admin.image.not-an-image");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(input, true, false);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > MAX_PIXELS) {
				throw new UnreadableImage("admin.image.too-many-pixels");
			}
			Orientation orientation = orientation(reader);
			ImageReadParam param = reader.getDefaultReadParam();
			int step = decodingStep(width, height);
			param.setSourceSubsampling(step, step, 0, 0);
			return new Decoded(reader.read(0, param), (orientation != null) ? orientation : Orientation.TOP_LEFT);
		}
		finally {
			reader.dispose();
		}
	}

	/** The camera's orientation, when the file gives one that can be read. */
	private static Orientation orientation(ImageReader reader) {
		try {
			return ExifUtils.getExifOrientation(reader, 0);
		}
		catch (IOException | RuntimeException unreadable) {
			return null;
		}
	}

	/**
	 * The pixels as stored and the camera's orientation. Each rendition is turned upright
	 * after it is made smaller, so that the whole image is never held twice.
	 */
	private record Decoded(BufferedImage pixels, Orientation orientation) {

		/**
		 * Whether the camera was held sideways: the upright width is the stored height.
		 */
		private boolean sideways() {
			return switch (this.orientation) {
				case LEFT_TOP, RIGHT_TOP, RIGHT_BOTTOM, LEFT_BOTTOM -> true;
				default -> false;
			};
		}

		int uprightWidth() {
			return sideways() ? this.pixels.getHeight() : this.pixels.getWidth();
		}

		/** Makes the stored pixels as small as this upright width asks. */
		Thumbnails.Builder<BufferedImage> resizer(int uprightWidth) {
			Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(this.pixels);
			return sideways() ? builder.height(uprightWidth) : builder.width(uprightWidth);
		}

		BufferedImage upright(BufferedImage resized) {
			return (this.orientation == Orientation.TOP_LEFT) ? resized
					: ExifFilterUtils.getFilterForOrientation(this.orientation).apply(resized);
		}

	}

	private static boolean hasTransparentPixels(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int pixel : row) {
				if ((pixel >>> 24) != 0xFF) {
					return true;
				}
			}
		}
		return false;
	}

	/** Pixels only: no metadata is given to the writer, so none is written. */
	private static byte[] encode(BufferedImage image, ImageFormat format) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.extension()).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == ImageFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static String hash(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return HexFormat.of().formatHex(Arrays.copyOf(digest, 10));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
