package org.tthc.ingestion.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Vietnamese personal and company names (names.txt), every combination built once as a pre-encoded JSON string, with
 * an ASCII form of each person name for e-mail addresses. Family names follow their real frequencies.
 */
final class PeopleNames {
    private static final int GENDERS = 2;

    private final double[] familyCumulative;
    private final int middleCount;
    private final int givenStride;
    private final int[] givenCount = new int[GENDERS];
    private final byte[][] persons;
    private final byte[][] asciiPersons;
    private final byte[][] companies;

    PeopleNames() {
        SampleResource names = SampleResource.load("names.txt");
        List<String> family = new ArrayList<>();
        List<String> familyLines = names.lines("family");
        familyCumulative = new double[familyLines.size()];
        double total = 0;
        for (int i = 0; i < familyLines.size(); i++) {
            String[] f = SampleResource.fields(familyLines.get(i), 2);
            family.add(f[0]);
            total += Double.parseDouble(f[1]);
            familyCumulative[i] = total;
        }
        for (int i = 0; i < familyCumulative.length; i++) {
            familyCumulative[i] /= total;
        }
        List<List<String>> middle = List.of(names.list("middle-male"), names.list("middle-female"));
        List<List<String>> given = List.of(names.list("given-male"), names.list("given-female"));
        middleCount = Math.min(middle.get(0).size(), middle.get(1).size());
        givenCount[0] = given.get(0).size();
        givenCount[1] = given.get(1).size();
        givenStride = Math.max(givenCount[0], givenCount[1]);
        int size = family.size() * GENDERS * middleCount * givenStride;
        persons = new byte[size][];
        asciiPersons = new byte[size][];
        // Quoting and the ASCII form work character by character, so each part is converted once and the
        // combinations are joined from the parts' bytes: start-up stays well under 100 ms.
        byte[][] familyText = utf8(family, "");
        byte[][] familyAscii = family.stream().map(PeopleNames::ascii).map(WireJson::ascii).toArray(byte[][]::new);
        for (int f = 0; f < family.size(); f++) {
            for (int g = 0; g < GENDERS; g++) {
                byte[][] middleText = utf8(middle.get(g), " ");
                byte[][] givenText = utf8(given.get(g), " ");
                byte[][] givenAscii = given.get(g).stream().map(PeopleNames::ascii).map(WireJson::ascii)
                        .toArray(byte[][]::new);
                for (int m = 0; m < middleCount; m++) {
                    for (int n = 0; n < givenCount[g]; n++) {
                        int i = index(f, g, m, n);
                        persons[i] = WireJson.quoted(familyText[f], middleText[m], givenText[n]);
                        asciiPersons[i] = concat(givenAscii[n], familyAscii[f]);
                    }
                }
            }
        }
        List<String> companyNames = new ArrayList<>();
        for (String kind : names.list("company-kind")) {
            for (String trade : names.list("company-trade")) {
                for (String name : names.list("company-name")) {
                    companyNames.add(kind + " " + trade + " " + name);
                }
            }
        }
        companies = companyNames.stream().map(WireJson::quoted).toArray(byte[][]::new);
    }

    /** A random person (index into {@link #person}), family names weighted by frequency. */
    int randomPerson(SplittableRandom random) {
        double r = random.nextDouble();
        int f = 0;
        while (f < familyCumulative.length - 1 && r >= familyCumulative[f]) {
            f++;
        }
        int g = random.nextInt(GENDERS);
        return index(f, g, random.nextInt(middleCount), random.nextInt(givenCount[g]));
    }

    int randomCompany(SplittableRandom random) {
        return random.nextInt(companies.length);
    }

    byte[] person(int index) {
        return persons[index];
    }

    boolean isFemale(int index) {
        return index / (middleCount * givenStride) % GENDERS == 1;
    }

    /** Given name then family name without diacritics, lower case: "annguyen". */
    byte[] asciiPerson(int index) {
        return asciiPersons[index];
    }

    byte[] company(int index) {
        return companies[index];
    }

    private int index(int family, int gender, int middle, int given) {
        return ((family * GENDERS + gender) * middleCount + middle) * givenStride + given;
    }

    /** Each name as escaped UTF-8 JSON string content, after {@code prefix}. */
    private static byte[][] utf8(List<String> names, String prefix) {
        return names.stream().map(name -> WireJson.escaped(prefix + name)).toArray(byte[][]::new);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
