import { CAPABILITY_COLUMNS } from '../../fields/capability-columns.js';
import { CLUSTER_COLUMNS } from '../../fields/cluster-columns.js';
import { FINANCE_COLUMNS } from '../../fields/finance-columns.js';
import { SIZE_COLUMNS } from '../../fields/size-columns.js';
import type { Catalogue } from '../catalogue.js';

/** Every field id a firm row can have, once: the columns of size, capability, financing and clusters. */
export const FIELD_IDS: readonly string[] = [...new Set([...SIZE_COLUMNS, ...CAPABILITY_COLUMNS, ...FINANCE_COLUMNS, ...CLUSTER_COLUMNS].map((c) => c.id))];

/**
 * `field.<id>`: a field as messages name it (`render.field`). English messages name a field by its
 * id, the column header the documentation and the sample use, so each label is the id itself.
 */
export const fields: Catalogue = Object.fromEntries(FIELD_IDS.map((id) => [`field.${id}`, id]));
