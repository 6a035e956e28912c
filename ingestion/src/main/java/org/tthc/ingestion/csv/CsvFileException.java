package org.tthc.ingestion.csv;

/** A CSV file cannot be read at all (its header lacks a mapped column, it is not UTF-8, it is not CSV). */
public class CsvFileException extends RuntimeException {
    private final String location;

    public CsvFileException(String location, String message) {
        super("CSV file " + location + ": " + message);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
