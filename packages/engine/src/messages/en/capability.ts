import type { Catalogue } from '../catalogue.js';

export const capability: Catalogue = {};
