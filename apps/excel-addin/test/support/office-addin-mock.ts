/**
 * office-addin-mock for the gateway tests. Its chain office-addin-manifest → @microsoft/app-manifest
 * requires fs-extra@9 without declaring it, so this package lists fs-extra@9 among its dev
 * dependencies to have it installed where that module looks.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const { OfficeMockObject } = require('office-addin-mock') as typeof import('office-addin-mock');
export type OfficeMockObject = import('office-addin-mock').OfficeMockObject;
