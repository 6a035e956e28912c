package org.tthc.ingestion.sample;

import java.util.List;

/** One line of {@code sectors.txt}: a sector, where its procedures are carried out, and its name templates. */
record SectorTemplate(String departmentSegment, String code, String name, String scopeLetters, String ministryCode,
                      int relativeSize, List<String> objects, List<String> actions) {
    /** Appended to names once every action–object pair is used, so that names stay unique. */
    private static final List<String> QUALIFIERS = List.of("", " đối với tổ chức", " đối với cá nhân",
            " trường hợp bị mất, hỏng", " đối với tổ chức, cá nhân nước ngoài", " theo thủ tục rút gọn",
            " trong trường hợp có thay đổi thông tin", " cấp tỉnh", " liên thông");

    static SectorTemplate parse(String line) {
        String[] f = SampleResource.fields(line, 8);
        return new SectorTemplate(f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5]),
                List.of(f[6].split(";")), List.of(f[7].split(";")));
    }

    /** The i-th procedure name of the sector. */
    String procedureName(int i) {
        int pairs = actions.size() * objects.size();
        if (i >= pairs * QUALIFIERS.size()) {
            throw new IllegalStateException("sector " + code + " has templates for " + pairs * QUALIFIERS.size()
                    + " names, asked for name " + (i + 1));
        }
        return actions.get(i % actions.size()) + " " + objects.get((i / actions.size()) % objects.size())
                + QUALIFIERS.get(i / pairs);
    }

    /** The scope of the sector's i-th procedure: the sector's scopes taken in turn. */
    Scope scope(int i) {
        return Scope.ofLetter(scopeLetters.charAt(i % scopeLetters.length()));
    }
}
