// Every test file runs with a CustomFunctions global, as the functions do in Excel.
import { installCustomFunctions } from './custom-functions.js';

installCustomFunctions();
