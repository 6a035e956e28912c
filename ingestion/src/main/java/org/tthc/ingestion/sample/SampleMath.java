package org.tthc.ingestion.sample;

/** Small arithmetic the generator shares: apportioning totals, fixed-width digits. */
final class SampleMath {
    private SampleMath() {
    }

    /** Splits {@code total} into integer parts proportional to {@code weights} (largest remainder; sums exactly). */
    static int[] apportion(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    static String sixDigits(int n) {
        String digits = Integer.toString(n);
        return "000000".substring(digits.length()) + digits;
    }

    /** "00", "01", … "99" back to back, as ASCII: two digits per table lookup. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** Writes {@code value} as exactly {@code width} decimal digits (zero-padded) into {@code out} at {@code at}. */
    static void digits(byte[] out, int at, long value, int width) {
        int i = at + width;
        while (i - at >= 2) {
            int pair = (int) (value % 100);
            value /= 100;
            out[--i] = PAIRS[2 * pair + 1];
            out[--i] = PAIRS[2 * pair];
        }
        if (i > at) {
            out[--i] = (byte) ('0' + value % 10);
        }
    }
}
