/**
 * The playground: the task pane beside a sheet view of an .xlsx file, through the file-backed
 * gateway. Starts on examples/firms.xlsx (served beside this page); opens any .xlsx; downloads the
 * rated workbook. Everything stays in the page: exceljs reads and writes the files here.
 */
import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Title3, tokens } from '@fluentui/react-components';
import { themeFor } from '../taskpane/theme.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App.js';
import { StringsContext, stringsFor, useStrings, type Strings } from '../taskpane/strings/index.js';
import { SheetView } from './SheetView.js';
import { readXlsx, writeXlsx, type LoadedWorkbook } from './xlsx.js';

const SAMPLE = 'firms.xlsx';

interface Opened extends LoadedWorkbook {
  readonly name: string;
}

function selectStart(opened: Opened): Opened {
  const first = opened.model.sheets[0];
  if (first) opened.model.select(first.name, 0, 0);
  return opened;
}

function Playground({ onStringsChange }: { onStringsChange: (strings: Strings) => void }) {
  const strings = useStrings();
  const { t } = strings;
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The sample is loaded once, not again when the language switches.
  const said = useRef(t);
  said.current = t;

  useEffect(() => {
    void (async () => {
      try {
        const response = await fetch(SAMPLE);
        if (!response.ok) throw new Error(`${SAMPLE}: HTTP ${response.status}`);
        setOpened(selectStart({ ...(await readXlsx(await response.arrayBuffer())), name: SAMPLE }));
      } catch (e) {
        setProblem(said.current.openFailed({ message: e instanceof Error ? e.message : String(e) }));
      }
    })();
  }, []);

  const open = useCallback(
    async (file: File) => {
      setProblem(null);
      try {
        setOpened(selectStart({ ...(await readXlsx(await file.arrayBuffer())), name: file.name }));
      } catch (e) {
        setProblem(t.openFailed({ message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [t],
  );

  const download = useCallback(async () => {
    if (!opened) return;
    const bytes = await writeXlsx(opened.model, opened.source);
    const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = opened.name.replace(/(-rated)?\.xlsx$/i, '') + '-rated.xlsx';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, [opened]);

  return (
    <div style={{ display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', gridTemplateColumns: 'minmax(0, 1fr)', height: '100vh' }}>
      <header style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', padding: '8px 12px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}>
        <Title3 as="h1" style={{ margin: 0 }}>
          {t.playgroundTitle}
        </Title3>
        <Caption1 style={{ flex: 1, minWidth: 200 }}>{t.playgroundIntro}</Caption1>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.openWorkbook}
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void open(file);
            e.currentTarget.value = '';
          }}
        />
        <Button onClick={() => fileInput.current?.click()}>{t.openWorkbook}</Button>
        <Button appearance="primary" disabled={!opened} onClick={() => void download()}>
          {t.downloadWorkbook}
        </Button>
      </header>
      <div style={{ display: 'flex', minHeight: 0, minWidth: 0 }}>
        <section aria-label={opened ? t.sampleLoaded({ name: opened.name }) : t.loading} style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          {problem && (
            <MessageBar intent="error">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          {opened ? <SheetView key={`${opened.name}-${opened.model.sheets.length}`} workbook={opened.model} /> : <Body1 style={{ padding: 12 }}>{t.loading}</Body1>}
        </section>
        <aside aria-label={t.taskPane} style={{ width: 380, flex: 'none', borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, overflow: 'auto', background: tokens.colorNeutralBackground2 }}>
          {opened && <App key={opened.name + String(opened.source.created)} gateway={opened.model} strings={strings} onStringsChange={onStringsChange} />}
        </aside>
      </div>
    </div>
  );
}

/** The page and the pane in the browser's language (as the pane in Excel follows Office's), switched together. */
function Root() {
  const [strings, setStrings] = useState(() => stringsFor(navigator.language));
  useEffect(() => {
    document.documentElement.lang = strings.t.language;
    document.title = strings.t.playgroundTitle;
  }, [strings]);
  return (
    <FluentProvider theme={themeFor(strings.t.language)}>
      <StringsContext.Provider value={strings}>
        <Playground onStringsChange={setStrings} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Root />);
