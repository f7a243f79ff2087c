import type { Catalogue } from '../catalogue.js';
import { capability } from './capability.js';
import { cluster } from './cluster.js';
import { common } from './common.js';
import { fields } from './fields.js';
import { finance } from './finance.js';
import { size } from './size.js';

export const en: Catalogue = { ...common, ...fields, ...size, ...capability, ...cluster, ...finance };
