/** The team's inbox tools: labels, assignment, canned responses, agent profiles, blocking. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import {
  agentProfileRequest,
  assignRequest,
  blockRequest,
  cannedRequest,
  conversationLabelsRequest,
  labelRequest,
  TEAM_LIMITS,
  PATHS,
  type AgentsResponse,
  type AssignResponse,
  type BlockedResponse,
  type CannedResponsesResponse,
  type ConversationUpdateResponse,
  type LabelsResponse,
} from '@kotha/common/contract';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import type { ChatService } from '../chat/chat-service';
import { badRequest, conflict, notFound } from '../http/errors';
import { parse } from '../http/validate';
import type { ConversationStore } from '../store/conversation-store';
import type { SiteStore } from '../store/site-store';
import type { TeamStore } from '../store/team-store';
import { agentFor } from '../team/agents';

export interface TeamRoutesDeps {
  auth: MerchantAuthConfig;
  chat: ChatService;
  sites: SiteStore;
  conversations: ConversationStore;
  team: TeamStore;
  clock: () => number;
}

const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 20)}`;

export function teamRoutes(deps: TeamRoutesDeps): Router {
  const router = idCheckedRouter();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });
  const { team, chat } = deps;
  const param = (value: unknown) => String(value);

  // Labels.
  router.get(PATHS.labels, merchant, async (_req, res) => {
    res.json({ labels: await team.listLabels(merchantOf(res).siteId) } satisfies LabelsResponse);
  });
  router.post(PATHS.labels, merchant, async (req, res) => {
    const body = parse(labelRequest, req.body, 'label');
    const { siteId } = merchantOf(res);
    const labels = await team.listLabels(siteId);
    if (labels.length >= TEAM_LIMITS.labelsPerSite) throw conflict('too_many_labels', `A site can have at most ${TEAM_LIMITS.labelsPerSite} labels.`);
    if (labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase())) throw conflict('label_exists', `There is already a label called “${body.name}”.`);
    const label = { id: newId('l'), ...body, createdAt: deps.clock() };
    await team.saveLabel(siteId, label);
    res.status(201).json({ label });
  });
  router.put(PATHS.label, merchant, async (req, res) => {
    const body = parse(labelRequest, req.body, 'label');
    const { siteId } = merchantOf(res);
    const current = await team.getLabel(siteId, param(req.params.labelId));
    if (!current) throw notFound('No such label.');
    const others = (await team.listLabels(siteId)).filter((l) => l.id !== current.id);
    if (others.some((l) => l.name.toLowerCase() === body.name.toLowerCase())) throw conflict('label_exists', `There is already a label called “${body.name}”.`);
    const label = { ...current, ...body };
    await team.saveLabel(siteId, label);
    res.json({ label });
  });
  router.delete(PATHS.label, merchant, async (req, res) => {
    const { siteId } = merchantOf(res);
    const labelId = param(req.params.labelId);
    if (!(await team.getLabel(siteId, labelId))) throw notFound('No such label.');
    res.json({ deleted: true, conversationsChanged: await team.deleteLabel(siteId, labelId) });
  });
  router.put(PATHS.conversationLabels, merchant, async (req, res) => {
    const { labels } = parse(conversationLabelsRequest, req.body, 'labels');
    const { siteId } = merchantOf(res);
    const known = new Set((await team.listLabels(siteId)).map((l) => l.id));
    const unknown = labels.find((id) => !known.has(id));
    if (unknown) throw badRequest(`labels: no label has the id “${unknown}”.`);
    res.json((await chat.setLabels(siteId, param(req.params.conversationId), labels)) satisfies ConversationUpdateResponse);
  });

  // Assignment and transfer.
  router.put(PATHS.conversationAssignee, merchant, async (req, res) => {
    const body = parse(assignRequest, req.body, 'assignment');
    const { siteId, uid } = merchantOf(res);
    if (body.assigneeUid !== null && !(await team.getAgent(siteId, body.assigneeUid))) {
      throw badRequest('assigneeUid: no one on the team has this id. Teammates appear once they open the inbox.');
    }
    res.json((await chat.assign(siteId, uid, param(req.params.conversationId), body)) satisfies AssignResponse);
  });

  // Canned responses.
  router.get(PATHS.canned, merchant, async (_req, res) => {
    res.json({ canned: await team.listCanned(merchantOf(res).siteId) } satisfies CannedResponsesResponse);
  });
  const saveCanned = async (siteId: string, id: string, body: { title: string; shortcut: string; text: string }) => {
    const all = await team.listCanned(siteId);
    if (all.some((c) => c.id !== id && c.shortcut === body.shortcut)) throw conflict('shortcut_taken', `The shortcut “/${body.shortcut}” is already used.`);
    if (!all.some((c) => c.id === id) && all.length >= TEAM_LIMITS.cannedPerSite) {
      throw conflict('too_many_canned', `A site can have at most ${TEAM_LIMITS.cannedPerSite} canned responses.`);
    }
    const canned = { id, ...body, updatedAt: deps.clock() };
    await team.saveCanned(siteId, canned);
    return canned;
  };
  router.post(PATHS.canned, merchant, async (req, res) => {
    const body = parse(cannedRequest, req.body, 'canned response');
    res.status(201).json({ canned: await saveCanned(merchantOf(res).siteId, newId('c'), body) });
  });
  router.put(PATHS.cannedOne, merchant, async (req, res) => {
    const body = parse(cannedRequest, req.body, 'canned response');
    const { siteId } = merchantOf(res);
    const id = param(req.params.cannedId);
    if (!(await team.getCanned(siteId, id))) throw notFound('No such canned response.');
    res.json({ canned: await saveCanned(siteId, id, body) });
  });
  router.delete(PATHS.cannedOne, merchant, async (req, res) => {
    const { siteId } = merchantOf(res);
    const id = param(req.params.cannedId);
    if (!(await team.getCanned(siteId, id))) throw notFound('No such canned response.');
    await team.deleteCanned(siteId, id);
    res.json({ deleted: true });
  });

  // The team.
  router.get(PATHS.agents, merchant, async (_req, res) => {
    const { siteId, uid } = merchantOf(res);
    res.json({ agents: await team.listAgents(siteId), me: uid } satisfies AgentsResponse);
  });
  router.put(PATHS.agentProfile, merchant, async (req, res) => {
    const body = parse(agentProfileRequest, req.body, 'profile');
    const { siteId, uid } = merchantOf(res);
    const agent = { ...(await agentFor(deps, siteId, uid)), ...body };
    await team.saveAgent(siteId, agent);
    res.json({ agent });
  });

  // Blocked shoppers.
  router.get(PATHS.blocked, merchant, async (_req, res) => {
    res.json({ blocked: await team.listBlocked(merchantOf(res).siteId) } satisfies BlockedResponse);
  });
  router.post(PATHS.blocked, merchant, async (req, res) => {
    const body = parse(blockRequest, req.body, 'block');
    const { siteId, uid } = merchantOf(res);
    const record = body.conversationId ? await deps.conversations.getRecord(siteId, body.conversationId) : null;
    if (body.conversationId && record?.conversation.visitorId !== body.visitorId) throw notFound('No such conversation for this shopper.');
    const addressHash = body.byAddress ? record?.visitorAddressHash ?? null : null;
    if (body.byAddress && !addressHash) throw conflict('no_address', 'This conversation has no address to block; block the shopper alone.');
    const shopper = {
      visitorId: body.visitorId,
      reason: body.reason,
      byAddress: addressHash !== null,
      blockedAt: deps.clock(),
      blockedBy: uid,
      visitorName: record?.conversation.visitorName ?? null,
    };
    await team.block(siteId, shopper, addressHash);
    res.status(201).json({ blocked: shopper });
  });
  router.delete(PATHS.blockedOne, merchant, async (req, res) => {
    const { siteId } = merchantOf(res);
    if (!(await team.unblock(siteId, param(req.params.visitorId)))) throw notFound('This shopper is not blocked.');
    res.json({ unblocked: true });
  });

  return router;
}
