import type { Feature } from '../featureContext';
import { hoverFeature } from './hoverFeature';
import { codeLensFeature } from './codeLens';
import { navigationFeature } from './navigation';
import { semanticTokensFeature } from './semanticTokens';
import { symbolsFeature } from './symbols';
import { workspaceSymbolsFeature } from './workspaceSymbols';

/** Every LSP feature the server offers; each registers its own handlers. */
export const features: Feature[] = [hoverFeature, symbolsFeature, codeLensFeature, navigationFeature, workspaceSymbolsFeature, semanticTokensFeature];
