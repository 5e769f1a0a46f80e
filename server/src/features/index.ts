import type { DocumentInfo } from '../analysisService';
import type { Feature } from '../featureContext';
import { viewsOf } from './documentViews';
import { provideCodeLenses } from './codeLens';
import { hoverFeature } from './hoverFeature';
import { codeLensFeature } from './codeLens';
import { navigationFeature } from './navigation';
import { semanticTokensFeature } from './semanticTokens';
import { outlineOf, symbolsFeature } from './symbols';
import { workspaceSymbolsFeature } from './workspaceSymbols';
import { timelineFeature } from './timeline';
import { exportDocumentFeature } from './exportDocument';

/** Every LSP feature the server offers; each registers its own handlers. */
export const features: Feature[] = [hoverFeature, timelineFeature, symbolsFeature, codeLensFeature, navigationFeature, workspaceSymbolsFeature, semanticTokensFeature, exportDocumentFeature];

/**
 * Builds what hovers, the outline and the lenses look up in a freshly analysed version, so
 * that even the first request after an analysis is a lookup.
 */
export function prepareFeatures(info: DocumentInfo): void {
  if (!info.analysis) return;
  viewsOf(info);
  outlineOf(info);
  provideCodeLenses(info);
}
