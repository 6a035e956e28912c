package org.tthc.ingestion.sample;

import java.util.List;
import java.util.SplittableRandom;

/** The catalogue's procedures by index, with their wire strings encoded once and a weighted pick by dossier share. */
final class ProcedureTable {
    private final SampleProcedure[] procedures;
    private final byte[][] codes;
    private final byte[][] names;
    private final byte[][] sectorCodes;
    private final byte[][] sectorNames;
    private final int[] departments;
    private final WeightedChoice choice;

    ProcedureTable(List<SampleProcedure> list, OrganisationDirectory organisations) {
        int n = list.size();
        procedures = list.toArray(SampleProcedure[]::new);
        codes = new byte[n][];
        names = new byte[n][];
        sectorCodes = new byte[n][];
        sectorNames = new byte[n][];
        departments = new int[n];
        int[] indexes = new int[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            SampleProcedure p = procedures[i];
            codes[i] = WireJson.quoted(p.procedure().code());
            names[i] = WireJson.quoted(p.procedure().name());
            sectorCodes[i] = WireJson.quoted(p.procedure().sectorCode());
            sectorNames[i] = WireJson.quoted(p.procedure().sectorName());
            departments[i] = organisations.indexOf(p.departmentCode());
            indexes[i] = i;
            shares[i] = p.share();
        }
        choice = new WeightedChoice(indexes, shares);
    }

    int pick(SplittableRandom random) {
        return choice.pick(random);
    }

    SampleProcedure procedure(int index) {
        return procedures[index];
    }

    int processingDays(int index) {
        return procedures[index].procedure().processingTime();
    }

    int department(int index) {
        return departments[index];
    }

    byte[] code(int index) {
        return codes[index];
    }

    byte[] name(int index) {
        return names[index];
    }

    byte[] sectorCode(int index) {
        return sectorCodes[index];
    }

    byte[] sectorName(int index) {
        return sectorNames[index];
    }
}
