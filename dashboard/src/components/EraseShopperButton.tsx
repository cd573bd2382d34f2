import { useState } from 'react';
import { MessageModalLayout, Modal, Text, TextButton } from 'wix-style-react';

/**
 * "Delete this shopper's data" (a GDPR erasure request), confirmed in a Wix-style modal,
 * never the browser's confirm().
 */
export function EraseShopperButton({ name, onErase }: { name: string; onErase(): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function erase() {
    setBusy(true);
    setError(null);
    try {
      await onErase();
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <TextButton size="small" skin="destructive" dataHook="erase-shopper" onClick={() => setOpen(true)}>
        Delete shopper's data
      </TextButton>
      <Modal isOpen={open} onRequestClose={() => setOpen(false)} contentLabel={`Delete ${name}'s data`}>
        <MessageModalLayout
          theme="destructive"
          dataHook="erase-shopper-modal"
          title={`Delete everything Kotha keeps about ${name}?`}
          primaryButtonText={busy ? 'Deleting…' : 'Delete for good'}
          primaryButtonProps={{ disabled: busy }}
          primaryButtonOnClick={() => void erase()}
          secondaryButtonText="Cancel"
          secondaryButtonOnClick={() => setOpen(false)}
          onCloseButtonClick={() => setOpen(false)}
        >
          <Text>Their conversations and messages are removed and cannot be restored. Use this when a shopper asks you to erase their data.</Text>
          {error ? <Text skin="error" role="alert">{error}</Text> : null}
        </MessageModalLayout>
      </Modal>
    </>
  );
}
