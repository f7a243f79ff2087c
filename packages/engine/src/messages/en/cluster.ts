import type { Catalogue } from '../catalogue.js';

export const cluster: Catalogue = {};
