// SME_SIZE alone: a bundle a fraction of the full one, well inside Snowflake's inline-body guidance.
export { size } from './size.js';
