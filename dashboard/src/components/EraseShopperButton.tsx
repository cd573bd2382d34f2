import { useState } from 'react';
import { Text, TextButton } from 'wix-style-react';
import { ActionModal } from './ActionModal.tsx';
import { t } from '../i18n/i18n.ts';

/**
 * "Delete this shopper's data" (a GDPR erasure request), confirmed in a Wix-style modal,
 * never the browser's confirm().
 */
export function EraseShopperButton({ name, onErase }: { name: string; onErase(): Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <TextButton size="small" skin="destructive" dataHook="erase-shopper" onClick={() => setOpen(true)}>
        {t('erase.button')}
      </TextButton>
      <ActionModal
        isOpen={open}
        title={t('erase.title', { name })}
        dataHook="erase-shopper-modal"
        primaryText={t('erase.confirm')}
        busyText={t('common.deleting')}
        destructive
        onClose={() => setOpen(false)}
        onConfirm={onErase}
      >
        <Text>{t('erase.body')}</Text>
      </ActionModal>
    </>
  );
}
