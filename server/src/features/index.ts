import type { Feature } from '../featureContext';
import { hoverFeature } from './hoverFeature';
import { codeLensFeature } from './codeLens';
import { navigationFeature } from './navigation';
import { semanticTokensFeature } from './semanticTokens';
import { symbolsFeature } from './symbols';
import { workspaceSymbolsFeature } from './workspaceSymbols';
import { timelineFeature } from './timeline';

/** Every LSP feature the server offers; each registers its own handlers. */
export const features: Feature[] = [hoverFeature, timelineFeature, symbolsFeature, codeLensFeature, navigationFeature, workspaceSymbolsFeature, semanticTokensFeature];
