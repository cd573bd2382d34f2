import { useState } from 'react';
import { Text, TextButton } from 'wix-style-react';
import { ActionModal } from './ActionModal.tsx';

/**
 * "Delete this shopper's data" (a GDPR erasure request), confirmed in a Wix-style modal,
 * never the browser's confirm().
 */
export function EraseShopperButton({ name, onErase }: { name: string; onErase(): Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <TextButton size="small" skin="destructive" dataHook="erase-shopper" onClick={() => setOpen(true)}>
        Delete shopper's data
      </TextButton>
      <ActionModal
        isOpen={open}
        title={`Delete everything Kotha keeps about ${name}?`}
        dataHook="erase-shopper-modal"
        primaryText="Delete for good"
        busyText="Deleting…"
        destructive
        onClose={() => setOpen(false)}
        onConfirm={onErase}
      >
        <Text>Their conversations, messages, notes and visit details are removed and cannot be restored. Use this when a shopper asks you to erase their data.</Text>
      </ActionModal>
    </>
  );
}
