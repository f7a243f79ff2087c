// The full bundle (SME_ASSESS and SME_SIZE); size-udf.ts is the small one for SME_SIZE alone.
export { size } from './size.js';
export { assess } from './assess.js';
