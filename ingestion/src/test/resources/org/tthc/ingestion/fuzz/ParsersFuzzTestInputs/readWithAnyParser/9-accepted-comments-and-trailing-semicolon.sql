	-- dossiers per organisation
SELECT /* everything */ org_code, count(*) -- counted
FROM dossier GROUP BY org_code; -- done