package lab.minimax.live.frame;

/**
 * Some digit images of the image view, with the discriminator's score of each: {@code count}
 * images of {@link ImageFrame#SIDE}² uint8 pixels, row-major, image after image (0 background,
 * 255 full ink: the stored MNIST byte, or a generated value in the target's scale rounded to it).
 * {@code pixels} null keeps the images the browser shows (the real digits are sent once per run);
 * the scores are sent with every frame (D changes). Arrays are not copied.
 *
 * @param count  number of images
 * @param pixels count · 784 bytes, or null (keep)
 * @param scores D's score of each image as the view shows it (D̂ = r̂/(1 + r̂) for an f-GAN, else
 *               the critic's value); NaN where it is not finite
 */
public record ImageSet(int count, byte[] pixels, float[] scores) {
    public ImageSet {
        if (count < 0) {
            throw new IllegalArgumentException("an image set needs count ≥ 0, got " + count);
        }
        if (pixels != null && pixels.length != count * ImageFrame.PIXELS) {
            throw new IllegalArgumentException(count + " images need " + count * ImageFrame.PIXELS
                    + " pixels, got " + pixels.length);
        }
        if (scores == null || scores.length != count) {
            throw new IllegalArgumentException(count + " images need " + count + " scores, got "
                    + (scores == null ? "none" : scores.length));
        }
    }

    /** The same images without their pixels (the browser keeps those it has). */
    public ImageSet withoutPixels() {
        return new ImageSet(count, null, scores);
    }
}
