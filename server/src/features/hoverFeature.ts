import type { Feature } from '../featureContext';
import { toOffset } from '../positions';
import { entityAtOffset } from './documentViews';
import { provideHover } from './hover';
import { recentSourceSet } from './navigation';

/**
 * A hover never waits for the other sources: it shows the workspace count once a set of them
 * is known (the lenses of an opened document ask for one first), and leaves it out before.
 */
const WORKSPACE_WAIT_MS = 0;

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(context) {
    const { connection, documents, infoFor } = context;
    connection.onHover(async (params) => {
      const document = documents.get(params.textDocument.uri);
      const info = await infoFor(params.textDocument.uri);
      if (!document || !info?.analysis) return null;
      const offset = toOffset(info.document, params.position);
      // The workspace count is shown only for an entity hover, and then read from the index of the other sources.
      const others = context.workspace && entityAtOffset(info, offset) ? await recentSourceSet(context, WORKSPACE_WAIT_MS) : undefined;
      return provideHover(info, offset, others && ((entity) => others.mentionCount(entity, info.uri)));
    });
  },
};
