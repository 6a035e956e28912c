SELECT 1 #!x
; DROP TABLE dossier