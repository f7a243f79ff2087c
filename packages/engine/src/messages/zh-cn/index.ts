import type { Catalogue } from '../catalogue.js';
import { capability } from './capability.js';
import { cluster } from './cluster.js';
import { common } from './common.js';
import { fields } from './fields.js';
import { finance } from './finance.js';
import { size } from './size.js';

/** Simplified Chinese (zh-CN): the same keys as `en`, checked by catalogue-complete.test.ts. */
export const zhCN: Catalogue = { ...common, ...fields, ...size, ...capability, ...cluster, ...finance };
