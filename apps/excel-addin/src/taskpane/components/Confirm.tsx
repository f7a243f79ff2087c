import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useCallback, useRef, useState, type ReactElement } from 'react';
import { useStrings } from '../strings/index.js';

interface Pending {
  readonly message: string;
  readonly resolve: (ok: boolean) => void;
}

/** A modal yes/no question: `ask(message)` resolves true for Replace, false for Keep. */
export function useConfirm(): [ReactElement, (message: string) => Promise<boolean>] {
  const { t } = useStrings();
  const [pending, setPending] = useState<Pending | null>(null);
  const ref = useRef<Pending | null>(null);
  const ask = useCallback(
    (message: string) =>
      new Promise<boolean>((resolve) => {
        const p = { message, resolve };
        ref.current = p;
        setPending(p);
      }),
    [],
  );
  const answer = (ok: boolean) => {
    ref.current?.resolve(ok);
    ref.current = null;
    setPending(null);
  };
  const dialog = (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>{pending?.message}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => answer(true)}>
              {t.replace}
            </Button>
            <Button onClick={() => answer(false)}>{t.keep}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return [dialog, ask];
}
