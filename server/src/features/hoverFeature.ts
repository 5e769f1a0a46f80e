import type { Feature } from '../featureContext';
import { toOffset } from '../positions';
import { provideHover } from './hover';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, documents, infoFor }) {
    connection.onHover(async (params) => {
      const document = documents.get(params.textDocument.uri);
      const info = await infoFor(params.textDocument.uri);
      if (!document || !info) return null;
      return provideHover(info, toOffset(document, params.position));
    });
  },
};
