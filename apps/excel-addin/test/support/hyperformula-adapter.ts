/**
 * Registers custom functions described by a functions.json onto HyperFormula's FunctionPlugin
 * mechanism, so a sheet of `=SME.*` formulas can be evaluated by a real formula engine in tests.
 *
 * It reads only what Excel reads: each function's id, name and parameters (optional or not, matrix
 * or scalar) and its result's dimensionality, and calls the JavaScript function associated with the
 * id, passing arguments the way Excel does: a matrix parameter gets a 2-D array (a single value is
 * [[value]]), an empty cell is null, an omitted optional argument is null, an error cell is a
 * CustomFunctions.Error. Returned CustomFunctions.Error values become HyperFormula errors with
 * their message; a matrix result spills.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import { CustomFunctionError, ErrorCode, type Associated } from './custom-functions.js';

export interface FunctionsJson {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; optional?: boolean; dimensionality?: string }[];
    result?: { dimensionality?: string; type?: string };
  }[];
}

type HfAst = { args: unknown[] };
type HfState = unknown;
type PluginMethods = Record<string, (this: FunctionPlugin & PluginInternals, ast: HfAst, state: HfState) => unknown>;
interface PluginInternals {
  runFunction(args: unknown[], state: HfState, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: HfState): ArraySize;
  evaluateAst(ast: unknown, state: HfState): unknown;
}

const TO_HF_ERROR: Record<string, ErrorType> = {
  [ErrorCode.invalidValue]: ErrorType.VALUE,
  [ErrorCode.notAvailable]: ErrorType.NA,
  [ErrorCode.divisionByZero]: ErrorType.DIV_BY_ZERO,
  [ErrorCode.invalidNumber]: ErrorType.NUM,
  [ErrorCode.invalidName]: ErrorType.NAME,
  [ErrorCode.invalidReference]: ErrorType.REF,
};
const FROM_HF_ERROR: Record<string, string> = Object.fromEntries(Object.entries(TO_HF_ERROR).map(([code, type]) => [type, code]));

/** One cell as Excel hands it to a custom function. */
function toExcelCell(cell: unknown): unknown {
  if (typeof cell === 'symbol' || cell === undefined) return null; // HyperFormula's EmptyValue
  if (cell instanceof CellError) return new CustomFunctionError(FROM_HF_ERROR[cell.type] ?? ErrorCode.invalidValue, cell.message);
  return cell;
}

function toExcelArg(arg: unknown, matrix: boolean): unknown {
  if (arg === undefined) return null;
  if (arg instanceof SimpleRangeValue) {
    const grid = arg.data.map((row) => row.map(toExcelCell));
    return matrix ? grid : grid[0]?.[0] ?? null;
  }
  return matrix ? [[toExcelCell(arg)]] : toExcelCell(arg);
}

function toHfCell(value: unknown): unknown {
  if (value instanceof CustomFunctionError) return new CellError(TO_HF_ERROR[value.code] ?? ErrorType.VALUE, value.message);
  if (value === null || value === undefined) return 0; // as Excel shows a null result
  return value;
}

/** Registers the functions; returns the plugin so a test can unregister it. */
export function registerFunctions(metadata: FunctionsJson, implementations: Associated, namespace: string): FunctionPluginDefinition {
  class CustomFunctionsPlugin extends FunctionPlugin {}
  const implemented: ImplementedFunctions = {};
  const methods = CustomFunctionsPlugin.prototype as unknown as PluginMethods;
  const translations: Record<string, string> = {};

  for (const f of metadata.functions) {
    const impl = implementations.get(f.id);
    if (impl === undefined) throw new Error(`functions.json declares ${f.id}, but no function is associated with that id`);
    const name = `${namespace}.${f.name}`.toUpperCase();
    const matrixResult = f.result?.dimensionality === 'matrix';
    const matrixParams = f.parameters.map((p) => p.dimensionality === 'matrix');
    implemented[name] = {
      method: `run_${f.id}`,
      parameters: f.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
      vectorizationForbidden: true,
      ...(matrixResult ? { sizeOfResultArrayMethod: `size_${f.id}` } : {}),
    };
    translations[name] = name;

    methods[`run_${f.id}`] = function (ast, state) {
      return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
        let result: unknown;
        try {
          result = impl(...f.parameters.map((_, i) => toExcelArg(args[i], matrixParams[i]!)));
        } catch (e) {
          return new CellError(ErrorType.VALUE, `${name} threw: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (!matrixResult) return toHfCell(result);
        const grid = result as unknown[][];
        if (grid.length === 1 && grid[0]!.length === 1) return toHfCell(grid[0]![0]);
        return SimpleRangeValue.onlyValues(grid.map((row) => row.map(toHfCell)) as never);
      });
    };

    if (matrixResult) {
      // Excel's lifting: every range argument has the same size, single values repeat. A whole-column
      // reference is as tall as its sheet's data (HyperFormula reports it as infinitely tall here).
      methods[`size_${f.id}`] = function (ast, state) {
        let size: ArraySize | undefined;
        for (const arg of ast.args) {
          let s = this.arraySizeForAst(arg, state);
          if (!Number.isFinite(s.height) || !Number.isFinite(s.width)) {
            const value = this.evaluateAst(arg, state);
            s = value instanceof SimpleRangeValue ? value.size : new ArraySize(1, 1);
          }
          if (s.width === 1 && s.height === 1) continue;
          if (size === undefined) size = new ArraySize(s.width, s.height);
          else if (size.width !== s.width || size.height !== s.height) return new ArraySize(1, 1); // one #VALUE!
        }
        return size ?? new ArraySize(1, 1);
      };
    }
  }

  (CustomFunctionsPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(CustomFunctionsPlugin, { enGB: translations });
  return CustomFunctionsPlugin as unknown as FunctionPluginDefinition;
}
