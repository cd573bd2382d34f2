/**
 * The team's shared tools as one React hook: labels, teammates and canned responses,
 * loaded once per inbox and kept in step with every change made here.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Agent, CannedResponse, Label } from '@kotha/common/contract/team.ts';
import type { CannedRequest, LabelRequest } from '@kotha/common/contract/team-schemas.ts';
import type { ApiClient } from './api-client.ts';
import { errorMessage } from './error-message.ts';
import type { LoadState } from './inbox-state.ts';

export interface Team {
  labels: Label[];
  agents: Agent[];
  canned: CannedResponse[];
  /** Why the team's tools could not load, if they did not. */
  error: string | null;
  /** How the labels and canned responses stand, so a failed load is never shown as none. */
  load: LoadState;
  /** Asks for the labels and canned responses again (after a failure). */
  reload(): void;
  createLabel(body: LabelRequest): Promise<Label>;
  updateLabel(labelId: string, body: LabelRequest): Promise<void>;
  deleteLabel(labelId: string): Promise<void>;
  saveCanned(cannedId: string | null, body: CannedRequest): Promise<void>;
  deleteCanned(cannedId: string): Promise<void>;
  refreshAgents(): void;
}

const byName = (a: Label, b: Label) => a.name.localeCompare(b.name);
const byShortcut = (a: CannedResponse, b: CannedResponse) => a.shortcut.localeCompare(b.shortcut);

export function useTeam(api: ApiClient): Team {
  const [labels, setLabels] = useState<Label[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [canned, setCanned] = useState<CannedResponse[]>([]);
  const [load, setLoad] = useState<LoadState>({ phase: 'loading' });

  const refreshAgents = useCallback(() => {
    api.agents().then((r) => setAgents(r.agents), () => undefined);
  }, [api]);

  const reload = useCallback(() => {
    setLoad({ phase: 'loading' });
    Promise.all([api.labels(), api.canned()]).then(
      ([l, c]) => {
        setLabels(l.labels);
        setCanned(c.canned);
        setLoad({ phase: 'ready' });
      },
      (e: unknown) => setLoad({ phase: 'error', message: errorMessage(e) }),
    );
  }, [api]);

  useEffect(() => {
    reload();
    refreshAgents();
  }, [reload, refreshAgents]);

  return {
    labels,
    agents,
    canned,
    error: load.phase === 'error' ? load.message : null,
    load,
    reload,
    refreshAgents,
    async createLabel(body) {
      const { label } = await api.createLabel(body);
      setLabels((all) => [...all, label].sort(byName));
      return label;
    },
    async updateLabel(labelId, body) {
      const { label } = await api.updateLabel(labelId, body);
      setLabels((all) => all.map((l) => (l.id === labelId ? label : l)).sort(byName));
    },
    async deleteLabel(labelId) {
      await api.deleteLabel(labelId);
      setLabels((all) => all.filter((l) => l.id !== labelId));
    },
    async saveCanned(cannedId, body) {
      const { canned: saved } = cannedId ? await api.updateCanned(cannedId, body) : await api.createCanned(body);
      setCanned((all) => [...all.filter((c) => c.id !== saved.id), saved].sort(byShortcut));
    },
    async deleteCanned(cannedId) {
      await api.deleteCanned(cannedId);
      setCanned((all) => all.filter((c) => c.id !== cannedId));
    },
  };
}
