/**
 * The task pane: the selected firm row and its guided assessment, rating many rows, the standard
 * and column mapping, and sharing. It reaches the workbook only through the gateway it is given.
 */
import { MONEY_UNITS, resolveStandard, RULES_VERSION, STANDARD_IDS } from '@sme-navigator/engine';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle1,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { themeFor } from './theme.js';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { firmKey, groupAssessments, recordsOf, whenText, type SavedAssessment } from './core/assessments.js';
import { rateRows, tableSpans, writeOneRow, type BatchReport } from './core/batch.js';
import { correctMapping, MAPPING_SETTING, mapHeaders, overridesFor, type StoredMappings } from './core/mapping.js';
import { isAsked, QUESTIONS, type Known } from './core/questions.js';
import { buildFirmRow, DEFAULT_SETTINGS, RATE_SETTING, rateContext, rateFirm, readRateSettings, UNKNOWN, type RateSettings } from './core/rate.js';
import { parseRatedWith, RATED_SETTING, readRatedSetting, rulesChanged, today, type RatedWith } from './core/results.js';
import { ASSESSMENTS_SHEET, isBlank, type Cell, type Progress, type RowSpan, type SelectionInfo, type SheetLayout, type SheetRow, type WorkbookGateway } from './gateway/types.js';
import { BatchReportView, JobProgress } from './components/BatchPanel.js';
import { useConfirm } from './components/Confirm.js';
import { MappingEditor } from './components/MappingEditor.js';
import { questionLabel } from './components/QuestionInput.js';
import { ResultCard } from './components/ResultCard.js';
import { Wizard, type WizardStep } from './components/Wizard.js';
import { ENGLISH, engineLanguage, StringsContext, SWITCH, useStrings, type Strings } from './strings/index.js';
import { clusterView, readFirmRows } from './core/cluster.js';
import { ClusterPanel } from './components/ClusterPanel.js';
import type { FirmRow } from '@sme-navigator/engine';

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly strings?: Strings;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** Given, the language switch is the caller's (the playground switches its own strings too). */
  readonly onStringsChange?: (strings: Strings) => void;
}

export function App({ gateway, strings = ENGLISH, now, onStringsChange }: AppProps) {
  const [own, setOwn] = useState(strings);
  const current = onStringsChange ? strings : own;
  return (
    <FluentProvider theme={themeFor(current.t.language)} style={{ background: 'transparent' }} lang={current.t.language}>
      <StringsContext.Provider value={current}>
        <LanguageSwitch onChange={onStringsChange ?? setOwn} />
        <Pane gateway={gateway} now={now ?? (() => new Date())} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}

/** English / 中文, each named in itself; the pane starts in Office's display language. */
export function LanguageSwitch({ onChange }: { onChange: (strings: Strings) => void }) {
  const strings = useStrings();
  return (
    <div role="group" aria-label={strings.t.languageSwitch} style={{ display: 'flex', justifyContent: 'flex-end', gap: 4, padding: '8px 12px 0' }}>
      {SWITCH.map((option) => (
        <Button
          key={option.strings.t.language}
          size="small"
          appearance={option.strings === strings ? 'primary' : 'subtle'}
          aria-pressed={option.strings === strings}
          lang={option.strings.t.language}
          onClick={() => onChange(option.strings)}
        >
          {option.name}
        </Button>
      ))}
    </div>
  );
}

/** The firm the guided assessment is about: fixed when it starts, whatever is selected later. */
interface Target {
  readonly layout: SheetLayout;
  readonly row: SheetRow;
  readonly key: string;
}

const cellText = (v: Cell | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v));
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function Pane({ gateway, now }: { gateway: WorkbookGateway; now: () => Date }) {
  const strings = useStrings();
  const { t, questions } = strings;
  const lang = engineLanguage(strings);
  const [confirmDialog, confirm] = useConfirm();

  const [loaded, setLoaded] = useState(false);
  const [settings, setRateSettings] = useState<RateSettings>(DEFAULT_SETTINGS);
  const [mappings, setMappings] = useState<StoredMappings>({});
  const [ratedWith, setRatedWith] = useState<RatedWith | null>(null);
  const [saved, setSaved] = useState<ReadonlyMap<string, SavedAssessment>>(new Map());
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [layout, setLayout] = useState<SheetLayout | null>(null);
  const [row, setRow] = useState<SheetRow | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [view, setView] = useState<'home' | 'wizard' | 'result' | 'cluster'>('home');
  const [cluster, setCluster] = useState<{ sheet: string; rows: FirmRow[]; at: number[] } | null>(null);
  const [inserting, setInserting] = useState(false);
  const [insertStatus, setInsertStatus] = useState<string | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [step, setStep] = useState<WizardStep>('found');
  const [writing, setWriting] = useState(false);
  const [writeStatus, setWriteStatus] = useState<string | null>(null);
  const [openPanels, setOpenPanels] = useState<string[]>([]);

  const [job, setJob] = useState<{ controller: AbortController; progress: Progress | null } | null>(null);
  const [report, setReport] = useState<BatchReport | null>(null);
  const [convertStatus, setConvertStatus] = useState<string | null>(null);

  const fail = useCallback((e: unknown) => setError(t.errorWorkbook({ message: errorText(e) })), [t]);

  // The selected row, re-read whenever the selection moves (the latest request wins).
  const request = useRef(0);
  const refreshSelection = useCallback(async () => {
    const id = ++request.current;
    try {
      const sel = await gateway.getSelection();
      const lay = sel ? await gateway.readLayout(sel.sheet) : null;
      const inTable = sel && lay && sel.row > lay.headerRow && sel.row <= lay.lastRow;
      const rows = inTable ? await gateway.readRows(lay, [{ first: sel.row, last: sel.row }]) : [];
      if (id !== request.current) return;
      setSelection(sel);
      setLayout(lay);
      setRow(rows[0] ?? null);
    } catch {
      // A chart, a shape or a sheet being edited is selected: no row to show until a cell is.
      if (id === request.current) {
        setSelection(null);
        setLayout(null);
        setRow(null);
      }
    }
  }, [gateway]);

  const refreshWorkbook = useCallback(async () => {
    try {
      const [rate, stored, rated, records] = await Promise.all([
        gateway.getSetting(RATE_SETTING),
        gateway.getSetting(MAPPING_SETTING),
        gateway.getSetting(RATED_SETTING),
        gateway.readAssessments(),
      ]);
      setRateSettings(readRateSettings(rate));
      setMappings(stored !== null && typeof stored === 'object' ? (stored as StoredMappings) : {});
      setRatedWith(readRatedSetting(rated));
      setSaved(groupAssessments(records));
    } catch (e) {
      fail(e);
    }
  }, [gateway, fail]);

  useEffect(() => {
    let live = true;
    void (async () => {
      await refreshWorkbook();
      await refreshSelection();
      if (live) setLoaded(true);
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = gateway.onSelectionChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refreshSelection(), 120);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      off();
    };
  }, [gateway, refreshSelection, refreshWorkbook]);

  const standard = useMemo(() => {
    const r = resolveStandard(settings.standard);
    if (r.ok) return r.value;
    const fallback = resolveStandard(DEFAULT_SETTINGS.standard);
    if (!fallback.ok) throw new Error(`the default standard ${DEFAULT_SETTINGS.standard} is missing`);
    return fallback.value;
  }, [settings.standard]);

  const sheetLayout = view === 'home' ? layout : (target?.layout ?? layout);
  const mapping = useMemo(() => (sheetLayout ? mapHeaders(sheetLayout.headers, overridesFor(mappings, sheetLayout.sheet)) : null), [sheetLayout, mappings]);

  const rowKey = (lay: SheetLayout, r: SheetRow) => {
    const at = mapping?.columns.get('firm');
    return firmKey(lay.sheet, r.row, at === undefined ? undefined : r.values[at]);
  };

  // What is known of the target firm: its row and the answers so far.
  const known: Known | null = useMemo(() => {
    if (!target || !mapping) return null;
    return {
      row: (field: string) => {
        const at = mapping.columns.get(field);
        return at === undefined ? undefined : (target.row.values[at] ?? undefined);
      },
      answers,
      standard,
    };
  }, [target, mapping, answers, standard]);

  /** The answers to the questions still asked, "unknown" for those left blank. */
  const givenAnswers = useMemo(() => {
    if (!known) return {};
    const out: Record<string, string> = {};
    for (const q of QUESTIONS) if (isAsked(q, known)) out[q.field] = (answers[q.field] ?? '').trim() === '' ? UNKNOWN : answers[q.field]!;
    return out;
  }, [known, answers]);

  const rating = useMemo(() => {
    if (!target || !mapping || view !== 'result') return null;
    return rateFirm(buildFirmRow(target.row.values, mapping.columns, givenAnswers), rateContext(settings, today(now()), lang));
  }, [target, mapping, givenAnswers, settings, view, now, lang]);

  const questionText = useCallback(
    (field: string) => {
      const q = QUESTIONS.find((x) => x.field === field);
      return q ? questionLabel(q, questions, lang) : field;
    },
    [questions, lang],
  );

  const begin = (toResult: boolean) => {
    if (!layout || !row) return;
    const key = rowKey(layout, row);
    setTarget({ layout, row, key });
    setAnswers({ ...(saved.get(key)?.answers ?? {}) });
    setStep('found');
    setWriteStatus(null);
    setView(toResult ? 'result' : 'wizard');
  };

  const writeRow = async () => {
    if (!target || !rating) return;
    setWriting(true);
    setWriteStatus(null);
    try {
      // Read the row again: results written since have added columns.
      const fresh = await gateway.readLayout(target.layout.sheet);
      if (!fresh) return;
      const [freshRow] = await gateway.readRows(fresh, [{ first: target.row.row, last: target.row.row }]);
      if (!freshRow) return;
      const ok = await writeOneRow(gateway, fresh, freshRow, rating, settings, () => confirm(t.replaceOne), now());
      if (ok) {
        const records = recordsOf(target.key, givenAnswers, settings, whenText(now()), questionText, t.standard, t.unit, standard.defaultUnit);
        await gateway.saveAssessments([target.key], records);
        setWriteStatus(t.written({ row: target.row.row + 1 }));
        setTarget({ ...target, layout: fresh, row: freshRow });
        await refreshWorkbook();
        await refreshSelection();
      } else setWriteStatus(t.notWritten);
    } catch (e) {
      fail(e);
    } finally {
      setWriting(false);
    }
  };

  const rate = async (spans: readonly RowSpan[] | null) => {
    if (!selection) return;
    const controller = new AbortController();
    setJob({ controller, progress: null });
    setReport(null);
    try {
      const overrides = overridesFor(mappings, selection.sheet);
      const r = await rateRows(gateway, selection.sheet, spans, {
        settings,
        overrides,
        confirmReplace: (count) => confirm(t.replaceMany({ count })),
        control: { signal: controller.signal, onProgress: (progress) => setJob((j) => (j ? { ...j, progress } : j)) },
        now: now(),
        lang,
      });
      setReport(r);
      await refreshWorkbook();
      await refreshSelection();
    } catch (e) {
      fail(e);
    } finally {
      setJob(null);
    }
  };

  const saveSettings = async (next: RateSettings) => {
    setRateSettings(next);
    try {
      await gateway.setSettings({ [RATE_SETTING]: next });
    } catch (e) {
      fail(e);
    }
  };

  const saveMapping = async (sheet: string, overrides: Readonly<Record<string, string | null>>) => {
    const next = { ...mappings, [sheet]: overrides };
    setMappings(next);
    try {
      await gateway.setSettings({ [MAPPING_SETTING]: next });
    } catch (e) {
      fail(e);
    }
  };

  const openCluster = async () => {
    if (!selection) return;
    try {
      const lay = await gateway.readLayout(selection.sheet);
      const read = lay ? await readFirmRows(gateway, lay, overridesFor(mappings, selection.sheet)) : { rows: [], at: [] };
      setCluster({ sheet: selection.sheet, ...read });
      setInsertStatus(null);
      setView('cluster');
    } catch (e) {
      fail(e);
    }
  };

  // The report in the pane's language, recomputed when the language or the standard changes.
  const clusterData = useMemo(
    () => (cluster && cluster.rows.length > 0 ? clusterView(cluster.rows, cluster.at, cluster.sheet, { standard, unit: settings.unit ?? undefined, lang }) : null),
    [cluster, standard, settings.unit, lang],
  );

  const insertReport = async () => {
    if (!clusterData) return;
    setInserting(true);
    setInsertStatus(null);
    try {
      const report = { tables: clusterData.tables, lang };
      let outcome = await gateway.writeReportSheet(report, false);
      if (!outcome.written && (await confirm(t.replaceReport))) outcome = await gateway.writeReportSheet(report, true);
      setInsertStatus(outcome.written ? t.reportInserted({ tables: outcome.tables, charts: outcome.charts }) : t.reportNotInserted);
    } catch (e) {
      fail(e);
    } finally {
      setInserting(false);
    }
  };

  const convert = async () => {
    setConvertStatus(null);
    try {
      const cells = await gateway.convertFormulasToValues();
      setConvertStatus(t.convertDone({ cells }));
    } catch (e) {
      fail(e);
    }
  };

  // ---- rendering

  const rowRatedWith = (() => {
    if (!layout || !row) return null;
    const at = layout.headers.findIndex((h) => typeof h === 'string' && h.trim().toLowerCase() === 'rated_with');
    return at < 0 ? null : parseRatedWith(row.values[at]);
  })();
  const recorded = rulesChanged(ratedWith) ? ratedWith : rulesChanged(rowRatedWith) ? rowRatedWith : null;

  const errorBar = error && (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {error}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setError(null)}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );

  if (!loaded)
    return (
      <main style={{ padding: 12 }}>
        <Body1>{t.loading}</Body1>
      </main>
    );

  // The wizard, result and cluster views share one frame: the confirm dialog and the error bar above them.
  const screen = (children: ReactNode) => (
    <main style={{ padding: 12, display: 'grid', gap: 12 }}>
      {confirmDialog}
      {errorBar}
      {children}
    </main>
  );
  const firmLabel = target ? `${t.selectedRow({ row: target.row.row + 1, sheet: target.layout.sheet })} · ${target.key}` : '';

  if (view === 'wizard' && target && known && mapping) {
    const found = [...mapping.columns.entries()]
      .filter(([, at]) => !isBlank(target.row.values[at]))
      .sort((a, b) => a[1] - b[1])
      .map(([field, at]) => ({ field, header: cellText(target.layout.headers[at]), value: cellText(target.row.values[at]) }));
    return screen(
      <>
        <Wizard
          layout={target.layout}
          found={found}
          known={known}
          step={step}
          onStep={setStep}
          onAnswer={(field, value) => setAnswers((a) => ({ ...a, [field]: value }))}
          onFinish={() => setView('result')}
          onCancel={() => setView('home')}
          onEditMapping={() => {
            setView('home');
            setOpenPanels(['settings']);
          }}
          firmLabel={firmLabel}
        />
      </>,
    );
  }

  if (view === 'result' && target && rating) {
    return screen(
      <>
        <Caption1>{firmLabel}</Caption1>
        <Title3 as="h2" style={{ margin: 0 }}>
          {t.resultTitle}
        </Title3>
        <ResultCard
          rating={rating}
          answers={Object.entries(givenAnswers).map(([field, answer]) => ({ question: questionText(field), answer }))}
          onWrite={() => void writeRow()}
          onBack={() => setView('wizard')}
          onClose={() => setView('home')}
          writing={writing}
          status={writeStatus}
        />
      </>,
    );
  }

  if (view === 'cluster' && cluster) {
    return screen(
      <ClusterPanel
        sheet={cluster.sheet}
        view={clusterData}
        lang={lang}
        onInsert={() => void insertReport()}
        onClose={() => setView('home')}
        inserting={inserting}
        status={insertStatus}
      />,
    );
  }

  // The answers sheet is the pane's own, not a table of firms.
  const sheet = selection?.sheet === ASSESSMENTS_SHEET ? undefined : selection?.sheet;
  const firmAt = mapping?.columns.get('firm');
  const savedHere = layout && row ? saved.get(rowKey(layout, row)) : undefined;
  const rowIsBlank = row !== null && row.values.every((v) => isBlank(v));
  const selectedSpans = layout && selection ? tableSpans(layout, selection.spans) : [];
  const units = standard.units;

  return (
    <main style={{ padding: 12, display: 'grid', gap: 16 }} aria-label={t.appTitle}>
      {confirmDialog}
      <header>
        <Title3 as="h1" style={{ margin: 0 }}>
          {t.appTitle}
        </Title3>
        <Caption1 block>{t.appSubtitle}</Caption1>
      </header>
      {errorBar}
      {recorded && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.rulesChanged({ recorded: recorded.rulesVersion, current: RULES_VERSION })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={job !== null || !selection} onClick={() => void rate(null)}>
              {t.reRate}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <Card>
        <Subtitle1 as="h2" style={{ margin: 0 }}>
          {layout && row && !rowIsBlank ? t.selectedRow({ row: row.row + 1, sheet: layout.sheet }) : t.appTitle}
        </Subtitle1>
        {!selection || !layout ? (
          <Body1>{selection && !layout ? t.noHeader : t.selectRowHint}</Body1>
        ) : selection.row <= layout.headerRow ? (
          <Body1>{t.headerRowSelected}</Body1>
        ) : !row || rowIsBlank ? (
          <Body1>{t.emptyRowSelected({ row: selection.row + 1 })}</Body1>
        ) : (
          <>
            <Text weight="semibold" size={400} data-testid="firm-name">
              {firmAt !== undefined && !isBlank(row.values[firmAt]) ? cellText(row.values[firmAt]) : t.unnamedFirm}
            </Text>
            {savedHere && <Caption1>{t.savedAssessment({ when: savedHere.when.slice(0, 10), count: savedHere.count })}</Caption1>}
            {rowRatedWith && <Caption1>{t.rowRated({ ratedWith: `${rowRatedWith.standard}; rules ${rowRatedWith.rulesVersion}; ${rowRatedWith.date}` })}</Caption1>}
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              <Button appearance="primary" onClick={() => begin(false)} disabled={job !== null}>
                {t.startAssessment}
              </Button>
              {savedHere && (
                <Button onClick={() => begin(true)} disabled={job !== null}>
                  {t.openSavedAssessment}
                </Button>
              )}
            </div>
          </>
        )}
      </Card>

      <Card>
        <Subtitle2 as="h2" style={{ margin: 0 }}>
          {t.manyFirms}
        </Subtitle2>
        <Caption1>{t.manyFirmsHint}</Caption1>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Button onClick={() => void rate(selectedSpans)} disabled={job !== null || !sheet || selectedSpans.length === 0}>
            {t.rateSelectedRows}
          </Button>
          <Button onClick={() => void rate(null)} disabled={job !== null || !sheet || !layout}>
            {t.rateWholeTable}
          </Button>
        </div>
        {job && <JobProgress progress={job.progress} onCancel={() => job.controller.abort()} />}
        {report && !job && <BatchReportView report={report} />}
      </Card>

      <Card>
        <Subtitle2 as="h2" style={{ margin: 0 }}>
          {t.cluster}
        </Subtitle2>
        <Caption1>{t.clusterHint}</Caption1>
        <div>
          <Button onClick={() => void openCluster()} disabled={job !== null || !sheet || !layout}>
            {t.openCluster}
          </Button>
        </div>
      </Card>

      <Accordion collapsible multiple openItems={openPanels} onToggle={(_, d) => setOpenPanels(d.openItems as string[])}>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">{t.settings}</AccordionHeader>
          <AccordionPanel>
            <div style={{ display: 'grid', gap: 12, paddingBottom: 8 }}>
              <Field label={t.standard}>
                <Select value={settings.standard} onChange={(_, d) => void saveSettings({ standard: d.value, unit: null })}>
                  {STANDARD_IDS.map((id) => (
                    <option key={id} value={id}>
                      {id}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.unit}>
                <Select value={settings.unit ?? ''} onChange={(_, d) => void saveSettings({ ...settings, unit: d.value === '' ? null : d.value })}>
                  <option value="">{t.unitDefault({ unit: standard.defaultUnit })}</option>
                  {MONEY_UNITS.filter((u) => units.includes(u.id)).map((u) => (
                    <option key={u.id} value={u.id}>
                      {`${u.id} (${u.label})`}
                    </option>
                  ))}
                </Select>
              </Field>
              {layout && mapping && (
                <section aria-label={t.mapping}>
                  <Subtitle2 as="h3" style={{ margin: '0 0 4px' }}>
                    {t.mapping}
                  </Subtitle2>
                  <MappingEditor
                    layout={layout}
                    mapping={mapping}
                    onChange={(field, column) => void saveMapping(layout.sheet, correctMapping(overridesFor(mappings, layout.sheet), layout.headers, field, column))}
                    onReset={() => void saveMapping(layout.sheet, {})}
                  />
                </section>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="share">
          <AccordionHeader as="h2">{t.share}</AccordionHeader>
          <AccordionPanel>
            <div style={{ display: 'grid', gap: 8, paddingBottom: 8 }}>
              <Caption1>{t.shareHint}</Caption1>
              <Caption1>{t.convertHint}</Caption1>
              <div>
                <Button onClick={() => void convert()} disabled={job !== null}>
                  {t.convertFormulas}
                </Button>
              </div>
              {convertStatus && (
                <Text role="status" style={{ color: tokens.colorNeutralForeground2 }}>
                  {convertStatus}
                </Text>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
