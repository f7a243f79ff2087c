/**
 * A plain sheet view of the playground's workbook: rows drawn as they scroll into view, a selection
 * made with the mouse or the keyboard (arrows, Shift+arrows for several rows, Home/End, Page
 * Up/Down), as an ARIA grid. Cells are rendered as text, never as HTML.
 */
import { Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { columnName } from '../taskpane/components/MappingEditor.js';
import type { MemoryWorkbook } from '../taskpane/gateway/memory.js';
import type { Cell, SelectionInfo } from '../taskpane/gateway/types.js';
import { useStrings } from '../taskpane/strings/index.js';

const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 26;
const ROW_NUMBER_WIDTH = 52;
const OVERSCAN = 8;

function display(value: Cell, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (format === '0.0') return value.toFixed(1);
    if (format && /%$/.test(format)) return `${Math.round(value * 1000) / 10}%`;
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function SheetView({ workbook }: { workbook: MemoryWorkbook }) {
  const { t } = useStrings();
  const version = useSyncExternalStore(
    (l) => workbook.onChange(l),
    () => workbook.version,
  );
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  useEffect(() => {
    const update = () => void workbook.getSelection().then(setSelection);
    update();
    return workbook.onSelectionChanged(update);
  }, [workbook]);

  const sheetName = selection?.sheet ?? workbook.sheets[0]?.name ?? '';
  const sheet = workbook.sheet(sheetName);
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const anchor = useRef<number | null>(null);

  const { rows, columns } = useMemo(() => {
    void version;
    const used = workbook.usedRange(sheetName);
    return { rows: Math.max((used?.lastRow ?? 0) + 1 + 20, 60), columns: Math.max((used?.lastColumn ?? 0) + 1 + 2, 12) };
  }, [workbook, sheetName, version]);

  const widths = useMemo(() => {
    void version;
    return Array.from({ length: columns }, (_, c) => Math.min(260, Math.max(64, Math.round((sheet?.widths[c] ?? 12) * 7))));
  }, [sheet, columns, version]);
  const offsets = useMemo(() => widths.reduce<number[]>((acc, w, i) => [...acc, (acc[i] ?? 0) + w], [0]), [widths]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  // Another sheet starts at its top-left corner, as in Excel.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = 0;
    el.scrollLeft = 0;
    anchor.current = null;
    setScroll((s) => ({ ...s, top: 0 }));
  }, [sheetName]);

  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows - 1, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const active = selection && selection.sheet === sheetName ? selection : null;
  const selectedRows = (r: number) => active?.spans.some((s) => r >= s.first && r <= s.last) ?? false;

  const select = (row: number, column: number, extend: boolean) => {
    const r = Math.max(0, Math.min(rows - 1, row));
    const c = Math.max(0, Math.min(columns - 1, column));
    if (!extend || anchor.current === null) anchor.current = r;
    const a = anchor.current;
    workbook.select(sheetName, r, c, [{ first: Math.min(a, r), last: Math.max(a, r) }]);
    // Keep the active cell in view.
    const el = scroller.current;
    if (el) {
      const top = r * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT + HEADER_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT + HEADER_HEIGHT - el.clientHeight;
      const left = offsets[c] ?? 0;
      const right = (offsets[c + 1] ?? left) + ROW_NUMBER_WIDTH;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
    }
  };

  const onKey = (e: KeyboardEvent) => {
    const r = active?.row ?? 0;
    const c = active?.column ?? 0;
    const page = Math.max(1, Math.floor(scroll.height / ROW_HEIGHT) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [r + 1, c],
      ArrowUp: [r - 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      PageDown: [r + page, c],
      PageUp: [r - page, c],
      Home: [e.ctrlKey ? 0 : r, 0],
      End: [e.ctrlKey ? rows - 1 : r, columns - 1],
    };
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    select(to[0], to[1], e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'PageDown' || e.key === 'PageUp'));
  };

  const cellId = (r: number, c: number) => `cell-${r}-${c}`;
  const totalWidth = ROW_NUMBER_WIDTH + (offsets[columns] ?? 0);
  const visible = workbook.sheets.map((s) => s.name);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <div
        ref={scroller}
        role="grid"
        aria-label={t.sheetGrid({ sheet: sheetName })}
        aria-rowcount={rows + 1}
        aria-colcount={columns + 1}
        aria-multiselectable="true"
        aria-activedescendant={active ? cellId(active.row, active.column) : undefined}
        tabIndex={0}
        onKeyDown={onKey}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
        style={{ flex: 1, overflow: 'auto', position: 'relative', fontSize: 12, background: tokens.colorNeutralBackground1, outlineOffset: -2 }}
      >
        <div style={{ height: HEADER_HEIGHT + rows * ROW_HEIGHT, width: totalWidth, position: 'relative' }}>
          <div role="row" aria-rowindex={1} style={{ position: 'sticky', top: 0, zIndex: 2, display: 'flex', height: HEADER_HEIGHT, background: tokens.colorNeutralBackground3 }}>
            <div role="columnheader" aria-colindex={1} style={{ width: ROW_NUMBER_WIDTH, flex: 'none', position: 'sticky', left: 0, background: tokens.colorNeutralBackground3, zIndex: 3 }} />
            {widths.map((w, c) => (
              <div
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                style={{ width: w, flex: 'none', textAlign: 'center', lineHeight: `${HEADER_HEIGHT}px`, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground2, background: active?.column === c ? tokens.colorNeutralBackground3Pressed : undefined }}
              >
                {columnName(c)}
              </div>
            ))}
          </div>
          {Array.from({ length: last - first + 1 }, (_, i) => {
            const r = first + i;
            const values = sheet?.rows[r] ?? [];
            const picked = selectedRows(r);
            const frozen = r < (sheet?.frozenRows ?? 0);
            return (
              <div
                key={r}
                role="row"
                aria-rowindex={r + 2}
                aria-selected={picked}
                style={{ position: 'absolute', top: HEADER_HEIGHT + r * ROW_HEIGHT, left: 0, display: 'flex', height: ROW_HEIGHT, width: totalWidth }}
              >
                <div
                  role="rowheader"
                  aria-colindex={1}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    select(r, 0, e.shiftKey);
                  }}
                  style={{ width: ROW_NUMBER_WIDTH, flex: 'none', position: 'sticky', left: 0, zIndex: 1, textAlign: 'right', paddingRight: 6, boxSizing: 'border-box', lineHeight: `${ROW_HEIGHT}px`, background: picked ? tokens.colorBrandBackground2 : tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, cursor: 'pointer', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}
                >
                  {r + 1}
                </div>
                {widths.map((w, c) => {
                  const value = values[c] ?? null;
                  const text = display(value, sheet?.numberFormats.get(`${r},${c}`));
                  const isActive = active?.row === r && active.column === c;
                  return (
                    <div
                      key={c}
                      id={cellId(r, c)}
                      role="gridcell"
                      aria-colindex={c + 2}
                      aria-selected={isActive}
                      title={text.length > 30 ? text : undefined}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        (e.currentTarget.closest('[role=grid]') as HTMLElement | null)?.focus();
                        select(r, c, e.shiftKey);
                      }}
                      style={{
                        width: w,
                        flex: 'none',
                        boxSizing: 'border-box',
                        padding: '0 4px',
                        lineHeight: `${ROW_HEIGHT - 1}px`,
                        whiteSpace: 'nowrap',
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        textAlign: typeof value === 'number' ? 'right' : 'left',
                        fontWeight: sheet?.bold.has(`${r},${c}`) || frozen ? 600 : 400,
                        borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
                        borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
                        background: isActive ? tokens.colorNeutralBackground1 : picked ? tokens.colorBrandBackground2 : undefined,
                        outline: isActive ? `2px solid ${tokens.colorBrandStroke1}` : undefined,
                        outlineOffset: -2,
                        cursor: 'cell',
                      }}
                    >
                      {text}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <TabList
        size="small"
        aria-label={t.sheetTabs}
        selectedValue={sheetName}
        onTabSelect={(_, d) => {
          anchor.current = null;
          workbook.select(String(d.value), 0, 0);
        }}
        style={{ borderTop: `1px solid ${tokens.colorNeutralStroke2}`, background: tokens.colorNeutralBackground2 }}
      >
        {visible.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
