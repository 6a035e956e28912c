SELECT 1; -- harmless
DELETE FROM dossier