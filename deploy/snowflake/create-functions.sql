-- SME Navigator as Snowflake JavaScript UDFs.
-- This is the template: `npm run build` writes packages/udf/dist/snowflake.sql with the engine bundle in
-- place of the marker below (Snowflake JavaScript UDFs cannot load a library file). Run that file.
-- Arguments are upper case inside the JavaScript body, as Snowflake passes them.
-- The engine is evaluated once per process and kept on globalThis, which Snowflake preserves between rows.
-- SME_SIZE carries only the size rules (about 78 KB); SME_ASSESS carries the whole engine (about 115 KB,
-- 35 KB compressed; Snowflake stores the body compressed and recommends keeping it near 100 KB). Both answer in English.

CREATE OR REPLACE FUNCTION SME_SIZE(SECTOR VARCHAR, EMPLOYEES FLOAT, REVENUE FLOAT, ASSETS FLOAT, STANDARD VARCHAR, UNIT VARCHAR)
RETURNS VARIANT
LANGUAGE JAVASCRIPT
AS $$
if (typeof globalThis.smeNavigatorSize === 'undefined') {
/*@@SME_NAVIGATOR_SIZE_BUNDLE@@*/
  globalThis.smeNavigatorSize = smeNavigatorSize;
}
return globalThis.smeNavigatorSize.size(SECTOR, EMPLOYEES, REVENUE, ASSETS, STANDARD, UNIT);
$$;

CREATE OR REPLACE FUNCTION SME_ASSESS(FIRM VARIANT, STANDARD VARCHAR, UNIT VARCHAR)
RETURNS VARIANT
LANGUAGE JAVASCRIPT
AS $$
if (typeof globalThis.smeNavigator === 'undefined') {
/*@@SME_NAVIGATOR_BUNDLE@@*/
  globalThis.smeNavigator = smeNavigator;
}
return globalThis.smeNavigator.assess(FIRM, STANDARD, UNIT);
$$;

-- Example:
-- SELECT FIRM, SME_SIZE(SECTOR, EMPLOYEES, REVENUE, ASSETS, 'prc-2017', NULL):size::STRING AS SIZE FROM FIRMS;
