package org.tthc.domain.dossier;

/** A dossier's identity across the platform: the source system and the dossier code it gave. */
public record DossierKey(String sourceSystem, String dossierCode) {
}
