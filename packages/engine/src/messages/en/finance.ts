import type { Catalogue } from '../catalogue.js';

export const finance: Catalogue = {};
