/** Importing question,answer pairs from a CSV file: the file, its language, publish or not, and each refused line with why. */
import { useState } from 'react';
import { Box, Checkbox, CustomModalLayout, Dropdown, FormField, Modal, Text } from 'wix-style-react';
import { HELP_LIMITS } from '@kotha/common/contract/limits.ts';
import type { HelpCollection, HelpImportResponse } from '@kotha/common/contract/help.ts';
import type { ApiClient } from '../api-client.ts';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';
import { articleLanguages, collectionOptions, languageOptions } from './help-center-view.ts';

export function ImportModal({ api, collections, siteLanguage, locale, onClose }: { api: ApiClient; collections: HelpCollection[]; siteLanguage: string; locale: string | undefined; onClose(imported: boolean): void }) {
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [language, setLanguage] = useState(siteLanguage);
  const [collectionId, setCollectionId] = useState<string | null>(null);
  const [publish, setPublish] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<HelpImportResponse | null>(null);
  const languages = languageOptions(articleLanguages(siteLanguage), locale);

  async function pick(file: File | undefined) {
    setResult(null);
    setError(null);
    if (!file) return setCsv(null);
    if (file.size > HELP_LIMITS.importBytes) return setError(t('help.importTooLarge', { size: new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte' }).format(HELP_LIMITS.importBytes / 1024) }));
    setCsv({ name: file.name, text: await file.text() });
  }

  async function run() {
    if (!csv) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.importArticles({ csv: csv.text, language, collectionId, status: publish ? 'published' : 'draft' }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const close = () => onClose(Boolean(result?.created));
  return (
    <Modal isOpen onRequestClose={close} contentLabel={t('help.importTitle')}>
      <CustomModalLayout
        dataHook="help-import-modal"
        title={t('help.importTitle')}
        width="560px"
        primaryButtonText={result ? t('help.importClose') : busy ? t('help.importing') : t('help.importRun')}
        primaryButtonProps={{ disabled: busy || (!result && !csv) }}
        primaryButtonOnClick={() => (result ? close() : void run())}
        secondaryButtonText={result ? undefined : t('common.cancel')}
        secondaryButtonOnClick={close}
        onCloseButtonClick={close}
        content={
          <div className="kotha-modal-body">
            <Box direction="vertical" gap="SP3">
              <Text>{t('help.importHint')}</Text>
              <FormField label={t('help.importFile')} id="kotha-help-import-file">
                <input id="kotha-help-import-file" data-hook="help-import-file" type="file" accept=".csv,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
              </FormField>
              <FormField label={t('help.fieldLanguage')}>
                <Dropdown dataHook="help-import-language" options={languages} selectedId={language} onSelect={(option: { id: string | number }) => setLanguage(String(option.id))} />
              </FormField>
              <FormField label={t('help.fieldCollection')}>
                <Dropdown
                  dataHook="help-import-collection"
                  options={collectionOptions(collections, language, siteLanguage)}
                  selectedId={collectionId ?? ''}
                  onSelect={(option: { id: string | number }) => setCollectionId(option.id ? String(option.id) : null)}
                />
              </FormField>
              <Checkbox dataHook="help-import-publish" checked={publish} onChange={(e) => setPublish(e.target.checked)}>{t('help.importPublish')}</Checkbox>
              {error ? <Text skin="error" role="alert">{error}</Text> : null}
              {result ? (
                <div role="status" data-hook="help-import-result">
                  <Text weight="bold">{t('help.importDone', { count: result.created })}</Text>
                  {result.refused.length ? (
                    <ul className="kotha-help-refused">
                      {result.refused.map((r) => (
                        <li key={r.line}>
                          <Text size="small" skin="error">{t('help.importRefused', { line: r.line, reason: r.reason })}</Text>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              ) : null}
            </Box>
          </div>
        }
      />
    </Modal>
  );
}
