/** The Help center tab's routes: articles, collections, import, preview, health. Merchant credential. */
import { Router } from 'express';
import {
  collectionOrderRequest,
  collectionRequest,
  createArticleRequest,
  helpHealthQuery,
  helpImportRequest,
  helpPreviewRequest,
  PATHS,
  updateArticleRequest,
  type HelpCollectionsResponse,
  type HelpPreviewResponse,
} from '@kotha/common/contract';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import type { HelpAdmin } from '../help/help-admin';
import type { HelpHealth } from '../help/help-health';
import { renderArticle } from '../help/render-markdown';
import { idCheckedRouter } from '../http/route-ids';
import { parse } from '../http/validate';

export function helpInboxRoutes(deps: { auth: MerchantAuthConfig; admin: HelpAdmin; health: HelpHealth }): Router {
  const router = idCheckedRouter();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });
  const site = (res: Parameters<typeof merchantOf>[0]) => merchantOf(res).siteId;
  const { admin } = deps;

  router.get(PATHS.helpArticles, merchant, async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await admin.list(site(res)));
  });
  router.post(PATHS.helpArticles, merchant, async (req, res) => {
    res.status(201).json(await admin.create(site(res), parse(createArticleRequest, req.body, 'article')));
  });
  router.get(PATHS.helpArticleOne, merchant, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await admin.get(site(res), String(req.params.articleId)));
  });
  router.patch(PATHS.helpArticleOne, merchant, async (req, res) => {
    res.json(await admin.update(site(res), String(req.params.articleId), parse(updateArticleRequest, req.body, 'article')));
  });
  router.delete(PATHS.helpArticleOne, merchant, async (req, res) => {
    await admin.delete(site(res), String(req.params.articleId));
    res.status(204).end();
  });

  router.get(PATHS.helpCollections, merchant, async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ collections: await admin.collections(site(res)) } satisfies HelpCollectionsResponse);
  });
  router.post(PATHS.helpCollections, merchant, async (req, res) => {
    res.status(201).json(await admin.createCollection(site(res), parse(collectionRequest, req.body, 'collection')));
  });
  router.patch(PATHS.helpCollectionOne, merchant, async (req, res) => {
    res.json(await admin.renameCollection(site(res), String(req.params.collectionId), parse(collectionRequest, req.body, 'collection')));
  });
  router.delete(PATHS.helpCollectionOne, merchant, async (req, res) => {
    await admin.deleteCollection(site(res), String(req.params.collectionId));
    res.status(204).end();
  });
  router.put(PATHS.helpCollectionOrder, merchant, async (req, res) => {
    const { ids } = parse(collectionOrderRequest, req.body, 'collection order');
    res.json({ collections: await admin.reorderCollections(site(res), ids) } satisfies HelpCollectionsResponse);
  });

  router.post(PATHS.helpImport, merchant, async (req, res) => {
    res.json(await admin.import(site(res), parse(helpImportRequest, req.body, 'import')));
  });
  router.post(PATHS.helpPreview, merchant, async (req, res) => {
    const { body } = parse(helpPreviewRequest, req.body, 'preview');
    res.set('Cache-Control', 'no-store').json({ html: renderArticle(body) } satisfies HelpPreviewResponse);
  });
  router.get(PATHS.helpHealth, merchant, async (req, res) => {
    const { from, to } = parse(helpHealthQuery, req.query, 'health query');
    res.set('Cache-Control', 'no-store').json(await deps.health.report(site(res), from, to));
  });

  return router;
}
