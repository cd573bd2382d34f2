/**
 * The Help center tab: the articles shoppers find in the chat, grouped by collection with
 * each one's language versions and status; writing one with a live preview; the
 * collections and their order; the CSV import; and how the articles do. Loaded on demand
 * (on-demand.tsx); every load shows loading, empty with a first step, or failed with Try again.
 */
import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Card, Input, Text, TextButton } from 'wix-style-react';
import { HELP_LIMITS } from '@kotha/common/contract/limits.ts';
import type { HelpArticlesResponse, HelpCollection } from '@kotha/common/contract/help.ts';
import type { ApiClient } from '../api-client.ts';
import { ActionModal } from '../components/ActionModal.tsx';
import { Empty, LoadFailed, Loading } from '../components/LoadStates.tsx';
import { CardTitle, SettingsPage } from '../components/SettingsPage.tsx';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';
import { languageName } from '../shopper-facts.ts';
import { ArticleEditor, type EditorTarget } from './ArticleEditor.tsx';
import { HealthCard, useHealthReport } from './HealthCard.tsx';
import { ImportModal } from './ImportModal.tsx';
import { articleLanguages, collectionTitle, languagesLeft, moved, sectionsOf } from './help-center-view.ts';
import './help-center.css';

type Load = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; data: HelpArticlesResponse };

export interface HelpCenterPageProps {
  api: ApiClient;
  locale: string | undefined;
  onSaved(text: string): void;
}

export function HelpCenterPage({ api, locale, onSaved }: HelpCenterPageProps) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const health = useHealthReport(api);
  const fetchAll = useCallback(() => {
    setLoad((current) => (current.phase === 'ready' ? current : { phase: 'loading' }));
    api.helpArticles().then((data) => setLoad({ phase: 'ready', data }), (e: unknown) => setLoad({ phase: 'error', message: errorMessage(e) }));
  }, [api]);
  useEffect(fetchAll, [fetchAll]);
  // An article saved, deleted or imported may change what the health report shows (titles, which articles); a collection change does not.
  const changed = () => {
    fetchAll();
    health.load();
  };

  if (load.phase === 'loading') return <SettingsPage title={t('help.title')} dataHook="help-page"><Loading /></SettingsPage>;
  if (load.phase === 'error') {
    return (
      <SettingsPage title={t('help.title')} dataHook="help-page">
        <LoadFailed title={t('help.loadError')} detail={load.message} onRetry={() => { setLoad({ phase: 'loading' }); fetchAll(); }} dataHook="help-load-error" />
      </SettingsPage>
    );
  }
  const { articles, collections, siteLanguage } = load.data;

  if (editing) {
    return (
      <SettingsPage title={t('help.title')} dataHook="help-page">
        <ArticleEditor
          key={'article' in editing ? editing.article.id : `new:${editing.groupId ?? ''}`}
          api={api}
          target={editing}
          collections={collections}
          siteLanguage={siteLanguage}
          locale={locale}
          onDone={(toast) => {
            setEditing(null);
            if (toast) {
              onSaved(toast);
              changed();
            }
          }}
        />
      </SettingsPage>
    );
  }

  const full = articles.length >= HELP_LIMITS.articles;
  const newArticle = () => setEditing({ language: siteLanguage, collectionId: null, languages: articleLanguages(siteLanguage) });
  const actions = (
    <Box gap="SP2">
      <Button size="small" dataHook="help-new" disabled={full} onClick={newArticle}>{t('help.newArticle')}</Button>
      <Button size="small" priority="secondary" dataHook="help-import" disabled={full} onClick={() => setImporting(true)}>{t('help.import')}</Button>
    </Box>
  );
  return (
    <SettingsPage title={t('help.title')} dataHook="help-page">
      <Text secondary>{t('help.subtitle')}</Text>
      <Card dataHook="help-articles">
        <Card.Header title={<CardTitle>{t('help.articles')}</CardTitle>} suffix={articles.length ? actions : undefined} />
        <Card.Content>
          {articles.length === 0 ? (
            <Empty title={t('help.empty')} subtitle={t('help.emptyHint')} dataHook="help-empty">{actions}</Empty>
          ) : (
            <Box direction="vertical" gap="SP4">
              {sectionsOf(articles, collections, siteLanguage).map((section) => (
                <section key={section.collection?.id ?? 'none'} className="kotha-help-section" data-hook="help-section">
                  <h3 className="kotha-help-section-title">{section.collection ? collectionTitle(section.collection, siteLanguage, siteLanguage) : t('help.noCollection')}</h3>
                  <ul className="kotha-plain-list">
                    {section.groups.map((group) => {
                      const first = group.versions[0]!;
                      const left = languagesLeft(group.versions);
                      return (
                        <li key={group.groupId} className="kotha-help-group" data-hook="help-article">
                          <Text weight="bold" dir="auto">{first.title}</Text>
                          <ul className="kotha-help-versions" aria-label={t('help.versionsOf', { title: first.title })}>
                            {group.versions.map((version) => (
                              <li key={version.id}>
                                <TextButton size="small" dataHook="help-version" onClick={() => setEditing({ article: version })}>
                                  {languageName(version.language, locale) ?? version.language}
                                </TextButton>
                                <Badge size="tiny" uppercase={false} skin={version.status === 'published' ? 'neutralSuccess' : 'neutralLight'} dataHook="help-status">
                                  {version.status === 'published' ? t('help.published') : t('help.draft')}
                                </Badge>
                              </li>
                            ))}
                            {left.length && !full ? (
                              <li>
                                <TextButton size="small" dataHook="help-add-language" ariaLabel={t('help.addLanguageTo', { title: first.title })} onClick={() => setEditing({ groupId: group.groupId, language: left[0]!, collectionId: first.collectionId, languages: left })}>
                                  {t('help.addLanguage')}
                                </TextButton>
                              </li>
                            ) : null}
                          </ul>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
              {full ? <Text size="small" secondary>{t('help.full', { count: HELP_LIMITS.articles })}</Text> : null}
            </Box>
          )}
        </Card.Content>
      </Card>
      <CollectionsCard api={api} collections={collections} siteLanguage={siteLanguage} onChanged={fetchAll} />
      <HealthCard report={health} locale={locale} />
      {importing ? (
        <ImportModal
          api={api}
          collections={collections}
          siteLanguage={siteLanguage}
          locale={locale}
          onClose={(imported) => {
            setImporting(false);
            if (imported) changed();
          }}
        />
      ) : null}
    </SettingsPage>
  );
}

function CollectionRow({ api, collection, siteLanguage, order, onChanged }: { api: ApiClient; collection: HelpCollection; siteLanguage: string; order: string[]; onChanged(): void }) {
  const title = collectionTitle(collection, siteLanguage, siteLanguage);
  const [name, setName] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const act = (work: Promise<unknown>) => work.then(() => { setError(null); onChanged(); }, (e: unknown) => setError(errorMessage(e)));
  const up = moved(order, collection.id, -1);
  const down = moved(order, collection.id, 1);
  return (
    <li className="kotha-settings-row" data-hook="help-collection-row">
      <Input size="small" value={name} ariaLabel={t('help.collectionNameOf', { name: title })} maxLength={HELP_LIMITS.collectionTitle} onChange={(e) => setName(e.target.value)} />
      <TextButton size="small" disabled={!name.trim() || name.trim() === title} onClick={() => void act(api.renameCollection(collection.id, { titles: { ...collection.titles, [siteLanguage]: name.trim() } }))}>
        {t('common.save')}
      </TextButton>
      <TextButton size="small" dataHook="help-collection-up" disabled={!up} ariaLabel={t('help.moveUp', { name: title })} onClick={() => up && void act(api.reorderCollections(up))}>↑</TextButton>
      <TextButton size="small" dataHook="help-collection-down" disabled={!down} ariaLabel={t('help.moveDown', { name: title })} onClick={() => down && void act(api.reorderCollections(down))}>↓</TextButton>
      <TextButton size="small" skin="destructive" dataHook="help-collection-delete" onClick={() => setDeleting(true)}>{t('common.delete')}</TextButton>
      {error ? <Text size="small" skin="error" role="alert">{error}</Text> : null}
      <ActionModal isOpen={deleting} title={t('help.deleteCollectionTitle', { name: title })} dataHook="help-collection-delete-modal" primaryText={t('common.delete')} busyText={t('common.deleting')} destructive onClose={() => setDeleting(false)} onConfirm={() => api.deleteCollection(collection.id).then(onChanged)}>
        <Text>{t('help.deleteCollectionBody')}</Text>
      </ActionModal>
    </li>
  );
}

function CollectionsCard({ api, collections, siteLanguage, onChanged }: { api: ApiClient; collections: HelpCollection[]; siteLanguage: string; onChanged(): void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const order = collections.map((c) => c.id);
  async function add() {
    setError(null);
    try {
      await api.createCollection({ titles: { [siteLanguage]: name.trim() } });
      setName('');
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Card dataHook="help-collections">
      <Card.Header title={<CardTitle>{t('help.collections')}</CardTitle>} subtitle={t('help.collectionsHint')} />
      <Card.Content>
        <Box direction="vertical" gap="SP2">
          {collections.length === 0 ? <Empty size="inline" title={t('help.noCollections')} dataHook="help-collections-empty" /> : null}
          <ul className="kotha-plain-list">
            {collections.map((c) => (
              <CollectionRow key={`${c.id}:${JSON.stringify(c.titles)}`} api={api} collection={c} siteLanguage={siteLanguage} order={order} onChanged={onChanged} />
            ))}
          </ul>
          <form className="kotha-settings-row" onSubmit={(e) => { e.preventDefault(); void add(); }}>
            <Input size="small" dataHook="help-new-collection" ariaLabel={t('help.newCollection')} placeholder={t('help.newCollection')} value={name} maxLength={HELP_LIMITS.collectionTitle} onChange={(e) => setName(e.target.value)} />
            <Button size="small" type="submit" dataHook="help-add-collection" disabled={!name.trim()}>{t('help.addCollection')}</Button>
          </form>
          {error ? <Text skin="error" role="alert">{error}</Text> : null}
        </Box>
      </Card.Content>
    </Card>
  );
}
