import { useState, type ReactNode } from 'react';
import { CustomModalLayout, Modal, Text } from 'wix-style-react';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';

export interface ActionModalProps {
  isOpen: boolean;
  title: string;
  dataHook: string;
  primaryText: string;
  busyText: string;
  destructive?: boolean;
  onClose(): void;
  /** Resolves when done (the modal closes); a rejection shows its message and keeps it open. */
  onConfirm(): Promise<void>;
  children: ReactNode;
}

/** A Wix-style dialog for one team action, with its busy state and error: never confirm(). */
export function ActionModal(props: ActionModalProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal isOpen={props.isOpen} onRequestClose={props.onClose} contentLabel={props.title}>
      <CustomModalLayout
        dataHook={props.dataHook}
        title={props.title}
        width="520px"
        primaryButtonText={busy ? props.busyText : props.primaryText}
        primaryButtonProps={{ disabled: busy, skin: props.destructive ? 'destructive' : 'standard' }}
        primaryButtonOnClick={() => void confirm()}
        secondaryButtonText={t('common.cancel')}
        secondaryButtonOnClick={props.onClose}
        onCloseButtonClick={props.onClose}
        content={
          <div className="kotha-modal-body">
            {props.children}
            {error ? (
              <Text skin="error" role="alert">
                {error}
              </Text>
            ) : null}
          </div>
        }
      />
    </Modal>
  );
}
