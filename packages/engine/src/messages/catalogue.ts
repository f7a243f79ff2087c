import type { Issue, IssueParams, ParamValue } from '../issue.js';

/** Helpers a catalogue entry uses to render values the same way everywhere in one language. */
export interface Render {
  num(value: ParamValue | undefined): string;
  /** "a, b, c" (Chinese "a、b、c") */
  list(values: ParamValue | undefined): string;
  /** "a, b or c" (Chinese "a、b或c") */
  alternatives(values: ParamValue | undefined): string;
  /** A catalogue label (`class.medium`, `unit.10k-yuan`, `indicator.sales`, `field.employees`). */
  label(key: string): string;
  /**
   * A field path as shown to a user, through the `field.<id>` labels: `revenue`, `partners[0].share` in
   * English; 营业收入, `partners[0].从业人员` in Chinese.
   */
  field(path: string | undefined): string;
  /** Renders a nested issue-like value through the catalogue. */
  message(code: string, params: IssueParams, field?: string): string;
}

export type Entry = string | ((params: IssueParams, r: Render, field: string | undefined) => string);

/** A language's messages and labels; every language has the same keys (checked by a test). */
export type Catalogue = Readonly<Record<string, Entry>>;

export type { Issue };
