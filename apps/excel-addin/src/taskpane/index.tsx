/** The task pane inside Excel: the Office.js gateway, in the user's display language when there is a catalogue for it. */
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { OfficeGateway, officeHost } from './gateway/office.js';
import { ENGLISH, stringsFor } from './strings/index.js';

const root = document.getElementById('root');

function say(text: string): void {
  if (root) root.textContent = text;
}

const outsideOffice = () => say(ENGLISH.t.officeNotReady);

if (typeof Office === 'undefined') outsideOffice();
else
  void Office.onReady((info) => {
    if (!root) return;
    if (info.host !== Office.HostType.Excel) {
      outsideOffice();
      return;
    }
    const strings = stringsFor(Office.context.displayLanguage);
    // getSelectedRanges, getActiveCell and suspendApiCalculationUntilNextSync (see gateway/office.ts).
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
      say(strings.t.excelTooOld);
      return;
    }
    createRoot(root).render(<App gateway={new OfficeGateway(officeHost())} strings={strings} />);
  });
