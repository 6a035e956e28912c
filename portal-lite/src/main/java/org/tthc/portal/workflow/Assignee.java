package org.tthc.portal.workflow;

/**
 * Who is to handle a step: an officer, in a department. A null department means the department the procedure step
 * names.
 */
public record Assignee(String department, String officer) {
    public static Assignee officer(String officer) {
        return new Assignee(null, officer);
    }
}
