// The operation data as one module, so the checker page can load it on demand (its own chunk) and no
// other page ships it.
import models from './models.json';
import type { ModelsData } from './types.ts';

export const operationData: ModelsData = models as ModelsData;
