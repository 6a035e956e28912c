package org.tthc.ingestion.sample;

import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.io.SerializedString;

/** The catalogue's procedures by index, with their wire strings encoded once and a weighted pick by dossier share. */
final class ProcedureTable {
    private final SampleProcedure[] procedures;
    private final SerializedString[] codes;
    private final SerializedString[] names;
    private final SerializedString[] sectorCodes;
    private final SerializedString[] sectorNames;
    private final int[] departments;
    private final WeightedChoice choice;

    ProcedureTable(List<SampleProcedure> list, OrganisationDirectory organisations) {
        int n = list.size();
        procedures = list.toArray(SampleProcedure[]::new);
        codes = new SerializedString[n];
        names = new SerializedString[n];
        sectorCodes = new SerializedString[n];
        sectorNames = new SerializedString[n];
        departments = new int[n];
        int[] indexes = new int[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            SampleProcedure p = procedures[i];
            codes[i] = PeopleNames.encoded(p.procedure().code());
            names[i] = PeopleNames.encoded(p.procedure().name());
            sectorCodes[i] = PeopleNames.encoded(p.procedure().sectorCode());
            sectorNames[i] = PeopleNames.encoded(p.procedure().sectorName());
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

    SerializedString code(int index) {
        return codes[index];
    }

    SerializedString name(int index) {
        return names[index];
    }

    SerializedString sectorCode(int index) {
        return sectorCodes[index];
    }

    SerializedString sectorName(int index) {
        return sectorNames[index];
    }
}
