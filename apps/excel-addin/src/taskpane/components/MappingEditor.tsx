/** Which column holds each field; the user's corrections are saved in the workbook. */
import { Button, Caption1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { FIELDS, type FieldGroup } from '../core/fields.js';
import type { FieldMapping } from '../core/mapping.js';
import type { Cell, SheetLayout } from '../gateway/types.js';
import { useStrings, type Catalogue, type QuestionField } from '../strings/index.js';

/** Excel's column name for a 0-based index: A, B, …, Z, AA, … */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const GROUP_TITLE: Record<FieldGroup, keyof Catalogue> = {
  size: 'mappingGroupSize',
  capability: 'mappingGroupCapability',
  finance: 'mappingGroupFinance',
  cluster: 'mappingGroupCluster',
};

export interface MappingEditorProps {
  readonly layout: SheetLayout;
  readonly mapping: FieldMapping;
  readonly onChange: (field: string, column: number | null) => void;
  readonly onReset: () => void;
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

export function MappingEditor({ layout, mapping, onChange, onReset }: MappingEditorProps) {
  const { t, questions } = useStrings();
  const headers = layout.headers.map((h, i) => ({ i, label: `${columnName(layout.firstColumn + i)}: ${text(h)}`, empty: text(h) === '' })).filter((h) => !h.empty);
  const groups = (['size', 'capability', 'finance', 'cluster'] as const).map((g) => ({ g, fields: FIELDS.filter((f) => f.group === g) }));
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <Caption1>{t.mappingHint}</Caption1>
      <Caption1 data-testid="mapping-count">{t.mappingFound({ found: mapping.columns.size, total: FIELDS.length })}</Caption1>
      {groups.map(({ g, fields }) => (
        <div key={g} role="group" aria-label={t[GROUP_TITLE[g]] as string} style={{ display: 'grid', gap: 6 }}>
          <Subtitle2 as="h4" style={{ margin: 0 }}>
            {t[GROUP_TITLE[g]] as string}
          </Subtitle2>
          {fields.map((f) => {
            const at = mapping.columns.get(f.id);
            const label = f.id in questions ? `${f.id} (${questions[f.id as QuestionField].label})` : f.id;
            return (
              <Field key={f.id} label={label} size="small">
                <Select size="small" value={at === undefined ? '' : String(at)} onChange={(_, d) => onChange(f.id, d.value === '' ? null : Number(d.value))}>
                  <option value="">{t.mappingNone}</option>
                  {headers.map((h) => (
                    <option key={h.i} value={String(h.i)}>
                      {h.label}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      ))}
      <div>
        <Button size="small" onClick={onReset}>
          {t.mappingReset}
        </Button>
      </div>
    </div>
  );
}
