package org.tthc.api;

public final class TthcMain {
    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}
