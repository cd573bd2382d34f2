/**
 * Writing one article (or one language version of it), with a live preview: the Markdown
 * goes to the server a moment after the merchant stops typing and comes back as the HTML
 * shoppers will see, rendered and sanitised there (functions/src/help/render-markdown.ts),
 * so the dashboard ships no Markdown parser and inserts only what the server cleaned.
 */
import { useEffect, useMemo, useState } from 'react';
import { Box, Button, Card, Dropdown, FormField, Input, InputArea, Text, TextButton } from 'wix-style-react';
import { HELP_LIMITS } from '@kotha/common/contract/limits.ts';
import type { Article, ArticleStatus, HelpCollection } from '@kotha/common/contract/help.ts';
import type { ApiClient } from '../api-client.ts';
import { ActionModal } from '../components/ActionModal.tsx';
import { CardTitle } from '../components/SettingsPage.tsx';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';
import { collectionOptions, languageOptions, parseTags } from './help-center-view.ts';

const PREVIEW_AFTER_MS = 400;

/** What the editor opens on: an article, or a new one (a new language version when `groupId` is set). */
export type EditorTarget = { article: Article } | { groupId?: string; language: string; collectionId: string | null; languages: string[] };

export interface ArticleEditorProps {
  api: ApiClient;
  target: EditorTarget;
  collections: HelpCollection[];
  siteLanguage: string;
  locale: string | undefined;
  onDone(toast: string | null): void;
}

function usePreview(api: ApiClient, body: string) {
  const [state, setState] = useState<{ html: string; error: string | null; busy: boolean }>({ html: '', error: null, busy: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      api.previewArticle(body).then(
        ({ html }) => live && setState({ html, error: null, busy: false }),
        (e: unknown) => live && setState((s) => ({ ...s, error: errorMessage(e), busy: false })),
      );
    }, PREVIEW_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, body]);
  return state;
}

export function ArticleEditor({ api, target, collections, siteLanguage, locale, onDone }: ArticleEditorProps) {
  const existing = 'article' in target ? target.article : null;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [body, setBody] = useState(existing?.body ?? '');
  const [language, setLanguage] = useState(existing?.language ?? ('language' in target ? target.language : siteLanguage));
  const [collectionId, setCollectionId] = useState<string | null>(existing?.collectionId ?? ('collectionId' in target ? target.collectionId : null));
  const [tags, setTags] = useState((existing?.tags ?? []).join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const preview = usePreview(api, body);
  const languages = useMemo(() => languageOptions('languages' in target ? target.languages : [language], locale), [target, language, locale]);
  const collectionChoices = collectionOptions(collections, language, siteLanguage);

  async function save(status: ArticleStatus) {
    setBusy(true);
    setError(null);
    const fields = { title: title.trim(), body, collectionId, tags: parseTags(tags), status };
    try {
      if (existing) await api.updateArticle(existing.id, fields);
      else await api.createArticle({ ...fields, language, ...('groupId' in target && target.groupId ? { groupId: target.groupId } : {}) });
      const was = existing?.status ?? 'draft';
      onDone(status === was ? t('help.savedArticle') : status === 'published' ? t('help.publishedToast') : t('help.unpublishedToast'));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  const canSave = !busy && title.trim().length > 0 && body.length <= HELP_LIMITS.articleBody;
  return (
    <Card dataHook="help-editor">
      <Card.Header
        title={<CardTitle>{existing ? t('help.editorEdit') : t('help.newArticle')}</CardTitle>}
        suffix={<TextButton dataHook="help-editor-back" onClick={() => onDone(null)}>{t('help.back')}</TextButton>}
      />
      <Card.Content>
        <div className="kotha-help-editor">
          <Box direction="vertical" gap="SP3">
            <FormField label={t('help.fieldTitle')} required>
              <Input dataHook="help-title" value={title} maxLength={HELP_LIMITS.articleTitle} onChange={(e) => setTitle(e.target.value)} />
            </FormField>
            <FormField label={t('help.fieldBody')} infoContent={t('help.bodyHint')} required>
              <InputArea dataHook="help-body" value={body} rows={12} maxLength={HELP_LIMITS.articleBody} onChange={(e) => setBody(e.target.value)} />
            </FormField>
            <FormField label={t('help.fieldLanguage')}>
              <Dropdown dataHook="help-language" options={languages} selectedId={language} disabled={Boolean(existing)} onSelect={(option: { id: string | number }) => setLanguage(String(option.id))} />
            </FormField>
            <FormField label={t('help.fieldCollection')}>
              <Dropdown dataHook="help-collection" options={collectionChoices} selectedId={collectionId ?? ''} onSelect={(option: { id: string | number }) => setCollectionId(option.id ? String(option.id) : null)} />
            </FormField>
            <FormField label={t('help.fieldTags')} infoContent={t('help.tagsHint')}>
              <Input dataHook="help-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
            </FormField>
            {error ? <Text skin="error" role="alert">{error}</Text> : null}
            <Box gap="SP2" verticalAlign="middle" className="kotha-help-actions">
              {existing?.status === 'published' ? (
                <>
                  <Button size="small" dataHook="help-save" disabled={!canSave} onClick={() => void save('published')}>{t('common.save')}</Button>
                  <Button size="small" priority="secondary" dataHook="help-unpublish" disabled={busy} onClick={() => void save('draft')}>{t('help.unpublish')}</Button>
                </>
              ) : (
                <>
                  <Button size="small" dataHook="help-publish" disabled={!canSave} onClick={() => void save('published')}>{t('help.publish')}</Button>
                  <Button size="small" priority="secondary" dataHook="help-save" disabled={!canSave} onClick={() => void save('draft')}>{t('help.saveDraft')}</Button>
                </>
              )}
              {existing ? (
                <TextButton size="small" skin="destructive" dataHook="help-delete" onClick={() => setDeleting(true)}>{t('common.delete')}</TextButton>
              ) : null}
            </Box>
          </Box>
          <section className="kotha-help-preview-pane" aria-labelledby="kotha-help-preview-title" aria-busy={preview.busy}>
            <Text weight="bold" id="kotha-help-preview-title">{t('help.preview')}</Text>
            <Text size="small" secondary>{t('help.previewHint')}</Text>
            {preview.error ? <Text size="small" skin="error" role="alert">{t('help.previewError', { reason: preview.error })}</Text> : null}
            <article className="kotha-help-preview" dir="auto" lang={language} data-hook="help-preview">
              {title.trim() ? <h2>{title}</h2> : null}
              {/* Sanitised by the server's allow-list (render-markdown.ts): the only HTML the dashboard inserts. */}
              <div dangerouslySetInnerHTML={{ __html: preview.html }} />
            </article>
          </section>
        </div>
        {existing ? (
          <ActionModal
            isOpen={deleting}
            title={t('help.deleteTitle', { title: existing.title })}
            dataHook="help-delete-modal"
            primaryText={t('common.delete')}
            busyText={t('common.deleting')}
            destructive
            onClose={() => setDeleting(false)}
            onConfirm={async () => {
              await api.deleteArticle(existing.id);
              onDone(t('help.deleted'));
            }}
          >
            <Text>{t('help.deleteBody')}</Text>
          </ActionModal>
        ) : null}
      </Card.Content>
    </Card>
  );
}
