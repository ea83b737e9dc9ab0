package az.blackjanuary.memorial.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Images made for tests: plain grey gradients of a chosen size (plainly test data), one
 * carrying a camera's GPS position, and a small WebP made with libwebp's cwebp.
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(gradient(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(gradient(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	/** A PNG whose right half is transparent. */
	public static byte[] transparentPng(int width, int height) {
		BufferedImage image = gradient(width, height, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < height; y++) {
			for (int x = width / 2; x < width; x++) {
				image.setRGB(x, y, 0x00000000);
			}
		}
		return encode(image, "png");
	}

	/** 64 × 48 pixels. */
	public static byte[] webp() {
		try (InputStream in = TestImages.class.getResourceAsStream("/images/gradient-64x48.webp")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A JPEG whose EXIF says where it was taken: Baku, 40.38° N, 49.87° E. */
	public static byte[] jpegTakenInBaku(int width, int height) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			exif.setGpsInDegrees(49.87, 40.38);
			return withExif(jpeg(width, height), exif);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JPEG stored as the sensor saw it, from a camera held sideways: its EXIF says the
	 * pixels are to be turned a quarter clockwise (orientation 6) to stand upright. The
	 * gradient is darkest at the stored top left, so upright it is darkest at the top
	 * right.
	 */
	public static byte[] jpegTakenSideways(int width, int height) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
			return withExif(jpeg(width, height), exif);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] withExif(byte[] jpeg, TiffOutputSet exif) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
		return out.toByteArray();
	}

	/** The GPS position an image's EXIF gives, or null. */
	public static TiffImageMetadata.GpsInfo gps(byte[] image) {
		try {
			ImageMetadata metadata = Imaging.getMetadata(image);
			if (!(metadata instanceof JpegImageMetadata jpeg) || jpeg.getExif() == null) {
				return null;
			}
			return jpeg.getExif().getGpsInfo();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the bytes hold an EXIF segment at all. */
	public static boolean hasExif(byte[] image) {
		try {
			return Imaging.getMetadata(image) instanceof JpegImageMetadata jpeg && jpeg.getExif() != null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BufferedImage read(byte[] image) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(image));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage gradient(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(40, 40, 40), width, height, new Color(220, 220, 220)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
