import type { Feature } from '../featureContext';
import { hoverFeature } from './hoverFeature';

/** Every LSP feature the server offers; each registers its own handlers. */
export const features: Feature[] = [hoverFeature];
