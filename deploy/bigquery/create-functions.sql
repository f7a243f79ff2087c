-- SME Navigator as BigQuery JavaScript UDFs.
-- 1. Build: `npm run build` (writes packages/udf/dist/sme-navigator-udf.js).
-- 2. Upload the bundle: gcloud storage cp packages/udf/dist/sme-navigator-udf.js gs://YOUR_BUCKET/sme-navigator/
-- 3. Replace YOUR_PROJECT, YOUR_DATASET and YOUR_BUCKET below, and run this script.
-- The bundle is a library file because BigQuery limits an inline function body to 32 KB.

CREATE OR REPLACE FUNCTION `YOUR_PROJECT.YOUR_DATASET.sme_size`(
  sector STRING, employees FLOAT64, revenue FLOAT64, assets FLOAT64, standard STRING, unit STRING)
RETURNS STRUCT<size STRING, is_sme BOOL, reason STRING, warnings STRING, error STRING, rules_version STRING>
LANGUAGE js
OPTIONS (library = ['gs://YOUR_BUCKET/sme-navigator/sme-navigator-udf.js'])
AS r"""
return smeNavigator.size(sector, employees, revenue, assets, standard, unit);
""";

-- One firm row as JSON keyed by the command line's column ids; returns the command line's result cells.
CREATE OR REPLACE FUNCTION `YOUR_PROJECT.YOUR_DATASET.sme_assess`(firm JSON, standard STRING, unit STRING)
RETURNS JSON
LANGUAGE js
OPTIONS (library = ['gs://YOUR_BUCKET/sme-navigator/sme-navigator-udf.js'])
AS r"""
return smeNavigator.assess(firm, standard, unit);
""";

-- Example:
-- SELECT firm, `YOUR_PROJECT.YOUR_DATASET.sme_size`(sector, employees, revenue, assets, 'prc-2017', NULL).*
-- FROM `YOUR_PROJECT.YOUR_DATASET.firms`;
